package org.condordesk.ui.chain;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntBiFunction;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import org.condordesk.chain.Ladder;
import org.condordesk.chain.PriceSide;
import org.condordesk.model.OptionRight;
import org.condordesk.ui.format.Fmt;

/**
 * One expiry's ladder as a virtualised table (only the visible rows have cells, so a full SPX chain scrolls at frame
 * rate): calls | strike | puts with bid, ask, mid, IV, Δ, Γ, Θ, vega, open interest and volume; the columns are the
 * user's to show or hide (the table's menu button); the row nearest the forward is marked, and the position's legs
 * show their quantities. A click on a bid or an ask is a trade ({@code onPrice}).
 */
final class LadderTable {

    private static final PseudoClass ATM = PseudoClass.getPseudoClass("atm");
    private static final PseudoClass HELD = PseudoClass.getPseudoClass("held");

    /** A click on a price: the row's strike, the option's right and the side clicked. */
    interface PriceClick {
        void clicked(double strike, OptionRight right, PriceSide side);
    }

    private LadderTable() {
    }

    /**
     * The table; {@code atmStrike} gives the strike to mark, {@code held} the position's quantity at (strike, right)
     * of the expiry shown (0 when none).
     */
    static TableView<Ladder.Row> of(PriceClick onPrice, ToDoubleFunction<Void> atmStrike,
                                    ToIntBiFunction<Double, OptionRight> held) {
        TableView<Ladder.Row> table = new TableView<>();
        table.getStyleClass().add("ladder-table");
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setFixedCellSize(24);
        TableColumn<Ladder.Row, Ladder.Row> calls = new TableColumn<>("Calls");
        TableColumn<Ladder.Row, Ladder.Row> puts = new TableColumn<>("Puts");
        calls.getColumns().addAll(sideColumns(OptionRight.CALL, onPrice, held, true));
        puts.getColumns().addAll(sideColumns(OptionRight.PUT, onPrice, held, false));
        TableColumn<Ladder.Row, Ladder.Row> strike = column("Strike", "strike", row -> row.strike(), 2);
        strike.setId("ladderStrike");
        strike.setPrefWidth(88);
        table.getColumns().addAll(List.of(calls, strike, puts));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Ladder.Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(ATM, !empty && row != null && row.strike() == atmStrike.applyAsDouble(null));
                pseudoClassStateChanged(HELD, !empty && row != null && (held.applyAsInt(row.strike(), OptionRight.CALL) != 0
                        || held.applyAsInt(row.strike(), OptionRight.PUT) != 0));
            }
        });
        return table;
    }

    /** The columns of one side, mirrored: calls read outward-in (… bid, ask | strike), puts inward-out. */
    private static List<TableColumn<Ladder.Row, Ladder.Row>> sideColumns(OptionRight right, PriceClick onPrice,
                                                                        ToIntBiFunction<Double, OptionRight> held,
                                                                        boolean mirrored) {
        String prefix = right == OptionRight.CALL ? "call" : "put";
        TableColumn<Ladder.Row, Ladder.Row> position = new TableColumn<>("Pos");
        position.setId(prefix + "Pos");
        position.setPrefWidth(50);
        position.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        position.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Ladder.Row row, boolean empty) {
                super.updateItem(row, empty);
                int q = empty || row == null ? 0 : held.applyAsInt(row.strike(), right);
                setText(q == 0 ? "" : Fmt.signed(q, 0));
            }
        });
        List<TableColumn<Ladder.Row, Ladder.Row>> list = new java.util.ArrayList<>(List.of(
                column("OI", prefix + "OI", r -> count(r.side(right).openInterest()), 0),
                column("Vol", prefix + "Volume", r -> count(r.side(right).volume()), 0),
                column("Θ", prefix + "Theta", r -> r.side(right).thetaPerDay(), 2),
                column("Vega", prefix + "Vega", r -> r.side(right).vegaPerVolPoint(), 2),
                column("Γ", prefix + "Gamma", r -> r.side(right).gamma(), 5),
                column("Δ", prefix + "Delta", r -> r.side(right).delta(), 3),
                column("IV %", prefix + "Iv", r -> 100 * r.side(right).iv(), 1),
                column("Mid", prefix + "Mid", r -> r.side(right).mid(), 2),
                price("Bid", prefix + "Bid", right, PriceSide.BID, onPrice),
                price("Ask", prefix + "Ask", right, PriceSide.ASK, onPrice),
                position));
        // hidden until the user shows them: the trader's first view is prices, IV and delta
        for (TableColumn<Ladder.Row, Ladder.Row> hidden : List.of(list.get(0), list.get(1), list.get(4), list.get(7))) {
            hidden.setVisible(false);
        }
        if (!mirrored) {
            java.util.Collections.reverse(list);
        }
        return list;
    }

    private static double count(java.util.OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : Double.NaN;
    }

    private static TableColumn<Ladder.Row, Ladder.Row> column(String title, String id, ToDoubleFunction<Ladder.Row> value,
                                                              int decimals) {
        TableColumn<Ladder.Row, Ladder.Row> column = new TableColumn<>(title);
        column.setId(id);
        column.setSortable(false);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Ladder.Row row, boolean empty) {
                super.updateItem(row, empty);
                double v = empty || row == null ? Double.NaN : value.applyAsDouble(row);
                setText(Double.isFinite(v) ? Fmt.number(v, decimals) : "");
            }
        });
        column.getStyleClass().add("ladder-number");
        column.setPrefWidth(66);
        return column;
    }

    private static TableColumn<Ladder.Row, Ladder.Row> price(String title, String id, OptionRight right, PriceSide side,
                                                             PriceClick onPrice) {
        TableColumn<Ladder.Row, Ladder.Row> column = column(title, id, r -> r.side(right).price(side), 2);
        column.getStyleClass().add(side == PriceSide.BID ? "ladder-bid" : "ladder-ask");
        column.setCellFactory(c -> {
            TableCell<Ladder.Row, Ladder.Row> cell = new TableCell<>() {
                @Override
                protected void updateItem(Ladder.Row row, boolean empty) {
                    super.updateItem(row, empty);
                    double v = empty || row == null ? Double.NaN : row.side(right).price(side);
                    setText(Double.isFinite(v) ? Fmt.number(v, 2) : "");
                }
            };
            cell.getStyleClass().add(side == PriceSide.BID ? "ladder-bid-cell" : "ladder-ask-cell");
            cell.setOnMouseClicked(e -> {
                Ladder.Row row = cell.getItem();
                if (row != null && !cell.isEmpty()) {
                    onPrice.clicked(row.strike(), right, side);
                }
            });
            return cell;
        });
        return column;
    }
}
