package org.condordesk.signals;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;

import org.condordesk.market.DailyBar;
import org.condordesk.model.AlvhSignal;
import org.condordesk.model.Check;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Indicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceRatioIndicator;
import org.ta4j.core.indicators.helpers.TransformIndicator;
import org.ta4j.core.indicators.statistics.StandardDeviationIndicator;
import org.ta4j.core.num.DoubleNum;
import org.ta4j.core.num.Num;

/**
 * The technical indicators on Ta4j 0.17 (MACD, RSI, SMA, EMA, standard deviation of log returns) and the series
 * derived from them; values inside an indicator's warm-up (fewer bars than its period) are left missing (NaN).
 */
public final class Indicators {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Trading days a year, to annualise daily realised vol. */
    static final double TRADING_DAYS_PER_YEAR = 252;

    /** Periods of the indicators and the divergence definition. */
    public record Parameters(int macdShort, int macdLong, int macdSignal, int rsiBars, int smaBars, int emaBars,
                             int realisedVolBars, Divergences.Parameters divergence) {
        public static final Parameters DEFAULT = new Parameters(12, 26, 9, 14, 200, 20, 20, Divergences.Parameters.DEFAULT);

        public Parameters {
            Check.between("macdShort", macdShort, 1, 500);
            Check.between("macdLong", macdLong, macdShort + 1, 1000);
            Check.between("macdSignal", macdSignal, 1, 500);
            Check.between("rsiBars", rsiBars, 2, 500);
            Check.between("smaBars", smaBars, 1, 1000);
            Check.between("emaBars", emaBars, 1, 1000);
            Check.between("realisedVolBars", realisedVolBars, 2, 1000);
            Check.present("divergence", divergence);
        }

        /**
         * The leading bars {@code signal} is missing (NaN) for on a complete history, as Ta4j's
         * {@code getCountOfUnstableBars}: the first value is at this bar index. An EMA or SMA of n closes first has
         * one at bar n − 1; MACD's signal line is an EMA of the MACD line, so their warm-ups add; RSI and realised vol
         * need n returns, n + 1 closes (bar n). A divergence has no value where its indicator has none; the
         * "any divergence" signals and the raw series need none (data missing on a day is not warm-up).
         */
        public int warmUpBars(AlvhSignal signal) {
            int macd = macdLong - 1;
            return switch (signal) {
                case MACD, BEARISH_MACD_DIVERGENCE, BULLISH_MACD_DIVERGENCE -> macd;
                case MACD_SIGNAL, MACD_HISTOGRAM -> macd + macdSignal - 1;
                case RSI, BEARISH_RSI_DIVERGENCE, BULLISH_RSI_DIVERGENCE -> rsiBars;
                case SPX_OVER_SMA200 -> smaBars - 1;
                case SPX_OVER_EMA20 -> emaBars - 1;
                case REALISED_VOL_20, VIX_MINUS_REALISED_VOL -> realisedVolBars;
                case SPX, VIX, VIX3M, VIX_TERM_RATIO, AD_LINE, BEARISH_AD_DIVERGENCE, BULLISH_AD_DIVERGENCE,
                        BEARISH_DIVERGENCE, BULLISH_DIVERGENCE -> 0;
            };
        }
    }

    private Indicators() {
    }

    /** A Ta4j bar series of SPX's daily bars (double arithmetic), each bar ending at 16:00 New York. */
    public static BarSeries barSeries(MarketHistory history) {
        BarSeries series = new BaseBarSeriesBuilder().withName(history.spx().symbol()).withNumTypeOf(DoubleNum.class).build();
        for (DailyBar bar : history.spx().bars()) {
            series.addBar(Duration.ofDays(1), bar.date().atTime(16, 0).atZone(NEW_YORK), bar.open(), bar.high(), bar.low(),
                    bar.close(), 0);
        }
        return series;
    }

