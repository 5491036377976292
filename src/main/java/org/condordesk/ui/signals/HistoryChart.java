package org.condordesk.ui.signals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.AccessibleRole;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;

import org.condordesk.model.AlvhSignal;
import org.condordesk.model.MarketEvent;
import org.condordesk.signals.SignalSeries;
import org.condordesk.ui.format.Fmt;

/**
 * The Signals window's chart: stacked panes (SPX with SMA200, MACD, RSI, VIX, VIX/VIX3M, the ALVH output) over
 * 36 years of daily bars, drawn on one Canvas with per-pixel min/max decimation so a redraw touches at most a few
 * points per pixel column whatever the zoom. Drag pans, the wheel zooms around the pointer, double-click resets.
 */
public final class HistoryChart extends Region {

    private static final double AXIS_WIDTH = 64;
    private static final double GAP = 6;
    private static final Color[] LINE = {Color.web("#3b82f6"), Color.web("#f59e0b"), Color.web("#10b981"), Color.web("#ef4444")};

    /** One pane: a title, its series (NaN = gap), optional reference levels, and whether it is a step line. */
    record Pane(String title, List<double[]> series, double[] levels, boolean bars) {
    }

    private final Canvas canvas = new Canvas();
    private final List<Pane> panes = new ArrayList<>();
    private long[] epochDays = new long[0];
    private List<MarketEvent> events = List.of();
    private int first;
    private int last = -1;
    private double dragX;

