package org.condordesk.ui.chart;

import java.util.ArrayList;
import java.util.List;

import javafx.collections.ObservableList;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.condordesk.risk.Analysis;
import org.condordesk.risk.PnlCurve;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.widget.Tips;

/**
 * The risk graph: P&L against SPX at T+0, T+n and the core expiry with the spot–vol map applied, the
 * spot line, break-evens, and max profit / max loss; hovering reads every curve and the mapped VIX.
 */
public final class RiskGraph extends VBox {

    /** Style classes of the curves by their place in {@link Analysis#curves()}: T+0, T+n, expiry, then more T+n dates. */
    private static final String[] CURVE_CLASSES = {"curve-today", "curve-target", "curve-expiry"};
    private static final String EXTRA_CURVE_CLASS = "curve-extra";

    private final NumberAxis xAxis = Axes.level("SPX");
    private final NumberAxis yAxis = Axes.dollars("P&L ($)");
    private final MarkedLineChart chart = new MarkedLineChart(xAxis, yAxis);
    private final StableRange yRange = new StableRange(yAxis);
    private final List<XYChart.Series<Number, Number>> series = new ArrayList<>();
    /**
     * The chart's own legend is rebuilt (new nodes, new CSS) whenever a series is renamed, and the names carry
     * the date, so every step of the date slider rebuilt it: this one only changes its labels' text.
     */
    private final FlowPane legend = new FlowPane(12, 2);
    private final List<Label> legendItems = new ArrayList<>();
    private final Label subtitle = new Label();
    private final Label maxProfit = new Label();
    private final Label maxLoss = new Label();
    private final ProbabilityStrip probabilities = new ProbabilityStrip(javafx.application.Platform::runLater,
            report -> chart.setBand(report.map(p -> p.expectedMove().low()).orElse(Double.NaN),
                    report.map(p -> p.expectedMove().high()).orElse(Double.NaN)));
    private Analysis analysis;
    private double spot;

    public RiskGraph() {
        getStyleClass().addAll("chart-panel", "risk-graph");
        setId("riskGraph");
        chart.setId("riskChart");
        maxProfit.setId("maxProfit");
        maxLoss.setId("maxLoss");
        maxProfit.getStyleClass().add("figure-inline");
        maxLoss.getStyleClass().add("figure-inline");
        Tips.on(maxProfit, "Highest P&L of the expiry curve on the SPX range shown, $ (≥: on the ±range, higher beyond it)");
        Tips.on(maxLoss, "Lowest P&L of the expiry curve on the SPX range shown, $ (negative = loss; ≤: on the ±range, "
                + "worse beyond it)");
        javafx.scene.layout.FlowPane header = PanelHeader.of("Risk graph", subtitle, maxProfit, maxLoss);
        chart.setLegendVisible(false);
        chart.setHoverText(this::readout);
        legend.getStyleClass().add("curve-legend");
        legend.setAlignment(javafx.geometry.Pos.CENTER);
        legend.setPrefWrapLength(120);
        VBox.setVgrow(chart, Priority.ALWAYS);
        chart.setMinHeight(120);
        getChildren().addAll(header, chart, legend, probabilities);
        // The explanation sits on the title: a tooltip on the plot covered the curves and the hover readout.
        PanelHeader.explain(header, "P&L ($) against SPX. VIX follows SPX through the spot–vol map (Vol model tab). "
                + "Dashed lines: expiry break-evens; dots: T+0 and T+n break-evens; solid: SPX spot; "
                + "shaded: the expected move to the core expiry (ATM straddle).");
    }

    /**
     * Asks for the probabilities of {@code result} (the analysis of {@code scenario}) off the FX thread: the expected
     * move's band and the strip under the legend follow when they arrive.
     */
    public void showProbabilities(org.condordesk.model.Scenario scenario, Analysis result) {
        probabilities.submit(scenario, result);
    }

    public ProbabilityStrip probabilities() {
        return probabilities;
    }

    public MarkedLineChart chart() {
        return chart;
    }

    /** Shows the curves of {@code result}; {@code spxSpot} places the spot line. */
    public void show(Analysis result, double spxSpot) {
        this.analysis = result;
        this.spot = spxSpot;
        List<PnlCurve> curves = result.curves();
        matchSeries(curves.size());
        for (int i = 0; i < curves.size(); i++) {
            PnlCurve curve = curves.get(i);
            fill(series.get(i).getData(), curve.spx(), curve.pnl());
            legendItems.get(i).setText(curveName(curve));
        }
        double[] spx = curves.get(0).spx();
        // Round ticks: the axis starts and ends on a multiple of its tick step.
        double step = Axes.niceStep(spx[spx.length - 1] - spx[0], 8);
        xAxis.setLowerBound(Math.floor(spx[0] / step) * step);
        xAxis.setUpperBound(Math.ceil(spx[spx.length - 1] / step) * step);
        xAxis.setTickUnit(step);
        double[] extent = StableRange.extent(curves.stream().map(PnlCurve::pnl).toArray(double[][]::new));
        yRange.fit(extent[0], extent[1] + StableRange.LABEL_HEADROOM * (extent[1] - extent[0]));
        chart.setMarkers(markers(result.expiryCurve()));
        chart.setDots(dots(result));
        PnlCurve expiry = result.expiryCurve();
        // ≥ / ≤: the extreme lies at a range end and the P&L keeps improving / worsening past it ("on the ±range").
        maxProfit.setText("Max profit " + (expiry.high().beyondRange() ? "≥ " : "") + Fmt.signedUsd(expiry.maxProfit()));
        maxLoss.setText("Max loss " + (expiry.low().beyondRange() ? "≤ " : "") + Fmt.signedUsd(expiry.maxLoss()));
        Fmt.colourBySign(maxProfit, expiry.maxProfit(), 0);
        Fmt.colourBySign(maxLoss, expiry.maxLoss(), 0);
        subtitle.setText(breakEvenText(expiry));
        chart.refreshHover();
    }

