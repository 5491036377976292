package org.condordesk.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The spot–vol figures behind the model defaults, measured on daily closes (docs/model.md):
 * {@code kDown}/{@code kUp}, the OLS slopes of {@code −Δln VIX} on the SPX log return in percent over
 * down days and up days; the VIX3M beta, the OLS slope of ΔVIX3M on ΔVIX; the 60-day rolling correlation
 * of SPX return and ΔVIX (median, 5th percentile, weakest); the mean VIX3M/VIX and the share of days in
 * backwardation (VIX3M &lt; VIX).
 */
public record SpotVolCalibration(LocalDate from, LocalDate to, int returnDays, double kDown, double kUp,
                                 double vix3mBeta, double medianCorrelation, double p5Correlation,
                                 double weakestCorrelation, double meanVix3mRatio, double backwardationShare) {

    public static final int CORRELATION_WINDOW_DAYS = 60;

    /** Measures the figures on the trading days common to the series from {@code from} on. */
    public static SpotVolCalibration measure(DailySeries spx, DailySeries vix, DailySeries vix3m, LocalDate from) {
        Map<LocalDate, Double> spxClose = spx.closesByDate();
        Map<LocalDate, Double> vixClose = vix.closesByDate();
        Map<LocalDate, Double> vix3mClose = vix3m.closesByDate();
        List<LocalDate> days = vix.bars().stream().map(DailyBar::date)
                .filter(d -> !d.isBefore(from) && spxClose.containsKey(d)).toList();
        SimpleRegression down = new SimpleRegression();
        SimpleRegression up = new SimpleRegression();
        double[] spxReturns = new double[days.size() - 1];
        double[] vixChanges = new double[days.size() - 1];
        for (int i = 1; i < days.size(); i++) {
            double r = 100 * Math.log(spxClose.get(days.get(i)) / spxClose.get(days.get(i - 1)));
            double logVix = Math.log(vixClose.get(days.get(i)) / vixClose.get(days.get(i - 1)));
            (r < 0 ? down : up).addData(r, logVix);
            spxReturns[i - 1] = 100 * (spxClose.get(days.get(i)) / spxClose.get(days.get(i - 1)) - 1);
            vixChanges[i - 1] = vixClose.get(days.get(i)) - vixClose.get(days.get(i - 1));
        }
        DescriptiveStatistics correlations = rollingCorrelations(spxReturns, vixChanges);
        TermStructure term = termStructure(days, vixClose, vix3mClose);
        return new SpotVolCalibration(days.get(0), days.get(days.size() - 1), spxReturns.length, -down.getSlope(),
                -up.getSlope(), term.beta, correlations.getPercentile(50), correlations.getPercentile(5),
                correlations.getMax(), term.meanRatio, term.backwardationShare);
    }

    private static DescriptiveStatistics rollingCorrelations(double[] x, double[] y) {
        PearsonsCorrelation pearson = new PearsonsCorrelation();
        DescriptiveStatistics stats = new DescriptiveStatistics();
        for (int end = CORRELATION_WINDOW_DAYS; end <= x.length; end++) {
            stats.addValue(pearson.correlation(Arrays.copyOfRange(x, end - CORRELATION_WINDOW_DAYS, end),
                    Arrays.copyOfRange(y, end - CORRELATION_WINDOW_DAYS, end)));
        }
        return stats;
    }

    private record TermStructure(double beta, double meanRatio, double backwardationShare) {
    }

    private static TermStructure termStructure(List<LocalDate> days, Map<LocalDate, Double> vix,
                                               Map<LocalDate, Double> vix3m) {
        List<LocalDate> common = new ArrayList<>(days.stream().filter(vix3m::containsKey).toList());
        SimpleRegression beta = new SimpleRegression();
        DescriptiveStatistics ratio = new DescriptiveStatistics();
        int backwardation = 0;
        for (int i = 0; i < common.size(); i++) {
            LocalDate day = common.get(i);
            double r = vix3m.get(day) / vix.get(day);
            ratio.addValue(r);
            backwardation += r < 1 ? 1 : 0;
            if (i > 0) {
                LocalDate before = common.get(i - 1);
                beta.addData(vix.get(day) - vix.get(before), vix3m.get(day) - vix3m.get(before));
            }
        }
        return new TermStructure(beta.getSlope(), ratio.getMean(), (double) backwardation / common.size());
    }
}
