package org.condordesk.ui.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;

import org.condordesk.chain.ExpiryAnalysis;
import org.condordesk.chain.PriceSide;

/**
 * One expiry's smile: the implied vols of the out-of-the-money bid, ask and mid quotes (markers only) and the
 * fitted SVI smile (a line), in vol % against strike, over the strikes with a bid.
 */
final class SmileChart {

    private final NumberAxis strikes = new NumberAxis();
    private final NumberAxis vols = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(strikes, vols);

    SmileChart() {
        strikes.setLabel("strike");
        strikes.setForceZeroInRange(false);
        vols.setLabel("implied vol %");
        vols.setForceZeroInRange(false);
        chart.setId("smileChart");
        chart.getStyleClass().add("smile-chart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setTitle("Smile");
    }

    LineChart<Number, Number> node() {
        return chart;
    }

    void show(ExpiryAnalysis expiry) {
        chart.getData().clear();
        if (expiry == null) {
            chart.setTitle("Smile");
            return;
        }
        chart.setTitle(expiry.quotes().label() + " — forward " + String.format("%.2f", expiry.forward().forward()));
        List<XYChart.Series<Number, Number>> series = new ArrayList<>();
        for (PriceSide side : PriceSide.values()) {
            XYChart.Series<Number, Number> quotes = new XYChart.Series<>();
            quotes.setName(side.name().toLowerCase(Locale.ROOT));
            series.add(quotes);
        }
        XYChart.Series<Number, Number> fit = new XYChart.Series<>();
        fit.setName("SVI fit");
        for (int i = 0; i < expiry.quotes().size(); i++) {
            if (!(expiry.smileVol(PriceSide.BID, i) > 0)) {
                continue;
            }
            double strike = expiry.quotes().strike(i);
            for (PriceSide side : PriceSide.values()) {
                double vol = expiry.smileVol(side, i);
                if (vol > 0) {
                    series.get(side.ordinal()).getData().add(new XYChart.Data<>(strike, 100 * vol));
                }
            }
            if (expiry.svi().isPresent()) {
                fit.getData().add(new XYChart.Data<>(strike, 100 * expiry.volAt(strike)));
            }
        }
        series.add(fit);
        chart.getData().setAll(series);
        // the fit is a line without markers; the quotes markers without lines (chain.css)
        for (XYChart.Data<Number, Number> point : fit.getData()) {
            if (point.getNode() != null) {
                point.getNode().setVisible(false);
            }
        }
    }
}