    /** One series and one legend item per curve; styled by the curve's place (CSS: .curve-today …). */
    private void matchSeries(int count) {
        while (series.size() > count) {
            chart.getData().remove(series.remove(series.size() - 1));
            legend.getChildren().remove(legendItems.remove(legendItems.size() - 1));
        }
        while (series.size() < count) {
            String styleClass = series.size() < CURVE_CLASSES.length ? CURVE_CLASSES[series.size()] : EXTRA_CURVE_CLASS;
            XYChart.Series<Number, Number> curve = new XYChart.Series<>();
            series.add(curve);
            chart.getData().add(curve);
            Region swatch = new Region();
            swatch.getStyleClass().addAll("legend-swatch", styleClass);
            Label item = new Label("", swatch);
            item.getStyleClass().add("curve-legend-item");
            legendItems.add(item);
            legend.getChildren().add(item);
        }
        // LineChart resets every series line's style classes when the series list changes: add ours after.
        for (int i = 0; i < series.size(); i++) {
            String styleClass = i < CURVE_CLASSES.length ? CURVE_CLASSES[i] : EXTRA_CURVE_CLASS;
            if (!series.get(i).getNode().getStyleClass().contains(styleClass)) {
                series.get(i).getNode().getStyleClass().add(styleClass);
            }
        }
    }

    private static String curveName(PnlCurve curve) {
        return curve.label() + " · " + Fmt.shortDate(curve.at().toLocalDate());
    }

    /** Reuses the data points when the grid has the same size, so a drag does not rebuild the chart. */
    static void fill(ObservableList<XYChart.Data<Number, Number>> data, double[] x, double[] y) {
        if (data.size() == x.length) {
            for (int i = 0; i < x.length; i++) {
                XYChart.Data<Number, Number> point = data.get(i);
                point.setXValue(x[i]);
                point.setYValue(y[i]);
            }
            return;
        }
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) {
            points.add(new XYChart.Data<>(x[i], y[i]));
        }
        data.setAll(points);
    }

    private List<MarkedLineChart.Marker> markers(PnlCurve expiry) {
        List<MarkedLineChart.Marker> list = new ArrayList<>();
        list.add(new MarkedLineChart.Marker(spot, "SPX " + Fmt.number(spot, 0), "spot-marker", "SPX spot"));
        for (double be : expiry.breakEvens()) {
            list.add(new MarkedLineChart.Marker(be, "BE " + Fmt.number(be, 0), "breakeven-marker",
                    "Break-even at expiry: SPX " + Fmt.number(be, 2) + " (" + Fmt.signed(100 * (be / spot - 1), 1) + "% from spot)"));
        }
        return list;
    }

    private static List<MarkedLineChart.Dot> dots(Analysis result) {
        List<MarkedLineChart.Dot> list = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            for (double be : result.curves().get(i).breakEvens()) {
                list.add(new MarkedLineChart.Dot(be, CURVE_CLASSES[i] + "-dot"));
            }
        }
        return list;
    }

    private static String breakEvenText(PnlCurve expiry) {
        if (expiry.breakEvens().isEmpty()) {
            return "no break-even on the range";
        }
        StringBuilder text = new StringBuilder("Expiry BE ");
        for (int i = 0; i < expiry.breakEvens().size(); i++) {
            text.append(i == 0 ? "" : " / ").append(Fmt.number(expiry.breakEvens().get(i), 0));
        }
        return text.toString();
    }

    /** SPX level, % move, the mapped VIX and each curve's P&L at the hovered SPX level. */
    private String readout(double level) {
        if (analysis == null) {
            return "";
        }
        PnlCurve today = analysis.todayCurve();
        int i = nearest(today.spx(), level);
        StringBuilder text = new StringBuilder();
        text.append("SPX ").append(Fmt.number(today.spx()[i], 0))
                .append("  (").append(Fmt.signed(100 * (today.spx()[i] / spot - 1), 2)).append("%)")
                .append("\nVIX ").append(Fmt.number(today.vix()[i], 2)).append(" (spot–vol map)");
        for (PnlCurve curve : analysis.curves()) {
            text.append("\n").append(String.format("%-7s", curve.label())).append(Fmt.signedUsd(curve.pnl()[i]));
        }
        return text.toString();
    }

    static int nearest(double[] grid, double value) {
        int low = 0;
        int high = grid.length - 1;
        while (high - low > 1) {
            int mid = (low + high) >>> 1;
            if (grid[mid] < value) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return Math.abs(grid[low] - value) <= Math.abs(grid[high] - value) ? low : high;
    }
}
