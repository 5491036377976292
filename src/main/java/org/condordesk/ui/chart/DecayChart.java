package org.condordesk.ui.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.condordesk.model.MarketEvent;
import org.condordesk.model.Scenario;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.DecayCurves;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.format.Names;
import org.condordesk.ui.widget.Tips;

/**
 * Theta decay: P&L of each layer and of the position from the analysis date to the last expiry, spot and
 * VIX held; the scenario's FOMC / CPI / PPI dates and the core expiry are marked.
 */
public final class DecayChart extends VBox {

    private final NumberAxis xAxis = Axes.level("");
    private final NumberAxis yAxis = Axes.dollars("P&L ($)");
    private final MarkedLineChart chart = new MarkedLineChart(xAxis, yAxis);
    private final StableRange yRange = new StableRange(yAxis);
    private final Label subtitle = new Label();
    private final List<String> seriesNames = new ArrayList<>();
    private DecayCurves decay;
    private LocalDate valuationDate;

    public DecayChart() {
        getStyleClass().addAll("chart-panel", "decay-chart");
        setId("decayChart");
        javafx.scene.layout.FlowPane header = PanelHeader.of("Theta decay", subtitle);
        chart.setHoverText(this::readout);
        chart.setMinHeight(100);
        VBox.setVgrow(chart, Priority.ALWAYS);
        getChildren().addAll(header, chart);
        // The explanation sits on the title: a tooltip on the plot covered the curves and the hover readout.
        PanelHeader.explain(header, "P&L ($) of each layer and the total if SPX and VIX stay where they are: time decay, "
                + "SPX vols kept in tenor, VIX futures rolling down today's curve.");
    }

    public MarkedLineChart chart() {
        return chart;
    }

    public void show(Analysis result, Scenario scenario) {
        if (result.decay().isEmpty()) {
            return;
        }
        decay = result.decay().get();
        LocalDate valuation = scenario.valuationTime().toLocalDate();
        if (!valuation.equals(valuationDate)) {
            // A new formatter rebuilds every tick label: only when the date they count from changes.
            valuationDate = valuation;
            Axes.dates(xAxis, valuationDate);
        }
        List<String> names = new ArrayList<>();
        for (int l = 0; l < decay.layerPnl().size(); l++) {
            names.add(Names.shortLayerName(scenario.layers().get(l).name()));
        }
        names.add("Total");
        if (!names.equals(seriesNames)) {
            rebuildSeries(names);
        }
        for (int l = 0; l < decay.layerPnl().size(); l++) {
            RiskGraph.fill(chart.getData().get(l).getData(), decay.days(), decay.layerPnl().get(l));
        }
        RiskGraph.fill(chart.getData().get(names.size() - 1).getData(), decay.days(), decay.totalPnl());
        double last = decay.days()[decay.days().length - 1];
        // The axis spans the valuation date to the last expiry whatever the analysis date: moving the date slider
        // starts the curves later on a still axis, instead of rebuilding every tick label on every step.
        setIfChanged(xAxis.lowerBoundProperty(), 0);
        setIfChanged(xAxis.upperBoundProperty(), Math.ceil(last));
        setIfChanged(xAxis.tickUnitProperty(), Math.max(1, Axes.niceStep(Math.ceil(last), 7)));
        fitY();
        chart.setMarkers(markers(result, scenario, 0, last));
        double[] total = decay.totalPnl();
        subtitle.setText("total " + Fmt.signedUsd(total[0]) + " → " + Fmt.signedUsd(total[total.length - 1])
                + " at the last expiry");
        chart.refreshHover();
    }

    private static void setIfChanged(javafx.beans.property.DoubleProperty property, double value) {
        if (property.get() != value) {
            property.set(value);
        }
    }

    private void fitY() {
        double[] extent = StableRange.extent(decay.totalPnl());
        for (double[] layer : decay.layerPnl()) {
            double[] layerExtent = StableRange.extent(layer);
            extent[0] = Math.min(extent[0], layerExtent[0]);
            extent[1] = Math.max(extent[1], layerExtent[1]);
        }
        yRange.fit(extent[0], extent[1] + StableRange.LABEL_HEADROOM * (extent[1] - extent[0]));
    }

    private void rebuildSeries(List<String> names) {
        seriesNames.clear();
        seriesNames.addAll(names);
        List<XYChart.Series<Number, Number>> list = new ArrayList<>();
        for (String name : names) {
            XYChart.Series<Number, Number> s = new XYChart.Series<>();
            s.setName(name);
            list.add(s);
        }
        chart.getData().setAll(list);
        XYChart.Series<Number, Number> total = list.get(list.size() - 1);
        if (total.getNode() != null) {
            total.getNode().getStyleClass().add("total-series");
        }
        // The legend is rebuilt with the series: mark the total's swatch so it matches its line.
        for (javafx.scene.Node item : chart.lookupAll(".chart-legend-item")) {
            if (item instanceof javafx.scene.control.Label label && "Total".equals(label.getText()) && label.getGraphic() != null) {
                label.getGraphic().getStyleClass().add("total-symbol");
            }
        }
    }

    private List<MarkedLineChart.Marker> markers(Analysis result, Scenario scenario, double first, double last) {
        List<MarkedLineChart.Marker> list = new ArrayList<>();
        for (MarketEvent event : scenario.events()) {
            double day = ChronoUnit.DAYS.between(valuationDate, event.date());
            if (day >= first && day <= last) {
                // A date resting on one public list is marked "?" (its tooltip's label says why).
                String mark = event.kind().name()
                        + (org.condordesk.market.EventCalendar.isLowConfidence(event) ? "?" : "");
                list.add(new MarkedLineChart.Marker(day, mark, "event-" + event.kind().name().toLowerCase(),
                        event.kind() + " " + Fmt.date(event.date()) + (event.label().isBlank() ? "" : ": " + event.label())));
            }
        }
        result.coreExpiry().ifPresent(expiry -> {
            double day = ChronoUnit.DAYS.between(valuationDate, expiry);
            if (day >= first && day <= last) {
                list.add(new MarkedLineChart.Marker(day, "Core exp", "expiry-marker", "Core layer expiry " + Fmt.date(expiry)));
            }
        });
        list.sort((a, b) -> Double.compare(a.x(), b.x()));
        return list;
    }

    private String readout(double day) {
        if (decay == null) {
            return "";
        }
        int i = RiskGraph.nearest(decay.days(), day);
        StringBuilder text = new StringBuilder(Fmt.dayDate(decay.times().get(i).toLocalDate()));
        text.append("  (day ").append(Fmt.number(decay.days()[i], 0)).append(")");
        for (int l = 0; l < decay.layerPnl().size(); l++) {
            text.append("\n").append(seriesNames.get(l)).append("  ").append(Fmt.signedUsd(decay.layerPnl().get(l)[i]));
        }
        text.append("\nTotal  ").append(Fmt.signedUsd(decay.totalPnl()[i]));
        text.append("\nTheta that day  ").append(Fmt.signedUsd(decay.dailyTheta()[i]));
        return text.toString();
    }
}
