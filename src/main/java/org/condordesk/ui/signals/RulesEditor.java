package org.condordesk.ui.signals;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.condordesk.model.AlvhRule;
import org.condordesk.model.AlvhRuleSet;
import org.condordesk.model.Check;
import org.condordesk.model.ValidationException;
import org.condordesk.signals.AlvhRuleText;
import org.condordesk.ui.vm.ScenarioViewModel;

/**
 * The ALVH rules as editable rows (name, conditions as text, size) with the unit and the fallback size; "Save rules"
 * writes them into the open scenario through the view model as one undoable edit.
 */
final class RulesEditor extends VBox {

    private final ScenarioViewModel vm;
    private final GridPane grid = new GridPane();
    private final List<TextField[]> rows = new ArrayList<>();
    private final ChoiceBox<AlvhRuleSet.SizeUnit> unit = new ChoiceBox<>();
    private final TextField fallback = new TextField();
    private final Label error = new Label();

    RulesEditor(ScenarioViewModel vm, Runnable afterSave) {
        super(6);
        this.vm = vm;
        setPadding(new Insets(6));
        unit.getItems().setAll(AlvhRuleSet.SizeUnit.values());
        // The trader's words (issue 27 §4), not CONTRACTS / BASE_MULTIPLE.
        unit.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(AlvhRuleSet.SizeUnit value) {
                return value == null ? "" : value == AlvhRuleSet.SizeUnit.CONTRACTS ? "Contracts" : "× base size";
            }

            @Override
            public AlvhRuleSet.SizeUnit fromString(String text) {
                return text.startsWith("Contracts") ? AlvhRuleSet.SizeUnit.CONTRACTS : AlvhRuleSet.SizeUnit.BASE_MULTIPLE;
            }
        });
        fallback.setPrefColumnCount(4);
        grid.setHgap(4);
        grid.setVgap(4);
        Button add = new Button("Add rule");
        add.setOnAction(e -> addRow("New rule", "RSI < 30", "1"));
        Button save = new Button("Save rules to scenario");
        save.setId("saveAlvhRules");
        save.setDefaultButton(false);
        save.setOnAction(e -> {
            if (save()) {
                afterSave.run();
            }
        });
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        Label help = new Label("Conditions: SIGNAL > n, SIGNAL < n, SIGNAL, not SIGNAL joined by AND or OR. "
                + "Output: the largest size among the rules that fire, else the fallback.");
        help.getStyleClass().add("muted-note");
        help.setWrapText(true);
        HBox unitRow = new HBox(6, new Label("Unit"), unit, new Label("Fallback"), fallback, add, save);
        getChildren().addAll(unitRow, grid, help, error);
        load();
        vm.scenarioProperty().addListener((o, a, b) -> {
            if (a == null || !a.alvh().equals(b.alvh())) {
                load();
            }
        });
    }

    private void load() {
        AlvhRuleSet set = vm.scenario().alvh();
        unit.setValue(set.unit());
        fallback.setText(Check.format(set.fallbackSize()));
        grid.getChildren().clear();
        rows.clear();
        grid.addRow(0, new Label("Rule"), new Label("Conditions"), new Label("Size"));
        for (AlvhRule rule : set.rules()) {
            addRow(rule.name(), rule.describeConditions(), Check.format(rule.size()));
        }
    }

    private void addRow(String name, String conditions, String size) {
        TextField nameField = new TextField(name);
        nameField.setPrefColumnCount(16);
        TextField conditionField = new TextField(conditions);
        conditionField.setPrefColumnCount(34);
        GridPane.setHgrow(conditionField, Priority.ALWAYS);
        TextField sizeField = new TextField(size);
        sizeField.setPrefColumnCount(3);
        sizeField.setMinWidth(56);
        TextField[] row = {nameField, conditionField, sizeField};
        Button remove = new Button("✕");
        remove.setTooltip(new Tooltip("Remove this rule (Save to keep the change)"));
        remove.setOnAction(e -> {
            rows.remove(row);
            grid.getChildren().removeAll(nameField, conditionField, sizeField, remove);
        });
        rows.add(row);
        grid.addRow(rows.size(), nameField, conditionField, sizeField, remove);
    }

    /** Parses every row; on success one undoable edit of the scenario's rules, else the first problem is shown. */
    boolean save() {
        try {
            List<AlvhRule> rules = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                TextField[] row = rows.get(i);
                try {
                    rules.add(AlvhRuleText.parse(row[0].getText().strip(), row[1].getText(), number(row[2].getText())));
                } catch (ValidationException e) {
                    throw e.under("rule " + (i + 1));
                }
            }
            AlvhRuleSet current = vm.scenario().alvh();
            AlvhRuleSet edited = new AlvhRuleSet(current.targetLayer(), unit.getValue(), number(fallback.getText()), rules);
            error.setText("");
            return vm.edit("edit ALVH rules", s -> s.withAlvh(edited)).map(message -> {
                error.setText(message);
                return false;
            }).orElse(true);
        } catch (ValidationException e) {
            error.setText(e.getMessage());
            return false;
        }
    }

    private static double number(String text) {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new ValidationException("size", "'" + text.strip() + "' is not a number");
        }
    }
}
