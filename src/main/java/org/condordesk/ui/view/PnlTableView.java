package org.condordesk.ui.view;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectWrapper;
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

import org.condordesk.risk.PnlTable;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.vm.PnlTableModel;
import org.condordesk.ui.widget.Buttons;
import org.condordesk.ui.widget.ColumnFit;
import org.condordesk.ui.widget.Tips;

/**
 * P&L by date and SPX level: one row per day from the analysis date to the core expiry, one column per SPX
 * move, VIX along the spot–vol map. Computed in the background while the tab is shown; Export CSV writes it.
 */
public final class PnlTableView extends VBox {

    private final TableView<Integer> table = new TableView<>();
    private final ObservableList<Integer> rows = FXCollections.observableArrayList();
    private PnlTable shown;

    /** {@code export} asks for a file and hands it to the model (the window owns file choosers). */
    public PnlTableView(PnlTableModel model, Runnable export) {
        getStyleClass().add("legs-panel");
        setId("pnlTablePanel");
        Label title = new Label("P&L by date");
        title.getStyleClass().add("panel-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label hint = new Label("$ at each SPX level on each day to the core expiry · VIX follows SPX (spot–vol map)");
        hint.getStyleClass().add("panel-subtitle");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button csv = Buttons.compact("exportPnlTable", "Export CSV…",
                "Write this table to a CSV file: one row per date, one column per SPX level", export);
        HBox header = new HBox(8, title, hint, grow, csv);
        header.getStyleClass().add("panel-header");
        org.condordesk.ui.widget.GivesWay.install(header, hint);
        table.setId("pnlTable");
        table.setItems(rows);
        table.setFixedCellSize(Tips.ROW_HEIGHT);
        table.setPlaceholder(new Label("Computing…"));
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);
        model.tableProperty().addListener((obs, old, value) -> show(value));
        show(model.tableProperty().get());
    }

    private void show(PnlTable value) {
        if (value == null) {
            return;
        }
        boolean sameColumns = shown != null && java.util.Arrays.equals(shown.spx(), value.spx());
        shown = value;
        if (!sameColumns) {
            buildColumns(value);
        }
        List<Integer> indices = new ArrayList<>();
        for (int d = 0; d < value.times().size(); d++) {
            indices.add(d);
        }
        if (!indices.equals(rows)) {
            rows.setAll(indices);
        }
        table.refresh();
    }

    private void buildColumns(PnlTable value) {
        List<TableColumn<Integer, ?>> columns = new ArrayList<>();
        TableColumn<Integer, Integer> date = Tips.column("Date", "Date and time (New York) the row is valued at");
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        date.setCellFactory(c -> new FilledCell<>((cell, d) -> {
            cell.setText(Fmt.dayDate(shown.times().get(d).toLocalDate()));
            Tips.set(cell, Fmt.dateTime(shown.times().get(d)) + " ET");
        }));
        ColumnFit.fit(date, "Wed 09 Dec");
        columns.add(date);
        double spot = value.spx()[value.spx().length / 2];
        for (int s = 0; s < value.spx().length; s++) {
            int level = s;
            String move = Fmt.signed(100 * (value.spx()[s] / spot - 1), 1) + "%";
            TableColumn<Integer, Integer> column = Tips.column(Fmt.number(value.spx()[s], 0),
                    "SPX " + Fmt.number(value.spx()[s], 0) + " (" + move + "), VIX " + Fmt.number(value.vix()[s], 1)
                            + " by the spot–vol map: P&L in $");
            column.getStyleClass().add("numeric");
            column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
            column.setCellFactory(c -> new FilledCell<>((cell, d) -> {
                double pnl = shown.pnl()[d][level];
                cell.setText(Fmt.signedUsd0(pnl));
                Fmt.colourBySign(cell, pnl, 0);
            }));
            column.setSortable(false);
            ColumnFit.fit(column, "-$123,456");
            columns.add(column);
        }
        date.setSortable(false);
        table.getColumns().setAll(columns);
        ColumnFit.scrollWhenNarrow(table);
    }
}
