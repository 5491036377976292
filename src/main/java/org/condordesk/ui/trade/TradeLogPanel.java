package org.condordesk.ui.trade;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
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

import org.condordesk.model.Check;
import org.condordesk.model.Fill;
import org.condordesk.model.Layer;
import org.condordesk.model.RollRecord;
import org.condordesk.model.ValidationException;
import org.condordesk.trade.TradeLog;
import org.condordesk.ui.edit.LegEdits;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.widget.EditCell;
import org.condordesk.ui.widget.Row;
import org.condordesk.ui.widget.Tips;

/**
 * The selected layer's trade log: every fill, newest first, its time, quantity, price and fees editable (the leg's
 * quantity, entry and realised P&L follow; undo with Ctrl+Z), a wrong fill deleted; and the layer's roll history.
 */
public final class TradeLogPanel extends VBox {

    private final ScenarioViewModel vm;
    private final ObservableList<Row<TradeLog.Entry>> rows = FXCollections.observableArrayList();
    private final TableView<Row<TradeLog.Entry>> table = new TableView<>(rows);
    private final Label title = new Label();
    private final Label rolls = new Label();

    public TradeLogPanel(ScenarioViewModel vm) {
        this.vm = vm;
        setId("tradeLog");
        getStyleClass().add("legs-panel");
        title.getStyleClass().add("panel-title");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button delete = new Button("Delete fill");
        delete.setId("deleteFill");
        delete.getStyleClass().add("compact");
        delete.setOnAction(e -> deleteSelected());
        Tips.on(delete, "Delete the selected fill (a wrong import or a typo); undo with Ctrl+Z");
        HBox header = new HBox(8, title, grow, delete);
        header.getStyleClass().add("panel-header");
        table.setId("tradeLogTable");
        table.setEditable(true);
        table.setFixedCellSize(Tips.ROW_HEIGHT);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No fills: a plan has none (Position › Mark live), or import them from the broker"));
        table.getColumns().setAll(List.of(
                column("time", "Time (ET)", "When, New York: 2026-11-25 10:15", 130, e -> TradeForms.TIME.format(e.fill().time()),
                        (e, text) -> e.fill().withTime(time(text))),
                column("leg", "Leg", "The leg the fill belongs to", 220, TradeLog.Entry::label, null),
                column("qty", "Qty", "Contracts, + bought, − sold", 56, e -> Fmt.signed(e.fill().quantity(), 0),
                        (e, text) -> e.fill().withQuantity(quantity(text))),
                column("price", "Price", "Points per unit", 66, e -> Check.format(e.fill().price()),
                        (e, text) -> e.fill().withPrice(LegEdits.number("price", text))),
                column("fees", "Fees $", "Commissions and fees paid, dollars", 60, e -> Fmt.number(e.fill().fees(), 2),
                        (e, text) -> e.fill().withFees(LegEdits.number("fees", text)))));
        for (TableColumn<Row<TradeLog.Entry>, ?> column : table.getColumns()) {
            column.setSortable(false);
            column.setReorderable(false);
        }
        rolls.setId("rollHistory");
        rolls.getStyleClass().add("muted-note");
        rolls.setWrapText(true);
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table, rolls);
        vm.scenarioProperty().addListener((obs, old, s) -> refresh());
        vm.selectedLayerProperty().addListener((obs, old, i) -> refresh());
        refresh();
    }

    private TableColumn<Row<TradeLog.Entry>, TradeLog.Entry> column(String id, String title, String tip, double width,
            Function<TradeLog.Entry, String> text, BiFunction<TradeLog.Entry, String, Fill> edit) {
        TableColumn<Row<TradeLog.Entry>, TradeLog.Entry> column = Tips.column(title, tip);
        column.setCellValueFactory(c -> c.getValue().valueProperty());
        column.setPrefWidth(width);
        EditCell.Spec<TradeLog.Entry> spec = edit == null ? EditCell.Spec.readOnly("log-" + id, text)
                : EditCell.Spec.text("log-" + id, text, text, e -> true, (index, typed) -> commit(index, typed, edit));
        column.setCellFactory(c -> new EditCell<>(spec));
        return column;
    }

    private Optional<String> commit(int index, String text, BiFunction<TradeLog.Entry, String, Fill> edit) {
        TradeLog.Entry entry = rows.get(index).get();
        Fill replacement;
        try {
            replacement = edit.apply(entry, text);
        } catch (ValidationException e) {
            return vm.refuseInput(e.getMessage());
        }
        return vm.positions().editFill(vm.selectedLayerProperty().get(), entry.legIndex(), entry.fillIndex(), replacement);
    }

    private static LocalDateTime time(String text) {
        try {
            return LocalDateTime.parse(text.strip(), TradeForms.TIME);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException("time", "is not a date-time like 2026-11-25 10:15: '" + text.strip() + "'");
        }
    }

    private static int quantity(String text) {
        double value = LegEdits.number("quantity", text);
        if (value != Math.rint(value) || value == 0 || Math.abs(value) > 1_000_000) {
            throw new ValidationException("quantity", "must be a whole number of contracts, not 0: '" + text.strip() + "'");
        }
        return (int) value;
    }

    private void deleteSelected() {
        Row<TradeLog.Entry> row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            vm.positions().deleteFill(vm.selectedLayerProperty().get(), row.get().legIndex(), row.get().fillIndex());
        }
    }

    private void refresh() {
        List<Layer> layers = vm.scenario().layers();
        int index = vm.selectedLayerProperty().get();
        if (index < 0 || index >= layers.size()) {
            title.setText("Trade log");
            Row.sync(rows, List.of());
            rolls.setText("");
            return;
        }
        Layer layer = layers.get(index);
        title.setText("Trade log · " + layer.name() + (vm.scenario().isLive() ? "" : " (a plan: no fills)"));
        Row.sync(rows, TradeLog.entries(layer));
        rolls.setText(layer.rolls().isEmpty() ? "" : "Rolls: " + String.join("; ", layer.rolls().stream()
                .map(TradeLogPanel::roll).toList()));
    }

    private static String roll(RollRecord roll) {
        return TradeForms.TIME.format(roll.time()) + " " + roll.fromExpiry() + " → " + roll.toExpiry() + " ("
                + roll.mode().name().toLowerCase().replace('_', ' ') + "), cash " + Fmt.signedUsd(roll.netCash())
                + ", realised " + Fmt.signedUsd(roll.realizedPnl());
    }
}
