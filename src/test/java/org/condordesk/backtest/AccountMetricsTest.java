package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class AccountMetricsTest {

    private static final LocalDate[] DATES = {LocalDate.of(2021, 1, 29), LocalDate.of(2021, 2, 26),
        LocalDate.of(2021, 3, 31), LocalDate.of(2022, 1, 31)};

    @Test
    void figuresOfAHandMadeEquityCurve() {
        // Equity 100 → 120 → 90 → 150 over 2021-01-29 … 2022-01-31 (367 days = 1.00479 years):
        // CAGR = 1.5^(1/1.00479) − 1 = 49.7 %; drawdown 120 → 90 = 25 %, peak 2021-02-26, trough 2021-03-31;
        // Calmar = 0.4970 / 0.25; worst month March 2021, 90/120 − 1 = −25 %.
        double[] equity = {100, 120, 90, 150};
        // Trades: +30, −10, +5, −40, +20 (20 trades would make the 5 % tail one trade; here ⌈0.25⌉ = 1: the worst, −40).
        double[] trades = {30, -10, 5, -40, 20};
        AccountMetrics m = AccountMetrics.of(DATES, equity, trades);
        double years = 367 / 365.25;
        assertThat(m.cagr()).isCloseTo(Math.pow(1.5, 1 / years) - 1, within(1e-12));
        assertThat(m.maxDrawdown()).isCloseTo(0.25, within(1e-12));
        assertThat(m.drawdownPeak()).contains(LocalDate.of(2021, 2, 26));
        assertThat(m.drawdownTrough()).contains(LocalDate.of(2021, 3, 31));
        assertThat(m.calmar()).isCloseTo(m.cagr() / 0.25, within(1e-12));
        assertThat(m.worstMonth()).isCloseTo(-0.25, within(1e-12));
        assertThat(m.worstMonthOf()).contains(YearMonth.of(2021, 3));
        assertThat(m.cvar95TradePnl()).isEqualTo(-40);
        assertThat(m.winRate()).isCloseTo(0.6, within(1e-12));
        assertThat(m.averageWin()).isCloseTo(55 / 3.0, within(1e-12));
        assertThat(m.averageLoss()).isCloseTo(-25, within(1e-12));
        // Daily returns +20 %, −25 %, +66.67 %: mean 20.556 %, sample sd by hand, × √252.
        double[] r = {0.2, -0.25, 150 / 90.0 - 1};
        double mean = (r[0] + r[1] + r[2]) / 3;
        double sd = Math.sqrt(((r[0] - mean) * (r[0] - mean) + (r[1] - mean) * (r[1] - mean) + (r[2] - mean) * (r[2] - mean)) / 2);
        assertThat(m.volatility()).isCloseTo(sd * Math.sqrt(252), within(1e-12));
        assertThat(m.sharpe()).isCloseTo(mean / sd * Math.sqrt(252), within(1e-12));
        assertThat(m.sortino()).isCloseTo(mean / Math.sqrt(0.25 * 0.25 / 3) * Math.sqrt(252), within(1e-9));
    }

    @Test
    void anAccountAtZeroHasLostEverything() {
        double[] equity = {100, 50, 0, 0};
        AccountMetrics m = AccountMetrics.of(DATES, equity, new double[] {-100});
        assertThat(m.cagr()).isEqualTo(-1);
        assertThat(m.maxDrawdown()).isEqualTo(1);
    }

    @Test
    void theTailIsTheWorstFivePercentOfTrades() {
        // 40 trades 1..40 and −100, −200: ⌈5 % × 42⌉ = 3 worst: −200, −100, 1 → mean −99.67.
        double[] trades = new double[42];
        for (int i = 0; i < 40; i++) {
            trades[i] = i + 1;
        }
        trades[40] = -100;
        trades[41] = -200;
        java.util.Arrays.sort(trades);
        assertThat(AccountMetrics.cvar(trades)).isCloseTo(-299 / 3.0, within(1e-12));
    }
}
