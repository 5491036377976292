package org.condordesk.backtest;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.apache.commons.math3.stat.StatUtils;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.condordesk.model.ValidationException;

/**
 * Confidence intervals for a backtest's figures by the stationary block bootstrap of Politis and Romano ("The
 * Stationary Bootstrap", JASA 89, 1994): a resampled path is a chain of blocks of the day's P&L, each block starting
 * at a uniformly drawn day and ending after each day with probability 1/L, so its length is geometric with mean L
 * days (the series is read circularly). Blocks keep the autocorrelation that overlapping condors and their hedges
 * give daily P&L, where a day-by-day (i.i.d.) resample would lose it. Every variant is resampled on the SAME days,
 * so the hedged-minus-unhedged difference of each figure is a paired comparison (docs/backtest.md §confidence).
 *
 * <p>Each resample's figures follow {@link VariantMetrics}: the annual return compounds the resampled total on the
 * variant's capital base over the window's calendar years; Sharpe is mean / sd × √252 of daily P&L over the base; the
 * max drawdown is the largest fall of base + cumulative P&L from its running peak (at most 100 %). Intervals are the
 * 2.5th and 97.5th percentiles of the resamples (the percentile method).
 */
public final class Bootstrap {

    /** Mean block length (trading days) by default: about two overlapping 14-day condors' lives. */
    public static final double DEFAULT_MEAN_BLOCK_DAYS = 20;
    public static final int DEFAULT_RESAMPLES = 1000;
    public static final long DEFAULT_SEED = 20_261_207L;
    private static final double LOWER_PERCENTILE = 2.5;
    private static final double UPPER_PERCENTILE = 97.5;

    private Bootstrap() {
    }

