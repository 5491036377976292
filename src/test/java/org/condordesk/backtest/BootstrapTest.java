package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.apache.commons.math3.stat.StatUtils;
import org.condordesk.model.ValidationException;
import org.junit.jupiter.api.Test;

/** The stationary block bootstrap against hand formulas and a published standard error. */
class BootstrapTest {

    private static final double BASE = 100_000;

    @Test
    void blocksAreGeometricWithTheStatedMeanLength() {
        // Politis & Romano (1994): a block ends after each day with probability p = 1/L, so block lengths are
        // geometric with mean L. Count the jumps (a day not followed by its successor) over many paths.
        int n = 5_000;
        double meanBlock = 20;
        int[] days = new int[n];
        SplittableRandom random = new SplittableRandom(7);
        long blocks = 0;
        long length = 0;
        for (int path = 0; path < 200; path++) {
            Bootstrap.resampleDays(random, n, meanBlock, days);
            blocks++;
            for (int i = 1; i < n; i++) {
                if (days[i] != (days[i - 1] + 1) % n) {
                    blocks++;
                }
            }
            length += n;
        }
        double observed = (double) length / blocks;
        // About 50,000 blocks: the mean of a geometric(1/20) has sd √(1−p)/p ≈ 19.5, so the standard error of the mean
        // is ≈ 0.09; a random jump back to the next day (1 in 5,000) is negligible. Within 4 standard errors.
        assertThat(observed).isCloseTo(meanBlock, within(0.4));
    }

    @Test
    void sharpeIntervalOfIidReturnsMatchesLosStandardError() {
        // Lo, "The Statistics of Sharpe Ratios" (Financial Analysts Journal 58(4), 2002), eq. 9: for i.i.d. returns the
        // daily Sharpe ratio SR has standard error √((1 + SR²/2)/n); annualised by √252. With blocks of one day the
        // stationary bootstrap is the i.i.d. bootstrap, so its 95 % interval is ≈ ±1.96 standard errors.
        int n = 2_520;
        SplittableRandom random = new SplittableRandom(42);
        double[] pnl = new double[n];
        for (int i = 0; i < n; i++) {
            pnl[i] = BASE * (0.0004 + 0.01 * gaussian(random));
        }
        BacktestResult result = result(List.of(variant("No hedge", BacktestConfig.HedgeKind.NONE, pnl)));
        Bootstrap.Interval sharpe = Bootstrap.of(result, new Bootstrap.Settings(2_000, 1, 1)).variants().get(0).sharpe();
        double[] returns = java.util.Arrays.stream(pnl).map(p -> p / BASE).toArray();
        double dailySharpe = StatUtils.mean(returns) / Math.sqrt(StatUtils.variance(returns));
        double standardError = Math.sqrt((1 + dailySharpe * dailySharpe / 2) / n) * Math.sqrt(252);
        double halfWidth = (sharpe.upper() - sharpe.lower()) / 2;
        // 2,000 resamples estimate a 2.5 % quantile to a few per cent; allow 12 % of the half-width.
        assertThat(halfWidth).isCloseTo(1.96 * standardError, within(0.12 * 1.96 * standardError));
        assertThat(sharpe.estimate()).isCloseTo(dailySharpe * Math.sqrt(252), within(1e-12));
        assertThat(sharpe.lower()).isLessThan(sharpe.estimate());
        assertThat(sharpe.upper()).isGreaterThan(sharpe.estimate());
    }

    @Test
    void theEstimatesAreTheVariantsOwnFigures() {
        // The point estimate of each interval is the figure VariantMetrics computes on the same path (a second
        // computation of annual return, Sharpe and drawdown).
        SplittableRandom random = new SplittableRandom(3);
        double[] pnl = new double[600];
        for (int i = 0; i < pnl.length; i++) {
            pnl[i] = 800 * gaussian(random) + 60;
        }
        VariantResult variant = variant("No hedge", BacktestConfig.HedgeKind.NONE, pnl);
        Bootstrap.VariantIntervals ci = Bootstrap.of(result(List.of(variant)), Bootstrap.Settings.defaults())
                .variants().get(0);
        assertThat(ci.annualReturn().estimate()).isCloseTo(variant.metrics().annualReturn(), within(1e-12));
        assertThat(ci.sharpe().estimate()).isCloseTo(variant.metrics().sharpe(), within(1e-12));
        assertThat(ci.maxDrawdown().estimate()).isCloseTo(variant.metrics().maxDrawdown(), within(1e-12));
    }

    @Test
    void aConstantDailyPnlHasADegenerateReturnInterval() {
        // Every resample of a constant series has the same total, so the annual return's interval is one point:
        // (1 + 500·n/base)^(1/years) − 1 by hand. Its drawdown is 0 in every resample.
        double[] pnl = new double[300];
        java.util.Arrays.fill(pnl, 500);
        BacktestResult result = result(List.of(variant("No hedge", BacktestConfig.HedgeKind.NONE, pnl)));
        Bootstrap.VariantIntervals ci = Bootstrap.of(result, Bootstrap.Settings.defaults()).variants().get(0);
        double years = java.time.temporal.ChronoUnit.DAYS.between(result.firstDay(), result.lastDay()) / 365.25;
        double expected = Math.pow(1 + 500.0 * 300 / BASE, 1 / years) - 1;
        assertThat(ci.annualReturn().lower()).isCloseTo(expected, within(1e-9));
        assertThat(ci.annualReturn().upper()).isCloseTo(expected, within(1e-9));
        assertThat(ci.maxDrawdown().upper()).isZero();
    }

