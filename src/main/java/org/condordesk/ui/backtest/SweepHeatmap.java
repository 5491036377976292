package org.condordesk.ui.backtest;

import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.condordesk.backtest.Sweep;
import org.condordesk.ui.chart.CanvasRegion;
import org.condordesk.ui.format.Fmt;

/**
 * One hedge ratio's slice of a sweep on a canvas: short delta down, days to expiry across, each cell coloured by the
 * metric and labelled with its value, and a colour legend. Colours are those of the SPX × VIX heatmap (loss red,
 * gain green, white between), ordered by how good a value is (a smaller drawdown is better), with white at zero for a
 * metric whose sign means gain or loss and at the middle of the range for the drawdown and the win rate.
 */
final class SweepHeatmap extends CanvasRegion {

    private static final double LEFT = 64;
    private static final double BOTTOM = 40;
    private static final double TOP = 8;
    private static final double RIGHT = 104;
    private static final double LEGEND_WIDTH = 14;
    private static final Color BAD = Color.web("#d1242f");
    private static final Color GOOD = Color.web("#1a7f37");
    private static final Color NEUTRAL = Color.WHITE;
    private static final Color AXIS = Color.GRAY;

    private List<Double> deltas = List.of();
    private List<Integer> dtes = List.of();
    private double[][] values = new double[0][0];
    private Sweep.Metric metric = Sweep.Metric.SHARPE;
    private double worst;
    private double best;
    private double neutral;

    SweepHeatmap() {
        setId("sweepHeatmap");
        setMinSize(200, 160);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleRoleDescription("heatmap");
        setAccessibleText("Sweep heatmap: no sweep yet");
    }

