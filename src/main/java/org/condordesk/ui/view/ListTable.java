package org.condordesk.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.widget.EditCell;
import org.condordesk.ui.widget.Row;
import org.condordesk.ui.widget.Tips;

/**
 * An editable table over one list of the scenario (futures curve, ETF quotes, betas, events) with Add and
 * Remove; every cell edit replaces one element and is one undoable edit.
 */
final class ListTable<T> extends VBox {

    /** How a column shows, edits and parses one field of an element. */
    record ColumnSpec<T>(String key, String title, String tip, double width, Function<T, String> display,
                         Function<T, String> editText, EditCell.Editor editor, List<String> choices,
                         BiFunction<T, String, T> parse) {
    }

    private final ScenarioViewModel vm;
    private final String id;
    private final String path;
    private final String title;
    private final Function<Scenario, List<T>> get;
    private final BiFunction<Scenario, List<T>, Scenario> set;
    private final ObservableList<Row<T>> rows = FXCollections.observableArrayList();
    private final TableView<Row<T>> table = new TableView<>(rows);

    /** {@code path} names the list in error messages ({@code market.vixFutures}). */
    ListTable(ScenarioViewModel vm, String id, String title, String path, Function<Scenario, List<T>> get,
              BiFunction<Scenario, List<T>, Scenario> set, Function<Scenario, T> newItem, String addTip) {
        this.vm = vm;
        this.id = id;
        this.title = title;
        this.path = path;
        this.get = get;
        this.set = set;
        getStyleClass().add("list-table");
        Label heading = FormFields.heading(title);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button add = new Button("+");
        add.setId(id + "-add");
        add.getStyleClass().addAll("compact", "icon-button");
        Tips.on(add, addTip);
        add.setOnAction(e -> vm.edit("add " + title, s -> {
            List<T> list = new ArrayList<>(get.apply(s));
            list.add(newItem.apply(s));
            return set.apply(s, list);
        }));
        Button remove = new Button("−");
        remove.setId(id + "-remove");
        remove.getStyleClass().addAll("compact", "icon-button");
        Tips.on(remove, "Remove the selected row");
        remove.setOnAction(e -> removeSelected());
        HBox header = new HBox(4, heading, grow, add, remove);
        header.getStyleClass().add("list-header");
        table.setId(id);
        table.setFixedCellSize(Tips.ROW_HEIGHT);
        table.setEditable(true);
        org.condordesk.ui.widget.TableKeys.install(table);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("empty"));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);
        vm.scenarioProperty().addListener((obs, old, s) -> Row.sync(rows, get.apply(s)));
        Row.sync(rows, get.apply(vm.scenario()));
    }

    ListTable<T> column(ColumnSpec<T> spec) {
        return column(spec, false);
    }

    /** A column of the trader's own names: it may be cut short in a narrow table, the whole text in its tooltip. */
    ListTable<T> freeTextColumn(ColumnSpec<T> spec) {
        return column(spec, true);
    }

    private ListTable<T> column(ColumnSpec<T> spec, boolean freeText) {
        TableColumn<Row<T>, T> column = Tips.column(spec.title(), spec.tip());
        column.setCellValueFactory(c -> c.getValue().valueProperty());
        column.setPrefWidth(spec.width());
        column.setSortable(false);
        column.setReorderable(false);
        EditCell.Spec<T> cell = EditCell.Spec.<T>text(id + "-" + spec.key(), spec.display(), spec.editText(), t -> true,
                (index, text) -> commit(index, text, spec)).withEditor(spec.editor(), spec.choices());
        if (freeText) {
            column.getStyleClass().add("free-text");
            cell = cell.withTip(spec.display());
        }
        EditCell.Spec<T> made = cell;
        column.setCellFactory(c -> new EditCell<>(made));
        table.getColumns().add(column);
        return this;
    }

    private java.util.Optional<String> commit(int index, String text, ColumnSpec<T> spec) {
        if (index >= get.apply(vm.scenario()).size()) {
            return vm.refuseInput("That row no longer exists: it was removed while you were typing");
        }
        return vm.edit("edit " + title, s -> {
            List<T> list = new ArrayList<>(get.apply(s));
            try {
                list.set(index, spec.parse().apply(list.get(index), text));
            } catch (ValidationException e) {
                throw e.under(path + "[" + index + "]");
            }
            return set.apply(s, list);
        });
    }

    private void removeSelected() {
        Row<T> row = table.getSelectionModel().getSelectedItem();
        if (row != null && row.index() < get.apply(vm.scenario()).size()) {
            vm.edit("remove " + title, s -> {
                List<T> list = new ArrayList<>(get.apply(s));
                list.remove(row.index());
                return set.apply(s, list);
            });
        }
    }

    TableView<Row<T>> table() {
        return table;
    }
}