    static void computeInto(MarketHistory history, Parameters p, Map<AlvhSignal, double[]> out) {
        BarSeries series = barSeries(history);
        ClosePriceIndicator close = new ClosePriceIndicator(series);
        MACDIndicator macd = new MACDIndicator(close, p.macdShort(), p.macdLong());
        double[] spx = history.spxCloses();
        out.put(AlvhSignal.SPX, spx.clone());
        out.put(AlvhSignal.MACD, values(macd, p.warmUpBars(AlvhSignal.MACD)));
        out.put(AlvhSignal.MACD_SIGNAL, values(macd.getSignalLine(p.macdSignal()), p.warmUpBars(AlvhSignal.MACD_SIGNAL)));
        out.put(AlvhSignal.MACD_HISTOGRAM, values(macd.getHistogram(p.macdSignal()),
                p.warmUpBars(AlvhSignal.MACD_HISTOGRAM)));
        out.put(AlvhSignal.RSI, values(new RSIIndicator(close, p.rsiBars()), p.warmUpBars(AlvhSignal.RSI)));
        out.put(AlvhSignal.SPX_OVER_SMA200, ratio(spx, values(new SMAIndicator(close, p.smaBars()),
                p.warmUpBars(AlvhSignal.SPX_OVER_SMA200))));
        out.put(AlvhSignal.SPX_OVER_EMA20, ratio(spx, values(new EMAIndicator(close, p.emaBars()),
                p.warmUpBars(AlvhSignal.SPX_OVER_EMA20))));
        double[] realised = values(realisedVol(series, p.realisedVolBars()), p.warmUpBars(AlvhSignal.REALISED_VOL_20));
        out.put(AlvhSignal.REALISED_VOL_20, realised);
        double[] vix = history.vixCloses().clone();
        out.put(AlvhSignal.VIX, vix);
        out.put(AlvhSignal.VIX_MINUS_REALISED_VOL, difference(vix, realised));
        double[] vix3m = history.vix3mCloses().clone();
        out.put(AlvhSignal.VIX3M, vix3m);
        out.put(AlvhSignal.VIX_TERM_RATIO, ratio(vix, vix3m));
        double[] ad = history.adLine().clone();
        out.put(AlvhSignal.AD_LINE, ad);
        divergences(spx, out, p.divergence());
    }

    /**
     * Annualised realised vol in vol points: 100·√252·σ of the last {@code bars} daily log returns, σ the
     * population standard deviation (Ta4j's StandardDeviationIndicator divides by the count).
     */
    static Indicator<Num> realisedVol(BarSeries series, int bars) {
        Indicator<Num> logReturns = TransformIndicator.log(new ClosePriceRatioIndicator(series));
        return TransformIndicator.multiply(new StandardDeviationIndicator(logReturns, bars),
                100 * Math.sqrt(TRADING_DAYS_PER_YEAR));
    }

    private static void divergences(double[] spx, Map<AlvhSignal, double[]> out, Divergences.Parameters p) {
        double[] bearMacd = Divergences.bearish(spx, out.get(AlvhSignal.MACD), p);
        double[] bearRsi = Divergences.bearish(spx, out.get(AlvhSignal.RSI), p);
        double[] bearAd = Divergences.bearish(spx, out.get(AlvhSignal.AD_LINE), p);
        double[] bullMacd = Divergences.bullish(spx, out.get(AlvhSignal.MACD), p);
        double[] bullRsi = Divergences.bullish(spx, out.get(AlvhSignal.RSI), p);
        double[] bullAd = Divergences.bullish(spx, out.get(AlvhSignal.AD_LINE), p);
        out.put(AlvhSignal.BEARISH_MACD_DIVERGENCE, bearMacd);
        out.put(AlvhSignal.BEARISH_RSI_DIVERGENCE, bearRsi);
        out.put(AlvhSignal.BEARISH_AD_DIVERGENCE, bearAd);
        out.put(AlvhSignal.BEARISH_DIVERGENCE, Divergences.any(bearMacd, bearRsi, bearAd));
        out.put(AlvhSignal.BULLISH_MACD_DIVERGENCE, bullMacd);
        out.put(AlvhSignal.BULLISH_RSI_DIVERGENCE, bullRsi);
        out.put(AlvhSignal.BULLISH_AD_DIVERGENCE, bullAd);
        out.put(AlvhSignal.BULLISH_DIVERGENCE, Divergences.any(bullMacd, bullRsi, bullAd));
    }

    /** The indicator's values in day order (ascending, so Ta4j's cache never recurses deeply); NaN before {@code warmUp}. */
    static double[] values(Indicator<Num> indicator, int warmUp) {
        int n = indicator.getBarSeries().getBarCount();
        double[] out = new double[n];
        Arrays.fill(out, 0, Math.min(warmUp, n), Double.NaN);
        for (int i = 0; i < n; i++) {
            double value = indicator.getValue(i).doubleValue();
            if (i >= warmUp) {
                out[i] = value;
            }
        }
        return out;
    }

    private static double[] ratio(double[] numerator, double[] denominator) {
        double[] out = new double[numerator.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = numerator[i] / denominator[i];
        }
        return out;
    }

    private static double[] difference(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = a[i] - b[i];
        }
        return out;
    }
}
