package org.condordesk.ui.chain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleSupplier;
import java.util.function.ToIntBiFunction;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import org.condordesk.chain.PriceSide;
import org.condordesk.model.OptionRight;
import org.condordesk.ui.format.Fmt;

/**
 * One expiry's ladder as a virtualised table (only the visible rows have cells, so a full SPX chain scrolls at frame
 * rate): calls | strike | puts with bid, ask, mid, IV, Δ, Γ, Θ, vega, open interest and volume; the columns are the
 * user's to show or hide (the table's menu button); the row nearest the forward is marked, and the position's legs
 * show their quantities. A click on a bid or an ask is a trade ({@code onPrice}).
 *
 * <p>Speed on a full chain (docs/performance.md, {@code LadderFrameTest}): every text a cell shows is formatted on the
 * loader's worker ({@link LadderRow}), so a cell's {@code updateItem} only sets a string (an unchanged one costs
 * nothing); rows have a fixed height; a row's {@code atm} and {@code held} pseudo-classes change only when their value
 * does, and are answered from values the pane keeps (the marked strike, a map of the held contracts), not by walking
 * the ladder or the scenario per row.
 */
final class LadderTable {

    private static final PseudoClass ATM = PseudoClass.getPseudoClass("atm");
    private static final PseudoClass HELD = PseudoClass.getPseudoClass("held");

    /** Row height in pixels: fixed, so the flow never measures a row. */
    static final double ROW_HEIGHT = 24;

    /** A click on a price: the row's strike, the option's right and the side clicked. */
    interface PriceClick {
        void clicked(double strike, OptionRight right, PriceSide side);
    }

    private LadderTable() {
    }

    /**
     * The table; {@code atmStrike} gives the strike to mark, {@code held} the position's quantity at (strike, right)
     * of the expiry shown (0 when none). Both are read per row as it is shown, so they must be O(1).
     */
    static TableView<LadderRow> of(PriceClick onPrice, DoubleSupplier atmStrike, ToIntBiFunction<Double, OptionRight> held) {
        TableView<LadderRow> table = new TableView<>();
        table.getStyleClass().add("ladder-table");
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(ROW_HEIGHT);
        TableColumn<LadderRow, LadderRow> calls = new TableColumn<>("Calls");
        TableColumn<LadderRow, LadderRow> puts = new TableColumn<>("Puts");
        calls.getColumns().addAll(sideColumns(OptionRight.CALL, onPrice, held));
        puts.getColumns().addAll(sideColumns(OptionRight.PUT, onPrice, held));
        TableColumn<LadderRow, LadderRow> strike = column("Strike", "ladderStrike", LadderRow::strikeText);
        strike.setPrefWidth(84);
        table.getColumns().addAll(List.of(calls, strike, puts));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LadderRow row, boolean empty) {
                super.updateItem(row, empty);
                boolean filled = !empty && row != null;
                pseudoClassStateChanged(ATM, filled && row.strike() == atmStrike.getAsDouble());
                pseudoClassStateChanged(HELD, filled && (held.applyAsInt(row.strike(), OptionRight.CALL) != 0
                        || held.applyAsInt(row.strike(), OptionRight.PUT) != 0));
            }
        });
        return table;
    }

    /** The columns of one side, mirrored: calls read outward-in (… bid, ask, pos | strike), puts inward-out. */
    private static List<TableColumn<LadderRow, LadderRow>> sideColumns(OptionRight right, PriceClick onPrice,
                                                                      ToIntBiFunction<Double, OptionRight> held) {
        String prefix = right == OptionRight.CALL ? "call" : "put";
        List<TableColumn<LadderRow, LadderRow>> list = new ArrayList<>();
        for (LadderField field : LadderField.values()) {
            TableColumn<LadderRow, LadderRow> column = field == LadderField.BID || field == LadderField.ASK
                    ? price(field, prefix + field.idSuffix, right, onPrice)
                    : column(field.title, prefix + field.idSuffix, row -> row.text(right, field));
            column.setVisible(field.shownByDefault);
            // prices up to "4,602.65" need 66 px; greeks and IV fit in 56, so the default view (6 figures a side) is
            // whole in the VIX tab beside its curve at 1280 px
            column.setPrefWidth(field == LadderField.BID || field == LadderField.ASK || field == LadderField.MID ? 66 : 56);
            list.add(column);
        }
        TableColumn<LadderRow, LadderRow> position = column("Pos", prefix + "Pos", row -> {
            int q = held.applyAsInt(row.strike(), right);
            return q == 0 ? "" : Fmt.signed(q, 0);
        });
        position.setPrefWidth(48);
        list.add(position);
        if (right == OptionRight.PUT) {
            Collections.reverse(list);
        }
        return list;
    }

    /** A column whose cells show {@code text} of their row: a string built before, never a figure computed here. */
    private static TableColumn<LadderRow, LadderRow> column(String title, String id,
                                                            java.util.function.Function<LadderRow, String> text) {
        TableColumn<LadderRow, LadderRow> column = new TableColumn<>(title);
        column.setId(id);
        column.setSortable(false);
        column.setPrefWidth(66);
        column.getStyleClass().add("ladder-number");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TextCell(text));
        return column;
    }

    private static TableColumn<LadderRow, LadderRow> price(LadderField field, String id, OptionRight right,
                                                           PriceClick onPrice) {
        TableColumn<LadderRow, LadderRow> column = column(field.title, id, row -> row.text(right, field));
        PriceSide side = field.priceSide();
        column.getStyleClass().add(side == PriceSide.BID ? "ladder-bid" : "ladder-ask");
        column.setCellFactory(c -> {
            TextCell cell = new TextCell(row -> row.text(right, field));
            cell.getStyleClass().add(side == PriceSide.BID ? "ladder-bid-cell" : "ladder-ask-cell");
            cell.setOnMouseClicked(e -> {
                LadderRow row = cell.getItem();
                if (row != null && !cell.isEmpty()) {
                    onPrice.clicked(row.strike(), right, side);
                }
            });
            return cell;
        });
        return column;
    }

    /** A cell that shows a prepared text of its row. */
    private static final class TextCell extends TableCell<LadderRow, LadderRow> {
        private final java.util.function.Function<LadderRow, String> text;

        TextCell(java.util.function.Function<LadderRow, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(LadderRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(empty || row == null ? "" : text.apply(row));
        }
    }
}
