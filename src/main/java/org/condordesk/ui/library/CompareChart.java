package org.condordesk.ui.library;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import org.condordesk.risk.PnlCurve;
import org.condordesk.ui.library.VersionComparison.ComparedVersion;

/** Both versions' risk curves on one graph: A's T+0 and expiry dashed, B's solid, P&L ($) against SPX. */
final class CompareChart extends LineChart<Number, Number> {

    CompareChart() {
        super(axis("SPX"), axis("P&L ($)"));
        setId("compareChart");
        getStyleClass().add("compare-chart");
        setAnimated(false);
        setCreateSymbols(false);
        setPrefHeight(260);
        setMinHeight(200);
        ((NumberAxis) getXAxis()).setForceZeroInRange(false);
    }

    private static NumberAxis axis(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setMinorTickVisible(false);
        return axis;
    }

    void show(ComparedVersion a, ComparedVersion b) {
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        series.add(series("A " + a.label() + " · T+0", a.analysis().todayCurve()));
        series.add(series("A · expiry", a.analysis().expiryCurve()));
        series.add(series("B " + b.label() + " · T+0", b.analysis().todayCurve()));
        series.add(series("B · expiry", b.analysis().expiryCurve()));
        getData().setAll(series);
        String[] classes = {"compare-a-today", "compare-a-expiry", "compare-b-today", "compare-b-expiry"};
        for (int i = 0; i < series.size(); i++) {
            series.get(i).getNode().getStyleClass().add(classes[i]);
        }
    }

    private static XYChart.Series<Number, Number> series(String name, PnlCurve curve) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        List<XYChart.Data<Number, Number>> points = new ArrayList<>();
        for (int i = 0; i < curve.spx().length; i++) {
            points.add(new XYChart.Data<>(curve.spx()[i], curve.pnl()[i]));
        }
        series.getData().setAll(points);
        return series;
    }
}
