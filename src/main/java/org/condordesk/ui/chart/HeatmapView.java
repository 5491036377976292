package org.condordesk.ui.chart;

import java.util.List;

import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.VPos;
import javafx.scene.AccessibleRole;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

import org.condordesk.risk.Heatmap;
import org.condordesk.ui.format.Fmt;

/**
 * The SPX × VIX P&L heatmap on a canvas: diverging colours (losses and gains each scaled to their own
 * extreme), the zero contour, axes in SPX % and spot-VIX points, a colour legend and a hover readout.
 * Colours come from CSS ({@code -cd-loss-color}, {@code -cd-gain-color}, …) so both themes can set them.
 */
public final class HeatmapView extends CanvasRegion {

    private static final StyleablePropertyFactory<HeatmapView> CSS =
            new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final double LEFT = 46;
    private static final double BOTTOM = 34;
    private static final double TOP = 6;
    private static final double RIGHT = 78;
    private static final double LEGEND_WIDTH = 12;
    /** Horizontal room one SPX tick label needs at 11px ("+10%" is about 28 px) with a gap to the next. */
    private static final double TICK_LABEL_ROOM = 48;

    private final StyleableProperty<Color> lossColor =
            CSS.createStyleableColorProperty(this, "lossColor", "-cd-loss-color", v -> v.lossColor, Color.web("#d1242f"));
    private final StyleableProperty<Color> gainColor =
            CSS.createStyleableColorProperty(this, "gainColor", "-cd-gain-color", v -> v.gainColor, Color.web("#1a7f37"));
    private final StyleableProperty<Color> neutralColor =
            CSS.createStyleableColorProperty(this, "neutralColor", "-cd-neutral-color", v -> v.neutralColor, Color.WHITE);
    private final StyleableProperty<Color> axisColor =
            CSS.createStyleableColorProperty(this, "axisColor", "-cd-axis-color", v -> v.axisColor, Color.GRAY);
    private final StyleableProperty<Color> contourColor =
            CSS.createStyleableColorProperty(this, "contourColor", "-cd-contour-color", v -> v.contourColor, Color.BLACK);

    private static final int RAMP_STEPS = 256;

    private Color[] lossRamp;
    private Color[] gainRamp;
    private final Label hover = new Label();
    private Heatmap heatmap;
    private double spot;
    private double vix;
    private double minPnl;
    private double maxPnl;

    public HeatmapView() {
        getStyleClass().add("heatmap");
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleRoleDescription("heatmap");
        setAccessibleText("SPX × VIX P&L heatmap: no analysis yet");
        hover.getStyleClass().add("hover-readout");
        hover.setManaged(false);
        hover.setVisible(false);
        hover.setMouseTransparent(true);
        getChildren().add(hover);
        setMinSize(160, 120);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.setVisible(false));
        // A theme switch restyles the colours: redraw with the new ones.
        for (StyleableProperty<Color> colour : List.of(lossColor, gainColor, neutralColor, axisColor, contourColor)) {
            ((javafx.beans.Observable) colour).addListener(o -> {
                lossRamp = null;
                draw();
            });
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS.getCssMetaData();
    }

    /** Shows {@code map}; {@code spxSpot} and {@code vixSpot} turn the moves into levels. */
    public void show(Heatmap map, double spxSpot, double vixSpot) {
        this.heatmap = map;
        this.spot = spxSpot;
        this.vix = vixSpot;
        minPnl = 0;
        maxPnl = 0;
        for (double[] row : map.pnl()) {
            for (double value : row) {
                minPnl = Math.min(minPnl, value);
                maxPnl = Math.max(maxPnl, value);
            }
        }
        setAccessibleText(describe(map, spxSpot, vixSpot));
        draw();
    }

    /**
     * What a screen reader says in place of the picture: the date, the SPX and VIX levels covered, and the worst and
     * best P&L on the grid with where they are.
     */
    static String describe(Heatmap map, double spxSpot, double vixSpot) {
        double[] spx = map.spxMovesPct();
        double[] vixMoves = map.vixMovesPoints();
        int[] worst = {0, 0};
        int[] best = {0, 0};
        double[][] pnl = map.pnl();
        for (int r = 0; r < pnl.length; r++) {
            for (int c = 0; c < pnl[r].length; c++) {
                worst = pnl[r][c] < pnl[worst[0]][worst[1]] ? new int[] {r, c} : worst;
                best = pnl[r][c] > pnl[best[0]][best[1]] ? new int[] {r, c} : best;
            }
        }
        return "SPX × VIX P&L heatmap at " + Fmt.dateTime(map.at()) + ": SPX " + level(spxSpot, spx[0]) + " to "
                + level(spxSpot, spx[spx.length - 1]) + ", VIX " + Fmt.number(vixSpot + vixMoves[0], 1) + " to "
                + Fmt.number(vixSpot + vixMoves[vixMoves.length - 1], 1) + "; worst " + cell(map, worst, spxSpot, vixSpot)
                + ", best " + cell(map, best, spxSpot, vixSpot);
    }

