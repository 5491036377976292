package org.condordesk.ui.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;

/**
 * Bars by settlement date with each date's days to expiry written at the foot of its column. The days change
 * with the date slider and the dates do not: a bar chart keys its bars by category, so putting the days in the
 * category would rebuild every bar (new nodes, CSS and tooltips) on every step of a drag.
 */
final class ExpiryBarChart extends BarChart<String, Number> {

    private final Map<String, String> days = new LinkedHashMap<>();
    private final List<Label> labels = new ArrayList<>();

    ExpiryBarChart(CategoryAxis xAxis, NumberAxis yAxis) {
        super(xAxis, yAxis);
    }

    /** The text at the foot of each category's column ("14d"); relaid out only when one changed. */
    void setDays(Map<String, String> byCategory) {
        if (byCategory.equals(days)) {
            return;
        }
        days.clear();
        days.putAll(byCategory);
        while (labels.size() < days.size()) {
            Label label = new Label();
            label.getStyleClass().add("expiry-days");
            label.setManaged(false);
            label.setMouseTransparent(true);
            labels.add(label);
            getPlotChildren().add(label);
        }
        while (labels.size() > days.size()) {
            getPlotChildren().remove(labels.remove(labels.size() - 1));
        }
        int i = 0;
        for (String text : days.values()) {
            labels.get(i++).setText(text);
        }
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        CategoryAxis x = (CategoryAxis) getXAxis();
        double height = getYAxis().getHeight();
        int i = 0;
        for (String category : days.keySet()) {
            Label label = labels.get(i++);
            label.autosize();
            double centre = x.getDisplayPosition(category);
            label.relocate(centre - label.getWidth() / 2, height - label.getHeight() - 1);
            label.toFront();
        }
    }
}
