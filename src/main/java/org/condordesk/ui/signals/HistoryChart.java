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
 * points per pixel column whatever the zoom. It opens on the last {@value #DEFAULT_YEARS} years; drag pans, the wheel
 * zooms around the pointer, double-click shows all. A date axis runs under the panes, and a crosshair follows the
 * pointer with every series' value on that day in its pane's title row (issue 27 §5).
 */
public final class HistoryChart extends Region {

    private static final double AXIS_WIDTH = 64;
    private static final double GAP = 6;
    /** The date axis's labels and the range line under it. */
    private static final double BOTTOM = 34;
    /** The window a trader reads first: the last two years, not 36. */
    static final int DEFAULT_YEARS = 2;
    private static final Color[] LINE = {Color.web("#3b82f6"), Color.web("#f59e0b"), Color.web("#10b981"), Color.web("#ef4444")};

    /** One pane: a title, its series (NaN = gap) and their names, optional reference levels, whether a step line. */
    record Pane(String title, List<String> names, List<double[]> series, double[] levels, boolean bars) {
    }

    private final Canvas canvas = new Canvas();
    private final List<Pane> panes = new ArrayList<>();
    private long[] epochDays = new long[0];
    private List<MarketEvent> events = List.of();
    private int first;
    private int last = -1;
    private double dragX;
    /** The day under the pointer (index into the series), or -1 when the pointer is off the plot. */
    private int hover = -1;

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
            hoverAt(e.getX());
        });
        canvas.setOnMouseMoved(e -> hoverAt(e.getX()));
        canvas.setOnMouseExited(e -> {
            hover = -1;
            draw();
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
        panes.add(new Pane("SPX, SMA200", List.of("SPX", "SMA200"), List.of(spx, sma), new double[0], false));
        panes.add(new Pane("MACD(12,26,9): line, signal, histogram", List.of("MACD", "signal", "histogram"),
                List.of(series.copyOf(AlvhSignal.MACD), series.copyOf(AlvhSignal.MACD_SIGNAL),
                        series.copyOf(AlvhSignal.MACD_HISTOGRAM)), new double[] {0}, false));
        panes.add(new Pane("RSI(14)", List.of("RSI"), List.of(series.copyOf(AlvhSignal.RSI)), new double[] {30, 50, 70}, false));
        panes.add(new Pane("VIX, 20-day realised vol", List.of("VIX", "realised vol"), List.of(series.copyOf(AlvhSignal.VIX),
                series.copyOf(AlvhSignal.REALISED_VOL_20)), new double[0], false));
        panes.add(new Pane("VIX / VIX3M", List.of("VIX/VIX3M"), List.of(series.copyOf(AlvhSignal.VIX_TERM_RATIO)),
                new double[] {0.9, 1.0}, false));
        panes.add(new Pane("ALVH output (hedge layer size)", List.of("size"), List.of(sizes.clone()), new double[0], true));
        events = List.copyOf(marks);
        showDefault();
    }

    /** The last {@value #DEFAULT_YEARS} years of the history (all of it when shorter). */
    public void showDefault() {
        if (epochDays.length == 0) {
            return;
        }
        LocalDate end = LocalDate.ofEpochDay(epochDays[epochDays.length - 1]);
        showRange(end.minusYears(DEFAULT_YEARS), end);
    }

    /** The first and last day shown. */
    public LocalDate[] shownRange() {
        return new LocalDate[] {LocalDate.ofEpochDay(epochDays[first]), LocalDate.ofEpochDay(epochDays[last])};
    }

    /** Moves the crosshair to the day under {@code x} (canvas pixels); off the plot it goes away. */
    public void hoverAt(double x) {
        hover = x < AXIS_WIDTH || x > AXIS_WIDTH + plotWidth() || last <= first ? -1
                : first + (int) Math.round((x - AXIS_WIDTH) / plotWidth() * (last - first));
        draw();
    }

    /** What the crosshair reads: the day, then one line per pane ("SPX 5,432.10 · SMA200 5,012.33"); empty off the plot. */
    public List<String> readout() {
        if (hover < 0) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(LocalDate.ofEpochDay(epochDays[hover]).toString());
        for (Pane pane : panes) {
            lines.add(readout(pane, hover));
        }
        return lines;
    }

    private static String readout(Pane pane, int day) {
        StringBuilder line = new StringBuilder();
        for (int s = 0; s < pane.series().size(); s++) {
            double v = pane.series().get(s)[day];
            line.append(s == 0 ? "" : " · ").append(pane.names().get(s)).append(' ')
                    .append(Double.isNaN(v) ? "no data" : org.condordesk.ui.format.Fmt.number(v, Math.abs(v) >= 100 ? 2 : 3));
        }
        return line.toString();
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
        double paneHeight = (getHeight() - BOTTOM - GAP * panes.size()) / panes.size();
        for (int p = 0; p < panes.size(); p++) {
            drawPane(g, panes.get(p), 4 + p * (paneHeight + GAP), paneHeight);
        }
        drawEvents(g);
        DateAxis.draw(g, epochDays, first, last, AXIS_WIDTH, plotWidth(), getHeight() - BOTTOM + 2);
        drawCrosshair(g);
        g.setFill(Color.GRAY);
        g.fillText(LocalDate.ofEpochDay(epochDays[first]) + "  …  " + LocalDate.ofEpochDay(epochDays[last]) + "   ("
                + visibleDays() + " trading days; drag to pan, wheel to zoom, double-click for all)", AXIS_WIDTH, getHeight() - 4);
    }

    private double xOf(int day) {
        return AXIS_WIDTH + (day - first) / (double) (last - first) * plotWidth();
    }

    private void drawCrosshair(GraphicsContext g) {
        if (hover < first || hover > last) {
            return;
        }
        double x = xOf(hover);
        g.setStroke(Color.gray(0.35, 0.8));
        g.setLineWidth(1);
        g.strokeLine(x, 4, x, getHeight() - BOTTOM);
        String day = LocalDate.ofEpochDay(epochDays[hover]).toString();
        g.setFill(Color.web("#1f2937"));
        g.fillRect(x - 34, getHeight() - BOTTOM + 2, 68, 14);
        g.setFill(Color.WHITE);
        g.fillText(day, x - 31, getHeight() - BOTTOM + 13);
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
        g.fillText(hover >= first && hover <= last ? pane.title() + ":  " + readout(pane, hover) : pane.title(),
                AXIS_WIDTH + 4, top + 12);
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
            g.strokeLine(x, 4, x, getHeight() - BOTTOM);
            g.setFill(Color.web("#8b5cf6"));
            g.fillText(event.kind().name().substring(0, 1), x + 2, 14);
        }
    }
}
