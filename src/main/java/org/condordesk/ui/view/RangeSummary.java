package org.condordesk.ui.view;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import org.condordesk.risk.Analysis;
import org.condordesk.risk.PnlCurve;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.widget.Tips;

/**
 * Break-evens (with their distance from spot) and the best and worst P&L of each curve on the SPX range: two
 * lines per curve (name and break-evens, then max and min), so a narrow summary column shows every figure whole.
 */
final class RangeSummary extends GridPane {

    private final List<Label[]> rows = new ArrayList<>();

    RangeSummary() {
        getStyleClass().addAll("layer-figures", "range-summary");
        setId("rangeSummary");
        Label curve = head("Curve", "P&L curve: T+0 (analysis date), T+n dates, and the core expiry", HPos.LEFT);
        Label breakEvens = head("Break-evens · max · min", "Nearest break-evens below and above spot, SPX (hover for "
                + "the distance from spot); then the highest and lowest P&L on the SPX range, $", HPos.RIGHT);
        add(curve, 0, 0);
        add(breakEvens, 1, 0, 2, 1);
        ColumnConstraints key = new ColumnConstraints();
        ColumnConstraints max = new ColumnConstraints();
        max.setHgrow(Priority.ALWAYS);
        max.setHalignment(HPos.RIGHT);
        ColumnConstraints min = new ColumnConstraints();
        min.setHalignment(HPos.RIGHT);
        getColumnConstraints().addAll(key, max, min);
    }

    private static Label head(String text, String tip, HPos alignment) {
        Label head = new Label(text);
        head.getStyleClass().add("grid-head");
        Tips.on(head, tip);
        GridPane.setHalignment(head, alignment);
        return head;
    }

    void show(Analysis analysis, double spot) {
        List<PnlCurve> curves = analysis.curves();
        if (curves.size() != rows.size()) {
            build(curves.size());
        }
        for (int r = 0; r < curves.size(); r++) {
            PnlCurve curve = curves.get(r);
            Label[] row = rows.get(r);
            row[0].setText(curve.label());
            Tips.set(row[0], curve.label() + " at " + Fmt.dateTime(curve.at()) + " ET");
            double lower = curve.breakEvens().stream().filter(b -> b <= spot).mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            double upper = curve.breakEvens().stream().filter(b -> b > spot).mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            row[1].setText(level(lower) + " · " + level(upper));
            Tips.set(row[1], "Lower " + distance(lower, spot) + ", upper " + distance(upper, spot));
            show(row[2], curve.high(), "≥ ", "profit keeps rising", curve.label(), "Highest");
            show(row[3], curve.low(), "≤ ", "loss keeps growing", curve.label(), "Lowest");
            Fmt.colourBySign(row[2], curve.maxProfit(), 0);
            Fmt.colourBySign(row[3], curve.maxLoss(), 0);
        }
    }

    /** Two grid rows per curve: name and break-evens; then max and min under them. */
    private void build(int count) {
        getChildren().removeIf(node -> GridPane.getRowIndex(node) != null && GridPane.getRowIndex(node) > 0);
        rows.clear();
        for (int r = 0; r < count; r++) {
            Label[] row = new Label[4];
            for (int c = 0; c < row.length; c++) {
                row[c] = new Label();
                row[c].getStyleClass().add(c == 0 ? "figure-key" : "figure-cell");
                row[c].setId("range-" + r + "-" + c);
            }
            add(row[0], 0, 1 + 2 * r);
            add(row[1], 1, 1 + 2 * r, 2, 1);
            GridPane.setHalignment(row[1], HPos.RIGHT);
            add(row[2], 1, 2 + 2 * r);
            add(row[3], 2, 2 + 2 * r);
            rows.add(row);
        }
    }

    /**
     * An extreme with its SPX level in the tooltip; one that lies on a range end with the P&L still improving
     * past it is marked ≥ / ≤ ("on the ±range": the true extreme lies beyond the range).
     */
    private static void show(Label cell, PnlCurve.Extreme extreme, String mark, String beyond, String curve, String which) {
        cell.setText((extreme.beyondRange() ? mark : "") + Fmt.usd0(extreme.pnl()));
        Tips.set(cell, which + " P&L of the " + curve + " curve, $: " + (extreme.beyondRange()
                ? "on the ±range: at its end, SPX " + Fmt.number(extreme.spx(), 0) + ", and the " + beyond + " beyond it"
                : "at SPX " + Fmt.number(extreme.spx(), 0)));
    }

    private static String level(double level) {
        return Double.isNaN(level) ? Fmt.NONE : Fmt.number(level, 0);
    }

    private static String distance(double level, double spot) {
        return Double.isNaN(level) ? "none on the range"
                : Fmt.number(level, 2) + " (" + Fmt.signed(100 * (level / spot - 1), 2) + "% from spot)";
    }
}
