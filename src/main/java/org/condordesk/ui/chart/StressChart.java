package org.condordesk.ui.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.ToDoubleFunction;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.condordesk.capital.StressResult;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.widget.Tips;

/**
 * Core, hedge and total P&L of one group of stresses (historical, user, correlation slippage, gamma) as clustered bars,
 * one cluster per stress under a short label; the full name and figures are in each bar's tooltip.
 */
public final class StressChart extends VBox {

    private final CategoryAxis stressAxis = new CategoryAxis();
    private final NumberAxis pnlAxis = Axes.dollars("$ change");
    private final BarChart<Number, String> chart = new BarChart<>(pnlAxis, stressAxis);
    private final StableRange pnlRange = new StableRange(pnlAxis);
    private final XYChart.Series<Number, String> core = new XYChart.Series<>();
    private final XYChart.Series<Number, String> hedge = new XYChart.Series<>();
    private final XYChart.Series<Number, String> total = new XYChart.Series<>();
    private final Label subtitle = new Label();

    public StressChart() {
        getStyleClass().addAll("chart-panel", "stress-chart");
        setId("stressChart");
        javafx.scene.layout.FlowPane header = PanelHeader.of("Stress P&L", subtitle, legend("■ core", "legend-core"),
                legend("■ hedge", "legend-hedge"), legend("■ total", "legend-total"));
        PanelHeader.explain(header, "P&L change from today's mark, $, of the selected stress's group: core (the core layers), "
                + "hedge (the hedge layers) and total. Select a row of the table to show its group.");
        core.setName("core");
        hedge.setName("hedge");
        total.setName("total");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCategoryGap(4);
        chart.setBarGap(0);
        chart.getData().addAll(List.of(core, hedge, total));
        chart.setMinHeight(80);
        stressAxis.setAnimated(false);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(header, chart);
    }

    /**
     * Shows {@code group}'s stresses among {@code results}, the first at the top; {@code note} follows the group's name
     * in the subtitle (the gamma stresses' convexity).
     */
    public void show(List<StressResult> results, StressResult.Group group, String note) {
        List<StressResult> inOrder = results.stream().filter(r -> r.group() == group).toList();
        List<StressResult> shown = new ArrayList<>(inOrder);
        Collections.reverse(shown); // a vertical category axis lists its first category at the bottom
        List<String> labels = new ArrayList<>();
        for (StressResult result : shown) {
            labels.add(StressLabels.shortLabel(result, inOrder.indexOf(result)));
        }
        stressAxis.getCategories().setAll(labels);
        core.getData().setAll(bars(shown, labels, StressResult::core));
        hedge.getData().setAll(bars(shown, labels, StressResult::hedge));
        total.getData().setAll(bars(shown, labels, StressResult::total));
        double min = 0;
        double max = 0;
        for (StressResult r : shown) {
            min = Math.min(min, Math.min(r.total(), Math.min(r.core(), r.hedge())));
            max = Math.max(max, Math.max(r.total(), Math.max(r.core(), r.hedge())));
        }
        pnlRange.fit(min * 1.08, max * 1.08);
        subtitle.setText(note.isEmpty() ? group.label() : group.label() + " · " + note);
        for (int i = 0; i < shown.size(); i++) {
            tip(shown.get(i), core.getData().get(i), hedge.getData().get(i), total.getData().get(i));
        }
    }

    private static Label legend(String text, String styleClass) {
        Label label = new Label(text);
        label.getStyleClass().add(styleClass);
        return label;
    }

    private static List<XYChart.Data<Number, String>> bars(List<StressResult> shown, List<String> labels,
                                                           ToDoubleFunction<StressResult> value) {
        List<XYChart.Data<Number, String>> bars = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            bars.add(new XYChart.Data<>(value.applyAsDouble(shown.get(i)), labels.get(i)));
        }
        return bars;
    }

    private static void tip(StressResult r, XYChart.Data<?, ?>... bars) {
        String text = r.name() + "\nSPX " + Fmt.signed(r.spxMovePct(), 2) + " %, VIX " + Fmt.number(r.vixAfter(), 2)
                + "\ncore " + Fmt.signedUsd0(r.core()) + " · hedge " + Fmt.signedUsd0(r.hedge()) + " · total "
                + Fmt.signedUsd0(r.total());
        for (XYChart.Data<?, ?> bar : bars) {
            if (bar.getNode() != null) {
                Tooltip.install(bar.getNode(), Tips.tooltip(text));
            }
        }
    }

    /** The chart's series, for tests. */
    public List<XYChart.Series<Number, String>> series() {
        return List.of(core, hedge, total);
    }
}