    @Test
    void identicalVariantsDifferByExactlyNothing() {
        // Paired resampling: the same days for every variant, so a "hedge" with the same P&L differs by 0 in every
        // resample, and its Sharpe is never higher.
        SplittableRandom random = new SplittableRandom(11);
        double[] pnl = new double[500];
        for (int i = 0; i < pnl.length; i++) {
            pnl[i] = 1_000 * gaussian(random);
        }
        BacktestResult result = result(List.of(variant("No hedge", BacktestConfig.HedgeKind.NONE, pnl),
                variant("Fixed", BacktestConfig.HedgeKind.FIXED, pnl)));
        Bootstrap.VariantIntervals fixed = Bootstrap.of(result, Bootstrap.Settings.defaults()).variants().get(1);
        Bootstrap.Difference difference = fixed.versusUnhedged().orElseThrow();
        assertThat(difference.versus()).isEqualTo("No hedge");
        assertThat(difference.sharpe().lower()).isZero();
        assertThat(difference.sharpe().upper()).isZero();
        assertThat(difference.annualReturn().upper()).isZero();
        assertThat(difference.maxDrawdown().lower()).isZero();
        assertThat(difference.shareSharpeImproved()).isZero();
        assertThat(Bootstrap.of(result, Bootstrap.Settings.defaults()).variants().get(0).versusUnhedged()).isEmpty();
    }

    @Test
    void aHedgeThatOnlyAddsADailyGainImprovesSharpeInEveryResample() {
        // A variant whose P&L is the unhedged P&L + $100 every day has a higher mean and the same sd on every resample:
        // its Sharpe is higher in 100 % of them and the return difference is positive.
        SplittableRandom random = new SplittableRandom(5);
        double[] pnl = new double[500];
        double[] better = new double[500];
        for (int i = 0; i < pnl.length; i++) {
            pnl[i] = 1_000 * gaussian(random);
            better[i] = pnl[i] + 100;
        }
        BacktestResult result = result(List.of(variant("No hedge", BacktestConfig.HedgeKind.NONE, pnl),
                variant("ALVH", BacktestConfig.HedgeKind.ALVH, better)));
        Bootstrap.Difference difference = Bootstrap.of(result, Bootstrap.Settings.defaults()).variants().get(1)
                .versusUnhedged().orElseThrow();
        assertThat(difference.shareSharpeImproved()).isEqualTo(1.0);
        assertThat(difference.annualReturn().lower()).isPositive();
    }

    @Test
    void theSameSeedGivesTheSameIntervals() {
        SplittableRandom random = new SplittableRandom(9);
        double[] pnl = new double[400];
        for (int i = 0; i < pnl.length; i++) {
            pnl[i] = 700 * gaussian(random) + 30;
        }
        BacktestResult result = result(List.of(variant("No hedge", BacktestConfig.HedgeKind.NONE, pnl)));
        Bootstrap.Settings settings = new Bootstrap.Settings(500, 10, 123);
        assertThat(Bootstrap.of(result, settings)).isEqualTo(Bootstrap.of(result, settings));
    }

    @Test
    void settingsOutsideTheirRangeAreRefusedByName() {
        assertThatThrownBy(() -> new Bootstrap.Settings(10, 20, 1)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("bootstrap.resamples");
        assertThatThrownBy(() -> new Bootstrap.Settings(1000, 0.5, 1)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("bootstrap.meanBlockDays");
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller: two uniforms to one standard normal.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static LocalDate[] weekdays(int n) {
        LocalDate[] dates = new LocalDate[n];
        LocalDate day = LocalDate.of(2015, 1, 5);
        for (int i = 0; i < n; i++) {
            while (day.getDayOfWeek().getValue() > 5) {
                day = day.plusDays(1);
            }
            dates[i] = day;
            day = day.plusDays(1);
        }
        return dates;
    }

    private static VariantResult variant(String name, BacktestConfig.HedgeKind kind, double[] dailyPnl) {
        int n = dailyPnl.length;
        LocalDate[] dates = weekdays(n);
        double[] cumulative = new double[n];
        double[] capital = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += dailyPnl[i];
            cumulative[i] = total;
            capital[i] = BASE;
        }
        VariantMetrics metrics = VariantMetrics.of(dates, cumulative, capital, List.of(), 0.05, List.of());
        return new VariantResult(name, kind, dates, cumulative, capital, List.of(), List.of(), metrics);
    }

    private static BacktestResult result(List<VariantResult> variants) {
        LocalDate[] dates = variants.get(0).dates();
        return new BacktestResult(dates[0], dates[dates.length - 1], List.of(), variants);
    }
}
