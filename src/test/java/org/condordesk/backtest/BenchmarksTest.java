package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 28 §1: Cboe's benchmark indices replayed in model mode on the bundled history against their published figures
 * (docs/backtest.md §7 has the table, the sources and the reasons). Tolerances: annual return within 2 %/yr and the
 * average premium within 15 % where the model reproduces the index; where it does not, the test pins the documented
 * gap as a band, so a change that moves the model away from (or towards) the market fails here and the docs are redone.
 */
class BenchmarksTest {

    private static BacktestMarket market;
    private static double[] opens;

    @BeforeAll
    static void load() throws IOException {
        HistoryFiles files = HistoryFiles.bundled(Path.of("samples/history"));
        market = files.load(BacktestConfig.Model.defaults());
        opens = files.spxOpens(market);
    }

    private static BenchmarkRun.Result run(Benchmark benchmark, String from, String to) {
        return BenchmarkRun.run(benchmark, market, opens, LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void putMatchesBondarenkosDecade() {
        // Bondarenko, "An Analysis of Index Option Writing with Monthly and Weekly Rollover" (2016), Jan 2006 – Dec
        // 2015: PUT annual compound return 6.59 %, standard deviation 11.51 %, gross premium 24.1 % a year = 2.008 %
        // per monthly roll. Bondarenko, "Historical Performance of Put-Writing Strategies" (2019), 2006–2018: 1.85 %
        // per roll.
        BenchmarkRun.Result decade = run(Benchmark.PUT, "2006-01-01", "2015-12-31");
        assertThat(decade.annualReturn()).isCloseTo(0.0659, within(0.02));
        assertThat(decade.volatility()).isCloseTo(0.1151, within(0.02));
        assertThat(decade.averagePremiumPct()).isCloseTo(24.1 / 12, within(0.15 * 24.1 / 12));
        assertThat(run(Benchmark.PUT, "2006-01-01", "2018-12-31").averagePremiumPct()).isCloseTo(1.85, within(0.15 * 1.85));
    }

    @Test
    void wputMatchesBondarenkosWeeklyFigures() {
        // Bondarenko (2016), Jan 2006 – Dec 2015: WPUT 5.61 % a year, gross premium 39.3 % a year = 0.756 % per
        // weekly roll; Bondarenko, "Historical Performance of Put-Writing Strategies" (Cboe RMC slides, 2019),
        // 2006–2018: 0.71 % per weekly roll. Inside the 2 %/yr and 15 % aims since the SVI-type put wing (docs §7).
        BenchmarkRun.Result wput = run(Benchmark.WPUT, "2006-01-01", "2015-12-31");
        assertThat(wput.annualReturn()).isCloseTo(0.0561, within(0.02));
        assertThat(wput.averagePremiumPct()).isCloseTo(0.756, within(0.15 * 0.756));
        assertThat(run(Benchmark.WPUT, "2006-01-01", "2018-12-31").averagePremiumPct()).isCloseTo(0.71, within(0.15 * 0.71));
    }

    @Test
    void putIndicesSellTheFirstStrikeBelowTheIndex() {
        // Cboe's PUT roll records (cboe.com benchmark roll information, 2021): reference price 4178.75 → new strike
        // 4175, 3913.49 → 3910, 3926.93 → 3925; a level on the grid is its own strike.
        assertThat(BenchmarkRun.putStrike(4178.75)).isEqualTo(4175);
        assertThat(BenchmarkRun.putStrike(3913.49)).isEqualTo(3910);
        assertThat(BenchmarkRun.putStrike(3926.93)).isEqualTo(3925);
        assertThat(BenchmarkRun.putStrike(4000)).isEqualTo(4000);
    }

    @Test
    void bxmMatchesCallanAndCboesLowVolPremium() {
        // Callan Associates (via MoneySense), June 1988 – 2006: BXM 11.77 % a year, standard deviation 9.29 %; the
        // bundled history starts in 1990, so the replay runs 1990-01 – 2006-12 (1.5 years shorter; docs §7).
        BenchmarkRun.Result long_ = run(Benchmark.BXM, "1990-01-01", "2006-12-31");
        assertThat(long_.annualReturn()).isCloseTo(0.1177, within(0.02));
        assertThat(long_.volatility()).isCloseTo(0.0929, within(0.02));
        // Cboe Options Hub, 2018-02-02: "over the past two years, the premiums for the BXM Index have averaged 1.1 %
        // per month" (Feb 2016 – Jan 2018, VIX mostly 10–14): within the 15 % aim (docs §7; the model's ATM is ~0.80 ×
        // VIX there, Cboe's early-2017 figures give 10.0 / 12.6 = 0.79).
        assertThat(run(Benchmark.BXM, "2016-02-01", "2018-01-31").averagePremiumPct()).isCloseTo(1.1, within(0.15 * 1.1));
    }

    @Test
    void cndrDoesNotReproduceTheIndexsLostDecade() {
        // The CNDR index went from 771.31 (Jan 2010) to 713.49 (Jan 2019), −0.86 % a year (index values read from
        // Cboe's CNDR dashboard chart by the-lazy-trader.com, 2019); Black and Szado (2016), mid-1986 – 2015: 7.09 % a
        // year, standard deviation 7.23 %. The model earns 2–5 %/yr more over 2010–2019 (6.7 %/yr before the SVI-type
        // put wing gave the smile the index's SKEW): it lacks the index's real fills and the upside moves that breached
        // the short calls (docs §7). Its volatility is of the index's size.
        BenchmarkRun.Result decade = run(Benchmark.CNDR, "2010-01-15", "2019-01-18");
        assertThat(decade.annualReturn() - (-0.0086)).isBetween(0.02, 0.05);
        BenchmarkRun.Result long_ = run(Benchmark.CNDR, "1990-01-01", "2015-12-31");
        assertThat(long_.volatility()).isCloseTo(0.0723, within(0.02));
    }

    @Test
    void bflyKeepsItsWorstMonthNearCboes() {
        // Cboe Options Hub, 2016-07-01 ("Less left-tail risk for BFLY index"), June 1986 – June 2016: BFLY's worst
        // month was −5.6 %; no annual figure for BFLY was found in the sources (docs §7). With the T-bills covering
        // ten times the wing width, a month can lose at most a tenth of the account: the replay's worst month over
        // 1990-01 – 2016-06 must lie between −10 % and −3 %.
        BenchmarkRun.Result bfly = run(Benchmark.BFLY, "1990-01-01", "2016-06-30");
        double[] monthEnds = BenchmarkRun.monthEnds(bfly.dates(), bfly.values());
        double worst = 0;
        for (int i = 1; i < monthEnds.length; i++) {
            worst = Math.min(worst, monthEnds[i] / monthEnds[i - 1] - 1);
        }
        assertThat(worst).isBetween(-0.10, -0.03);
    }

    @Test
    void statisticsAreThoseOfTheMonthEndSeries() {
        // By hand: month-end values 100, 110, 99, 118.8 → returns +10 %, −10 %, +20 %; mean 6.667 %, sample sd
        // √(((3.333)² + (16.667)² + (13.333)²)/2) % = 15.275 %, × √12 = 52.915 %; the drawdown 110 → 99 is 10 %.
        double[] series = {100, 110, 99, 118.8};
        assertThat(BenchmarkRun.monthlyVolatility(series)).isCloseTo(0.52915, within(1e-4));
        assertThat(BenchmarkRun.maxDrawdown(series)).isCloseTo(0.10, within(1e-12));
    }
}