    /** The P&L of cell {@code pnl[v][s]} ({@code at = {v, s}}) with its SPX and VIX levels. */
    private static String cell(Heatmap map, int[] at, double spxSpot, double vixSpot) {
        return Fmt.signedUsd0(map.pnl()[at[0]][at[1]]) + " at SPX " + level(spxSpot, map.spxMovesPct()[at[1]])
                + ", VIX " + Fmt.number(vixSpot + map.vixMovesPoints()[at[0]], 1);
    }

    private static String level(double spot, double movePct) {
        return Fmt.number(spot * (1 + movePct / 100), 0);
    }

    private double plotWidth() {
        return Math.max(10, canvas.getWidth() - LEFT - RIGHT);
    }

    private double plotHeight() {
        return Math.max(10, canvas.getHeight() - TOP - BOTTOM);
    }

    @Override
    protected void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (heatmap == null) {
            return;
        }
        double[] spx = heatmap.spxMovesPct();
        double[] vixMoves = heatmap.vixMovesPoints();
        double cellW = plotWidth() / spx.length;
        double cellH = plotHeight() / vixMoves.length;
        for (int v = 0; v < vixMoves.length; v++) {
            double y = TOP + plotHeight() - (v + 1) * cellH;
            for (int s = 0; s < spx.length; s++) {
                g.setFill(colour(heatmap.pnl()[v][s]));
                g.fillRect(LEFT + s * cellW, y, Math.ceil(cellW), Math.ceil(cellH));
            }
        }
        drawContour(g, cellW, cellH);
        drawCurrent(g);
        drawAxes(g);
        drawLegend(g);
    }

    /**
     * Losses and gains are each scaled to their own extreme, so a small profit zone stays visible: the colour is
     * the neutral one moved toward the loss or gain colour by (P&L / extreme)^0.7, read from a 256-step ramp
     * built once per theme (a drag redraws 1,700 cells a frame).
     */
    private Color colour(double pnl) {
        if (lossRamp == null) {
            lossRamp = ramp(lossColor.getValue());
            gainRamp = ramp(gainColor.getValue());
        }
        if (pnl < 0 && minPnl < 0) {
            return lossRamp[(int) Math.round(Math.min(1, pnl / minPnl) * (RAMP_STEPS - 1))];
        }
        if (pnl > 0 && maxPnl > 0) {
            return gainRamp[(int) Math.round(Math.min(1, pnl / maxPnl) * (RAMP_STEPS - 1))];
        }
        return neutralColor.getValue();
    }

    private Color[] ramp(Color extreme) {
        Color[] ramp = new Color[RAMP_STEPS];
        for (int i = 0; i < RAMP_STEPS; i++) {
            ramp[i] = neutralColor.getValue().interpolate(extreme, Math.pow(i / (RAMP_STEPS - 1.0), 0.7));
        }
        return ramp;
    }

    /** Marching squares on the cell centres: a segment wherever P&L changes sign across a square. */
    private void drawContour(GraphicsContext g, double cellW, double cellH) {
        double[][] pnl = heatmap.pnl();
        g.setStroke(contourColor.getValue());
        g.setLineWidth(1.6);
        // Corners of a square in order (ds, dv): the crossing on each edge is linear between its two corners.
        int[] cornerS = {0, 1, 1, 0};
        int[] cornerV = {0, 0, 1, 1};
        double[] xs = new double[4];
        double[] ys = new double[4];
        double bottom = TOP + plotHeight();
        for (int v = 0; v + 1 < pnl.length; v++) {
            for (int s = 0; s + 1 < pnl[v].length; s++) {
                int n = 0;
                for (int k = 0; k < 4; k++) {
                    int k2 = (k + 1) % 4;
                    double pa = pnl[v + cornerV[k]][s + cornerS[k]];
                    double pb = pnl[v + cornerV[k2]][s + cornerS[k2]];
                    if ((pa < 0) != (pb < 0)) {
                        double t = pa / (pa - pb);
                        xs[n] = LEFT + (s + cornerS[k] + t * (cornerS[k2] - cornerS[k]) + 0.5) * cellW;
                        ys[n] = bottom - (v + cornerV[k] + t * (cornerV[k2] - cornerV[k]) + 0.5) * cellH;
                        n++;
                    }
                }
                for (int k = 0; k + 1 < n; k += 2) {
                    g.strokeLine(xs[k], ys[k], xs[k + 1], ys[k + 1]);
                }
            }
        }
    }

    private double xOf(double spxMovePct) {
        double[] spx = heatmap.spxMovesPct();
        double cellW = plotWidth() / spx.length;
        return LEFT + cellW / 2 + (spxMovePct - spx[0]) / (spx[spx.length - 1] - spx[0]) * (plotWidth() - cellW);
    }

    private double yOf(double vixMove) {
        double[] moves = heatmap.vixMovesPoints();
        double cellH = plotHeight() / moves.length;
        return TOP + plotHeight() - cellH / 2 - (vixMove - moves[0]) / (moves[moves.length - 1] - moves[0]) * (plotHeight() - cellH);
    }

    private void drawCurrent(GraphicsContext g) {
        g.setStroke(contourColor.getValue());
        g.setLineWidth(1.2);
        double x = xOf(0);
        double y = yOf(0);
        g.strokeOval(x - 5, y - 5, 10, 10);
        g.strokeLine(x - 9, y, x - 5, y);
        g.strokeLine(x + 5, y, x + 9, y);
    }

    private void drawAxes(GraphicsContext g) {
        Color axis = axisColor.getValue();
        g.setFill(axis);
        g.setFont(Font.font(11));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        double[] spx = heatmap.spxMovesPct();
        // As many ticks as fit with a label's width of room each ("-10%" plus a gap), at most 4 intervals.
        int ticks = (int) Math.max(1, Math.min(4, Math.floor(plotWidth() / TICK_LABEL_ROOM)));
        double step = Axes.niceStep(spx[spx.length - 1] - spx[0], ticks);
        for (double move = Math.ceil(spx[0] / step) * step; move <= spx[spx.length - 1] + 1e-9; move += step) {
            g.fillText(Fmt.signed(move, 0) + "%", xOf(move), TOP + plotHeight() + 3);
        }
        g.fillText("SPX move (spot " + Fmt.number(spot, 0) + ")", LEFT + plotWidth() / 2, TOP + plotHeight() + 17);
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        double[] moves = heatmap.vixMovesPoints();
        // Ticks at round VIX levels (10, 20, 30…), not at round moves from today's VIX.
        double vixStep = Axes.niceStep(moves[moves.length - 1] - moves[0], 5);
        double top = vix + moves[moves.length - 1];
        for (double level = Math.ceil((vix + moves[0]) / vixStep) * vixStep; level <= top + 1e-9; level += vixStep) {
            g.fillText(Fmt.number(level, 0), LEFT - 5, yOf(level - vix));
        }
        g.save();
        g.translate(10, TOP + plotHeight() / 2);
        g.rotate(-90);
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("spot VIX", 0, 0);
        g.restore();
    }

    private void drawLegend(GraphicsContext g) {
        double x = LEFT + plotWidth() + 10;
        double top = TOP;
        double height = plotHeight();
        int steps = 60;
        for (int i = 0; i < steps; i++) {
            double fraction = 1 - (i + 0.5) / steps;
            double value = minPnl + fraction * (maxPnl - minPnl);
            g.setFill(colour(value));
            g.fillRect(x, top + i * height / steps, LEGEND_WIDTH, Math.ceil(height / steps) + 1);
        }
        g.setFill(axisColor.getValue());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(Axes.compactDollars(maxPnl), x + LEGEND_WIDTH + 3, top);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(Axes.compactDollars(minPnl), x + LEGEND_WIDTH + 3, top + height);
        if (maxPnl > 0 && minPnl < 0) {
            double zeroY = top + height * maxPnl / (maxPnl - minPnl);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("$0", x + LEGEND_WIDTH + 3, zeroY);
            g.setStroke(contourColor.getValue());
            g.strokeLine(x - 2, zeroY, x + LEGEND_WIDTH + 2, zeroY);
        }
    }

    private void hover(MouseEvent event) {
        if (heatmap == null) {
            return;
        }
        double[] spx = heatmap.spxMovesPct();
        double[] moves = heatmap.vixMovesPoints();
        int s = (int) Math.floor((event.getX() - LEFT) / (plotWidth() / spx.length));
        int v = (int) Math.floor((TOP + plotHeight() - event.getY()) / (plotHeight() / moves.length));
        if (s < 0 || s >= spx.length || v < 0 || v >= moves.length) {
            hover.setVisible(false);
            return;
        }
        hover.setText("SPX " + Fmt.signed(spx[s], 1) + "% (" + Fmt.number(spot * (1 + spx[s] / 100), 0) + ")\n"
                + "VIX " + Fmt.number(vix + moves[v], 1) + " (" + Fmt.signed(moves[v], 1) + ")\n"
                + "P&L " + Fmt.signedUsd(heatmap.pnl()[v][s]));
        hover.autosize();
        double w = hover.prefWidth(-1);
        double h = hover.prefHeight(-1);
        double x = event.getX() + 14 + w > getWidth() ? event.getX() - 14 - w : event.getX() + 14;
        double y = Math.min(Math.max(0, event.getY() - h / 2), getHeight() - h);
        hover.resizeRelocate(x, y, w, h);
        hover.setVisible(true);
    }
}
