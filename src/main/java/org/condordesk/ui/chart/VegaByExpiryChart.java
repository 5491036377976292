package org.condordesk.ui.chart;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.condordesk.risk.Analysis;
import org.condordesk.risk.ExpiryBucket;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.widget.Tips;

/** Vega by expiry bucket: VIX vega ($ per VIX point) and SPX vega ($ per vol point) per settlement date. */
public final class VegaByExpiryChart extends VBox {

    private final CategoryAxis xAxis = new CategoryAxis();
    private final NumberAxis yAxis = Axes.dollars("$ per point");
    private final ExpiryBarChart chart = new ExpiryBarChart(xAxis, yAxis);
    private final StableRange yRange = new StableRange(yAxis);
    private final XYChart.Series<String, Number> vixVega = new XYChart.Series<>();
    private final XYChart.Series<String, Number> spxVega = new XYChart.Series<>();
    private final Label subtitle = new Label();
    private List<String> categories = List.of();

    public VegaByExpiryChart() {
        getStyleClass().addAll("chart-panel", "vega-chart");
        setId("vegaByExpiry");
        javafx.scene.layout.FlowPane header = PanelHeader.of("Vega by expiry", subtitle);
        vixVega.setName("VIX vega ($/VIX pt)");
        spxVega.setName("SPX vega ($/vol pt)");
        chart.setAnimated(false);
        chart.setCategoryGap(18);
        chart.setBarGap(2);
        chart.getData().addAll(List.of(vixVega, spxVega));
        chart.setMinHeight(100);
        xAxis.setAnimated(false);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(header, chart);
        // The explanation sits on the title: a tooltip on the plot covered the curves and the hover readout.
        PanelHeader.explain(header, "Per settlement date: VIX vega is $ per +1 point of spot VIX through the vol factor model; "
                + "SPX vega is $ per vol point of the SPX options' own implied vol. A book flat in total can be long "
                + "one tenor and short another.");
    }

    public void show(Analysis result) {
        List<ExpiryBucket> buckets = result.vegaByExpiry();
        List<String> names = new ArrayList<>();
        java.util.Map<String, String> days = new java.util.LinkedHashMap<>();
        for (ExpiryBucket bucket : buckets) {
            String name = Fmt.shortDate(bucket.expiry());
            names.add(name);
            days.put(name, Math.round(bucket.daysToExpiry()) + "d");
        }
        if (!names.equals(categories)) {
            categories = names;
            xAxis.getCategories().setAll(names);
            List<XYChart.Data<String, Number>> vix = new ArrayList<>();
            List<XYChart.Data<String, Number>> spx = new ArrayList<>();
            for (int i = 0; i < buckets.size(); i++) {
                vix.add(new XYChart.Data<>(names.get(i), buckets.get(i).vixVega()));
                spx.add(new XYChart.Data<>(names.get(i), buckets.get(i).spxVega()));
            }
            vixVega.getData().setAll(vix);
            spxVega.getData().setAll(spx);
        } else {
            for (int i = 0; i < buckets.size(); i++) {
                vixVega.getData().get(i).setYValue(buckets.get(i).vixVega());
                spxVega.getData().get(i).setYValue(buckets.get(i).spxVega());
            }
        }
        // The days to each expiry change with the date slider; the categories (the dates) do not.
        chart.setDays(days);
        for (int i = 0; i < buckets.size(); i++) {
            tip(vixVega.getData().get(i), buckets.get(i));
            tip(spxVega.getData().get(i), buckets.get(i));
        }
        fitRange(buckets);
        double net = buckets.stream().mapToDouble(ExpiryBucket::vixVega).sum();
        subtitle.setText("net VIX vega " + Fmt.usd0(net) + "/pt");
    }

    /** The value axis from the lowest to the highest bar (and zero), with headroom so no bar touches the frame. */
    private void fitRange(List<ExpiryBucket> buckets) {
        double min = 0;
        double max = 0;
        for (ExpiryBucket bucket : buckets) {
            min = Math.min(min, Math.min(bucket.vixVega(), bucket.spxVega()));
            max = Math.max(max, Math.max(bucket.vixVega(), bucket.spxVega()));
        }
        yRange.fit(min * 1.08, max * 1.08);
    }

    private static void tip(XYChart.Data<String, Number> bar, ExpiryBucket bucket) {
        if (bar.getNode() == null) {
            return;
        }
        String text = Fmt.date(bucket.expiry()) + " (" + Fmt.number(bucket.daysToExpiry(), 1) + " days)\n"
                + "VIX vega " + Fmt.usd(bucket.vixVega()) + " per VIX point\n"
                + "SPX vega " + Fmt.usd(bucket.spxVega()) + " per vol point\n"
                + "VIX-option vega " + Fmt.usd(bucket.vixOptionVega()) + " per vol point (vol of vol)";
        Object existing = bar.getNode().getProperties().get(Tooltip.class);
        if (existing instanceof Tooltip tooltip) {
            tooltip.setText(text);
        } else {
            Tooltip tooltip = Tips.tooltip(text);
            Tooltip.install(bar.getNode(), tooltip);
            bar.getNode().getProperties().put(Tooltip.class, tooltip);
        }
    }
}
