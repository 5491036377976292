package org.condordesk.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.edit.LegEdits;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.format.PlainErrors;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.widget.Tips;
import org.condordesk.ui.widget.ValueField;

/**
 * Number fields bound to one figure of the scenario each: shown from the model on every change, and
 * committed as one undoable edit. A figure shown in percent is typed in percent and stored as a decimal.
 */
final class FormFields {

    private final ScenarioViewModel vm;
    private final List<Runnable> refreshers = new ArrayList<>();

    FormFields(ScenarioViewModel vm) {
        this.vm = vm;
        vm.scenarioProperty().addListener((obs, old, s) -> refresh());
    }

    /**
     * A field for {@code get}; {@code scale} converts the stored value to the shown one (100 for percent),
     * {@code set} builds the changed scenario from the stored value.
     */
    ValueField number(String id, String tip, ToDoubleFunction<Scenario> get, double scale, int decimals,
                      BiFunction<Scenario, Double, Scenario> set) {
        return number(id, tip, get, scale, decimals, set, null);
    }

    /** As above; after an accepted edit, {@code said} (old scenario, new one) is what the status line says. */
    ValueField number(String id, String tip, ToDoubleFunction<Scenario> get, double scale, int decimals,
                      BiFunction<Scenario, Double, Scenario> set, BiFunction<Scenario, Scenario, String> said) {
        ValueField field = new ValueField(id, tip, text -> {
            Scenario before = vm.scenario();
            Optional<String> refused = commit(id, text, scale, set);
            if (refused.isEmpty() && said != null && vm.scenario() != before) {
                vm.inform(said.apply(before, vm.scenario()));
            }
            return refused;
        });
        Runnable refresh = () -> field.show(Fmt.number(get.applyAsDouble(vm.scenario()) * scale, decimals));
        refreshers.add(refresh);
        refresh.run();
        return field;
    }

    private Optional<String> commit(String id, String text, double scale, BiFunction<Scenario, Double, Scenario> set) {
        double shown;
        try {
            shown = LegEdits.number(id, text);
        } catch (ValidationException e) {
            return vm.refuseInput(e);
        }
        double stored = shown / scale;
        return vm.edit("change " + PlainErrors.inSentence(PlainErrors.fieldLabel(id)), s -> {
            try {
                return set.apply(s, stored);
            } catch (ValidationException e) {
                // The records check the stored decimal: say so when the trader typed percent.
                throw scale == 100 ? new ValidationException(e.path(), e.reason() + " (stored as a decimal; you typed "
                        + text.strip() + " %)") : e;
            }
        });
    }

    void add(Runnable refresh) {
        refreshers.add(refresh);
        refresh.run();
    }

    void refresh() {
        refreshers.forEach(Runnable::run);
    }

    /** A two-column label/field grid. */
    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("form-grid");
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints(90, 100, 140);
        fields.setHgrow(Priority.SOMETIMES);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    static void row(GridPane grid, String label, String tip, javafx.scene.Node field) {
        Label key = new Label(label);
        key.getStyleClass().add("form-key");
        Tips.on(key, tip);
        grid.addRow(grid.getRowCount(), key, field);
    }

    static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-title");
        return label;
    }
}