    /** How many resamples, their mean block length in trading days and the random seed (same seed, same answer). */
    public record Settings(int resamples, double meanBlockDays, long seed) {
        public Settings {
            if (resamples < 100 || resamples > 100_000) {
                throw new ValidationException("bootstrap.resamples", "must be between 100 and 100000, got " + resamples);
            }
            if (!(meanBlockDays >= 1 && meanBlockDays <= 250)) {
                throw new ValidationException("bootstrap.meanBlockDays", "must be between 1 and 250 trading days, got "
                        + meanBlockDays);
            }
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_RESAMPLES, DEFAULT_MEAN_BLOCK_DAYS, DEFAULT_SEED);
        }
    }

    /** A figure on the actual path and its 95 % interval over the resamples. */
    public record Interval(double estimate, double lower, double upper) {
    }

    /**
     * The hedged variant's figure minus the unhedged one's, resample by resample, and the share of resamples in which
     * the hedge's Sharpe is higher than the unhedged condor's.
     */
    public record Difference(String versus, Interval annualReturn, Interval sharpe, Interval maxDrawdown,
                             double shareSharpeImproved) {
    }

    /** One variant's intervals, and its difference against the unhedged variant (empty for that one, or without one). */
    public record VariantIntervals(String name, Interval annualReturn, Interval sharpe, Interval maxDrawdown,
                                   Optional<Difference> versusUnhedged) {
    }

    /** The run's intervals and how they were made. */
    public record Result(Settings settings, List<VariantIntervals> variants) {
        public Result {
            variants = List.copyOf(variants);
        }
    }

    /** Intervals for every variant of {@code result}, against its first {@code NONE} variant where it has one. */
    public static Result of(BacktestResult result, Settings settings) {
        List<VariantResult> variants = result.variants();
        int n = variants.get(0).dates().length;
        double years = ChronoUnit.DAYS.between(result.firstDay(), result.lastDay()) / 365.25;
        int reference = unhedgedIndex(variants);
        Path[] paths = new Path[variants.size()];
        for (int v = 0; v < paths.length; v++) {
            paths[v] = new Path(variants.get(v).dailyPnl(), variants.get(v).metrics().capitalBase(), years);
        }
        int r = settings.resamples();
        double[][][] figures = new double[paths.length][Figure.COUNT][r];
        SplittableRandom random = new SplittableRandom(settings.seed());
        int[] days = new int[n];
        double[] resampled = new double[n];
        for (int k = 0; k < r; k++) {
            resampleDays(random, n, settings.meanBlockDays(), days);
            for (int v = 0; v < paths.length; v++) {
                paths[v].figures(days, resampled, figures[v], k);
            }
        }
        List<VariantIntervals> out = new ArrayList<>();
        for (int v = 0; v < paths.length; v++) {
            double[] actual = paths[v].actual();
            Optional<Difference> difference = v == reference || reference < 0 ? Optional.empty()
                    : Optional.of(difference(variants.get(reference).name(), actual, paths[reference].actual(),
                            figures[v], figures[reference]));
            out.add(new VariantIntervals(variants.get(v).name(), interval(actual[Figure.ANNUAL], figures[v][Figure.ANNUAL]),
                    interval(actual[Figure.SHARPE], figures[v][Figure.SHARPE]),
                    interval(actual[Figure.DRAWDOWN], figures[v][Figure.DRAWDOWN]), difference));
        }
        return new Result(settings, out);
    }

    private static int unhedgedIndex(List<VariantResult> variants) {
        for (int v = 0; v < variants.size(); v++) {
            if (variants.get(v).kind() == BacktestConfig.HedgeKind.NONE) {
                return v;
            }
        }
        return -1;
    }

    /**
     * Fills {@code days} with one stationary-bootstrap path over {@code n} days: each block starts at a uniform day,
     * and after each day the path jumps to a new uniform day with probability 1/meanBlock (else takes the next day,
     * circularly).
     */
    static void resampleDays(SplittableRandom random, int n, double meanBlockDays, int[] days) {
        double jump = 1 / meanBlockDays;
        int day = random.nextInt(n);
        for (int i = 0; i < n; i++) {
            days[i] = day;
            day = random.nextDouble() < jump ? random.nextInt(n) : (day + 1) % n;
        }
    }

    private static Difference difference(String versus, double[] actual, double[] actualReference, double[][] mine,
                                         double[][] theirs) {
        int r = mine[0].length;
        double[][] diff = new double[Figure.COUNT][r];
        int improved = 0;
        for (int k = 0; k < r; k++) {
            for (int f = 0; f < Figure.COUNT; f++) {
                diff[f][k] = mine[f][k] - theirs[f][k];
            }
            improved += mine[Figure.SHARPE][k] > theirs[Figure.SHARPE][k] ? 1 : 0;
        }
        return new Difference(versus,
                interval(actual[Figure.ANNUAL] - actualReference[Figure.ANNUAL], diff[Figure.ANNUAL]),
                interval(actual[Figure.SHARPE] - actualReference[Figure.SHARPE], diff[Figure.SHARPE]),
                interval(actual[Figure.DRAWDOWN] - actualReference[Figure.DRAWDOWN], diff[Figure.DRAWDOWN]),
                (double) improved / r);
    }

    private static Interval interval(double estimate, double[] resamples) {
        double[] finite = java.util.Arrays.stream(resamples).filter(Double::isFinite).toArray();
        if (finite.length == 0) {
            return new Interval(estimate, Double.NaN, Double.NaN);
        }
        Percentile percentile = new Percentile();
        percentile.setData(finite);
        return new Interval(estimate, percentile.evaluate(LOWER_PERCENTILE), percentile.evaluate(UPPER_PERCENTILE));
    }

    /** The figures' slots. */
    private static final class Figure {
        static final int ANNUAL = 0;
        static final int SHARPE = 1;
        static final int DRAWDOWN = 2;
        static final int COUNT = 3;
    }

    /** One variant's daily P&L ($) on its capital base over the window's calendar years. */
    private record Path(double[] daily, double base, double years) {

        double[] actual() {
            double[] out = new double[Figure.COUNT];
            out[Figure.ANNUAL] = annualReturn(StatUtils.sum(daily));
            out[Figure.SHARPE] = sharpe(daily);
            out[Figure.DRAWDOWN] = maxDrawdown(daily);
            return out;
        }

        void figures(int[] days, double[] scratch, double[][] into, int k) {
            for (int i = 0; i < days.length; i++) {
                scratch[i] = daily[days[i]];
            }
            into[Figure.ANNUAL][k] = annualReturn(StatUtils.sum(scratch));
            into[Figure.SHARPE][k] = sharpe(scratch);
            into[Figure.DRAWDOWN][k] = maxDrawdown(scratch);
        }

        /** (1 + total / base)^(1 / years) − 1; −100 % once the base is lost. */
        private double annualReturn(double total) {
            if (!(base > 0) || !(years > 0)) {
                return Double.NaN;
            }
            double totalReturn = total / base;
            return totalReturn <= -1 ? -1 : Math.expm1(Math.log1p(totalReturn) / years);
        }

        private double sharpe(double[] pnl) {
            if (!(base > 0)) {
                return Double.NaN;
            }
            double[] returns = new double[pnl.length];
            for (int i = 0; i < pnl.length; i++) {
                returns[i] = pnl[i] / base;
            }
            return VariantMetrics.sharpe(returns);
        }

        private double maxDrawdown(double[] pnl) {
            double equity = base;
            double peak = base;
            double worst = 0;
            for (double change : pnl) {
                equity += change;
                peak = Math.max(peak, equity);
                worst = Math.max(worst, VariantMetrics.fallFromPeak(peak, equity));
            }
            return worst;
        }
    }
}