    /** Shows {@code values[delta][dte]} of {@code metric}. */
    void show(List<Double> shortDeltas, List<Integer> daysToExpiry, double[][] cellValues, Sweep.Metric shown) {
        deltas = List.copyOf(shortDeltas);
        dtes = List.copyOf(daysToExpiry);
        values = cellValues;
        metric = shown;
        worst = Double.POSITIVE_INFINITY;
        best = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double value : row) {
                if (Double.isFinite(value)) {
                    worst = Math.min(worst, goodness(value));
                    best = Math.max(best, goodness(value));
                }
            }
        }
        // A metric whose sign means something (a loss, a negative Sharpe) is white at zero, so a grid of losers is
        // all red; a drawdown or win rate is white at the middle of its range.
        boolean signed = metric != Sweep.Metric.MAX_DRAWDOWN && metric != Sweep.Metric.WIN_RATE;
        neutral = signed || worst < 0 && best > 0 ? 0 : (worst + best) / 2;
        setAccessibleText(describe());
        draw();
    }

    /**
     * What a screen reader says in place of the picture: the metric, the axes' ranges, and the best and worst cells
     * with where they are ("SHARPE by short delta 0.10-0.30 and 30-60 days to expiry: best 1.20 at delta 0.16, 45 days;
     * worst -0.40 at delta 0.30, 30 days").
     */
    String describe() {
        int[] bestCell = null;
        int[] worstCell = null;
        for (int r = 0; r < values.length; r++) {
            for (int c = 0; c < values[r].length; c++) {
                double value = values[r][c];
                if (!Double.isFinite(value)) {
                    continue;
                }
                if (bestCell == null || goodness(value) > goodness(values[bestCell[0]][bestCell[1]])) {
                    bestCell = new int[] {r, c};
                }
                if (worstCell == null || goodness(value) < goodness(values[worstCell[0]][worstCell[1]])) {
                    worstCell = new int[] {r, c};
                }
            }
        }
        String axes = metric + " by short delta " + range(deltas) + " and " + range(dtes) + " days to expiry";
        if (bestCell == null) {
            return axes + ": no cell has a value";
        }
        return axes + ": best " + cell(bestCell) + "; worst " + cell(worstCell);
    }

    private String cell(int[] at) {
        return Fmt.number(values[at[0]][at[1]], 2) + " at delta " + deltas.get(at[0]) + ", " + dtes.get(at[1]) + " days";
    }

    private static String range(List<? extends Number> axis) {
        return axis.isEmpty() ? "(none)" : axis.get(0) + "-" + axis.get(axis.size() - 1);
    }

    /** The number of cells drawn (rows × columns). */
    int cellCount() {
        return deltas.size() * dtes.size();
    }

    /** The text drawn in the cell of delta row {@code row}, DTE column {@code column}. */
    String cellText(int row, int column) {
        return BacktestText.metric(metric, values[row][column]);
    }

    /** Larger is better: the drawdown is turned round. */
    private double goodness(double value) {
        return metric == Sweep.Metric.MAX_DRAWDOWN ? -value : value;
    }

    /** The metric's value of a goodness (the inverse of {@link #goodness}). */
    private double value(double good) {
        return metric == Sweep.Metric.MAX_DRAWDOWN ? -good : good;
    }

    private Color colour(double value) {
        if (!Double.isFinite(value)) {
            return Color.LIGHTGRAY;
        }
        double g = goodness(value);
        if (g >= neutral) {
            return best > neutral ? NEUTRAL.interpolate(GOOD, Math.pow((g - neutral) / (best - neutral), 0.7)) : NEUTRAL;
        }
        return worst < neutral ? NEUTRAL.interpolate(BAD, Math.pow((neutral - g) / (neutral - worst), 0.7)) : NEUTRAL;
    }

    @Override
    protected void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (cellCount() == 0) {
            return;
        }
        double plotW = Math.max(10, canvas.getWidth() - LEFT - RIGHT);
        double plotH = Math.max(10, canvas.getHeight() - TOP - BOTTOM);
        double cellW = plotW / dtes.size();
        double cellH = plotH / deltas.size();
        g.setFont(Font.font(12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < deltas.size(); r++) {
            for (int c = 0; c < dtes.size(); c++) {
                double x = LEFT + c * cellW;
                double y = TOP + r * cellH;
                g.setFill(colour(values[r][c]));
                g.fillRect(x, y, Math.ceil(cellW), Math.ceil(cellH));
                g.setStroke(Color.WHITE);
                g.strokeRect(x, y, cellW, cellH);
                g.setFill(Color.BLACK);
                g.fillText(cellText(r, c), x + cellW / 2, y + cellH / 2);
            }
        }
        drawAxes(g, plotW, plotH, cellW, cellH);
        drawLegend(g, plotW, plotH);
    }

    private void drawAxes(GraphicsContext g, double plotW, double plotH, double cellW, double cellH) {
        g.setFill(AXIS);
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (int c = 0; c < dtes.size(); c++) {
            g.fillText(dtes.get(c) + " d", LEFT + (c + 0.5) * cellW, TOP + plotH + 4);
        }
        g.fillText("days to expiry at entry", LEFT + plotW / 2, TOP + plotH + 20);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int r = 0; r < deltas.size(); r++) {
            g.fillText("Δ " + org.condordesk.model.Check.format(deltas.get(r)), LEFT - 6, TOP + (r + 0.5) * cellH);
        }
        g.save();
        g.translate(12, TOP + plotH / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("short delta", 0, 0);
        g.restore();
    }

    private void drawLegend(GraphicsContext g, double plotW, double plotH) {
        double x = LEFT + plotW + 12;
        int steps = 60;
        double top = Math.max(best, neutral);
        double span = top - Math.min(worst, neutral);
        for (int i = 0; i < steps; i++) {
            double good = top - (i + 0.5) / steps * span;
            g.setFill(colour(value(good)));
            g.fillRect(x, TOP + i * plotH / steps, LEGEND_WIDTH, Math.ceil(plotH / steps) + 1);
        }
        g.setFill(AXIS);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        // The legend's ends: the best and worst cell, or zero where the colours are white at zero beyond them.
        double bottom = Math.min(worst, neutral);
        g.fillText(BacktestText.metric(metric, value(top)) + " better", x + LEGEND_WIDTH + 3, TOP);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(BacktestText.metric(metric, value(bottom)) + " worse", x + LEGEND_WIDTH + 3, TOP + plotH);
    }
}