    public HistoryChart() {
        getStyleClass().add("signals-canvas-pane");
        getChildren().add(canvas);
        setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        setAccessibleRoleDescription("chart");
        setAccessibleText("Signal history: nothing replayed yet");
        setMinSize(300, 300);
        canvas.setOnMousePressed(e -> dragX = e.getX());
        canvas.setOnMouseDragged(e -> {
            pan((dragX - e.getX()) / plotWidth() * (last - first));
            dragX = e.getX();
        });
        canvas.setOnScroll(e -> zoom(e.getDeltaY() > 0 ? 0.8 : 1.25, e.getX()));
        canvas.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                showAll();
            }
        });
    }

    /** Shows {@code series} with the ALVH output {@code sizes} (one per day of the series) and the event marks. */
    public void show(SignalSeries series, double[] sizes, List<MarketEvent> marks) {
        int n = series.size();
        epochDays = new long[n];
        for (int i = 0; i < n; i++) {
            epochDays[i] = series.date(i).toEpochDay();
        }
        double[] spx = series.copyOf(AlvhSignal.SPX);
        double[] sma = spx.clone();
        double[] ratio = series.copyOf(AlvhSignal.SPX_OVER_SMA200);
        for (int i = 0; i < n; i++) {
            sma[i] = spx[i] / ratio[i];
        }
        panes.clear();
        panes.add(new Pane("SPX, SMA200", List.of(spx, sma), new double[0], false));
        panes.add(new Pane("MACD(12,26,9): line, signal, histogram", List.of(series.copyOf(AlvhSignal.MACD),
                series.copyOf(AlvhSignal.MACD_SIGNAL), series.copyOf(AlvhSignal.MACD_HISTOGRAM)), new double[] {0}, false));
        panes.add(new Pane("RSI(14)", List.of(series.copyOf(AlvhSignal.RSI)), new double[] {30, 50, 70}, false));
        panes.add(new Pane("VIX, 20-day realised vol", List.of(series.copyOf(AlvhSignal.VIX),
                series.copyOf(AlvhSignal.REALISED_VOL_20)), new double[0], false));
        panes.add(new Pane("VIX / VIX3M", List.of(series.copyOf(AlvhSignal.VIX_TERM_RATIO)), new double[] {0.9, 1.0}, false));
        panes.add(new Pane("ALVH output (hedge layer size)", List.of(sizes.clone()), new double[0], true));
        events = List.copyOf(marks);
        showAll();
    }

    public void showAll() {
        first = 0;
        last = epochDays.length - 1;
        draw();
    }

    /**
     * What a screen reader says in place of the picture: the days shown and the panes, each with its last value in
     * the range ("Signal history 2024-01-02 to 2024-12-31, 251 trading days; SPX, SMA200: 5881.63, 5476.02; …").
     */
    String describe() {
        if (last < first || epochDays.length == 0) {
            return "Signal history: nothing replayed yet";
        }
        StringBuilder text = new StringBuilder("Signal history ").append(LocalDate.ofEpochDay(epochDays[first]))
                .append(" to ").append(LocalDate.ofEpochDay(epochDays[last])).append(", ").append(visibleDays())
                .append(" trading days");
        for (Pane pane : panes) {
            text.append("; ").append(pane.title()).append(':');
            for (double[] line : pane.series()) {
                text.append(' ').append(Fmt.number(line[last], 2));
            }
        }
        return text.toString();
    }

    /** Shows the trading days from {@code from} to {@code to}. */
    public void showRange(LocalDate from, LocalDate to) {
        first = Math.max(0, indexOf(from.toEpochDay()));
        last = Math.max(first + 1, Math.min(epochDays.length - 1, indexOf(to.toEpochDay())));
        draw();
    }

    int visibleDays() {
        return last - first + 1;
    }

    private int indexOf(long epochDay) {
        int found = java.util.Arrays.binarySearch(epochDays, epochDay);
        return found >= 0 ? found : -found - 1;
    }

    private void pan(double days) {
        int shift = (int) Math.round(days);
        shift = Math.max(-first, Math.min(epochDays.length - 1 - last, shift));
        first += shift;
        last += shift;
        draw();
    }

    private void zoom(double factor, double x) {
        double anchor = first + (x - AXIS_WIDTH) / plotWidth() * (last - first);
        int span = (int) Math.max(20, Math.min(epochDays.length - 1, (last - first) * factor));
        first = (int) Math.max(0, Math.round(anchor - (anchor - first) * span / Math.max(1.0, last - first)));
        last = Math.min(epochDays.length - 1, first + span);
        first = Math.max(0, last - span);
        draw();
    }

    private double plotWidth() {
        return Math.max(1, getWidth() - AXIS_WIDTH - 8);
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        setAccessibleText(describe());
        if (panes.isEmpty() || last <= first) {
            return;
        }
        g.setFont(Font.font(11));
        double paneHeight = (getHeight() - 18 - GAP * panes.size()) / panes.size();
        for (int p = 0; p < panes.size(); p++) {
            drawPane(g, panes.get(p), 4 + p * (paneHeight + GAP), paneHeight);
        }
        drawEvents(g);
        g.setFill(Color.GRAY);
        g.fillText(LocalDate.ofEpochDay(epochDays[first]) + "  …  " + LocalDate.ofEpochDay(epochDays[last]) + "   ("
                + visibleDays() + " trading days; drag to pan, wheel to zoom, double-click for all)", AXIS_WIDTH, getHeight() - 4);
    }

    private void drawPane(GraphicsContext g, Pane pane, double top, double height) {
        double[] range = range(pane);
        if (!(range[1] > range[0])) {
            range = new double[] {range[0] - 1, range[0] + 1};
        }
        double low = range[0];
        double high = range[1];
        g.setStroke(Color.gray(0.5, 0.5));
        g.strokeRect(AXIS_WIDTH, top, plotWidth(), height);
        g.setFill(Color.GRAY);
        g.fillText(pane.title(), AXIS_WIDTH + 4, top + 12);
        // The axis names the highest and lowest value on screen, at their own heights (not the padded edges,
        // which for a price would read below zero).
        double dataHigh = range.length > 2 ? range[3] : high;
        double dataLow = range.length > 2 ? range[2] : low;
        g.fillText(String.format(java.util.Locale.ROOT, "%.4g", dataHigh), 2,
                Math.max(top + 10, top + height - (dataHigh - low) / (high - low) * height + 4));
        g.fillText(String.format(java.util.Locale.ROOT, "%.4g", dataLow), 2,
                Math.min(top + height - 2, top + height - (dataLow - low) / (high - low) * height + 4));
        for (double level : pane.levels()) {
            double y = top + height - (level - low) / (high - low) * height;
            if (y > top && y < top + height) {
                g.setStroke(Color.gray(0.6, 0.6));
                g.setLineDashes(3, 3);
                g.strokeLine(AXIS_WIDTH, y, AXIS_WIDTH + plotWidth(), y);
                g.setLineDashes(null);
            }
        }
        for (int s = 0; s < pane.series().size(); s++) {
            g.setStroke(LINE[s % LINE.length]);
            g.setLineWidth(pane.bars() ? 1.5 : 1);
            drawDecimated(g, pane.series().get(s), top, height, low, high);
        }
    }

    /** Per pixel column: the min and max of the days it covers, joined to the previous column. */
    private void drawDecimated(GraphicsContext g, double[] values, double top, double height, double low, double high) {
        int columns = (int) plotWidth();
        double daysPerColumn = (double) (last - first + 1) / columns;
        double previousY = Double.NaN;
        for (int c = 0; c < columns; c++) {
            int from = first + (int) Math.floor(c * daysPerColumn);
            int to = Math.min(last, Math.max(from, first + (int) Math.floor((c + 1) * daysPerColumn) - 1));
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            double lastValue = Double.NaN;
            for (int i = from; i <= to; i++) {
                double v = values[i];
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    max = Math.max(max, v);
                    lastValue = v;
                }
            }
            if (Double.isNaN(lastValue)) {
                previousY = Double.NaN;
                continue;
            }
            double x = AXIS_WIDTH + c;
            double yMin = top + height - (min - low) / (high - low) * height;
            double yMax = top + height - (max - low) / (high - low) * height;
            if (!Double.isNaN(previousY)) {
                g.strokeLine(x - 1, previousY, x, (yMin + yMax) / 2);
            }
            g.strokeLine(x, yMin, x, yMax);
            previousY = top + height - (lastValue - low) / (high - low) * height;
        }
    }

    private double[] range(Pane pane) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] values : pane.series()) {
            for (int i = first; i <= last; i++) {
                if (!Double.isNaN(values[i])) {
                    min = Math.min(min, values[i]);
                    max = Math.max(max, values[i]);
                }
            }
        }
        if (min == Double.POSITIVE_INFINITY) {
            return new double[] {0, 1};
        }
        double pad = (max - min) * 0.05;
        return new double[] {min - pad, max + pad, min, max};
    }

    private void drawEvents(GraphicsContext g) {
        long from = epochDays[first];
        long to = epochDays[last];
        for (MarketEvent event : events) {
            long day = event.date().toEpochDay();
            if (day < from || day > to) {
                continue;
            }
            double x = AXIS_WIDTH + (indexOf(day) - first) / (double) (last - first) * plotWidth();
            g.setStroke(switch (event.kind()) {
                case FOMC -> Color.web("#8b5cf6", 0.6);
                case CPI -> Color.web("#ef4444", 0.6);
                case PPI -> Color.web("#f97316", 0.6);
                case OTHER -> Color.web("#6b7280", 0.6);
            });
            g.strokeLine(x, 4, x, getHeight() - 18);
            g.setFill(Color.web("#8b5cf6"));
            g.fillText(event.kind().name().substring(0, 1), x + 2, 14);
        }
    }
}
