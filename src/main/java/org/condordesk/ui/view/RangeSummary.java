package org.condordesk.ui.view;

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

/** Break-evens (with their distance from spot) and the best and worst P&L of each curve on the SPX range. */
final class RangeSummary extends GridPane {

    private static final String[] HEADS = {"Curve", "Break-evens", "Max", "Min"};
    private final Label[][] cells = new Label[3][HEADS.length];

    RangeSummary() {
        getStyleClass().add("layer-figures");
        setId("rangeSummary");
        String[] tips = {"P&L curve: T+0 (analysis date), T+n, and the core expiry",
            "Nearest break-evens below and above spot, SPX (hover for the distance from spot)",
            "Highest P&L on the SPX range, $", "Lowest P&L on the SPX range, $ (negative = loss)"};
        for (int c = 0; c < HEADS.length; c++) {
            Label head = new Label(HEADS[c]);
            head.getStyleClass().add("grid-head");
            Tips.on(head, tips[c]);
            add(head, c, 0);
            GridPane.setHalignment(head, c == 0 ? HPos.LEFT : HPos.RIGHT);
            ColumnConstraints column = new ColumnConstraints();
            if (c > 0) {
                column.setHgrow(Priority.ALWAYS);
                column.setHalignment(HPos.RIGHT);
            }
            getColumnConstraints().add(column);
        }
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < HEADS.length; c++) {
                cells[r][c] = new Label();
                cells[r][c].getStyleClass().add(c == 0 ? "figure-key" : "figure-cell");
                cells[r][c].setId("range-" + r + "-" + c);
                add(cells[r][c], c, r + 1);
            }
        }
    }

    void show(Analysis analysis, double spot) {
        List<PnlCurve> curves = analysis.curves();
        for (int r = 0; r < cells.length && r < curves.size(); r++) {
            PnlCurve curve = curves.get(r);
            Label[] row = cells[r];
            row[0].setText(curve.label());
            Tips.set(row[0], curve.label() + " at " + Fmt.dateTime(curve.at()) + " ET");
            double lower = curve.breakEvens().stream().filter(b -> b <= spot).mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            double upper = curve.breakEvens().stream().filter(b -> b > spot).mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
            row[1].setText(level(lower) + " · " + level(upper));
            Tips.set(row[1], "Lower " + distance(lower, spot) + ", upper " + distance(upper, spot));
            show(row[2], curve.high(), "≥ ", "profit keeps rising");
            show(row[3], curve.low(), "≤ ", "loss keeps growing");
            Fmt.colourBySign(row[2], curve.maxProfit(), 0);
            Fmt.colourBySign(row[3], curve.maxLoss(), 0);
        }
    }

    /**
     * An extreme with its SPX level in the tooltip; one that lies on a range end with the P&L still improving
     * past it is marked ≥ / ≤ ("on the ±range": the true extreme lies beyond the range).
     */
    private static void show(Label cell, PnlCurve.Extreme extreme, String mark, String beyond) {
        cell.setText((extreme.beyondRange() ? mark : "") + Fmt.usd0(extreme.pnl()));
        Tips.set(cell, extreme.beyondRange()
                ? "On the ±range: at its end, SPX " + Fmt.number(extreme.spx(), 0) + ", and the " + beyond + " beyond it"
                : "At SPX " + Fmt.number(extreme.spx(), 0));
    }

    private static String level(double level) {
        return Double.isNaN(level) ? Fmt.NONE : Fmt.number(level, 0);
    }

    private static String distance(double level, double spot) {
        return Double.isNaN(level) ? "none on the range"
                : Fmt.number(level, 2) + " (" + Fmt.signed(100 * (level / spot - 1), 2) + "% from spot)";
    }
}
