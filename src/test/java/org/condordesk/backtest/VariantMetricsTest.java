package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The figures on a hand-made P&L path. */
class VariantMetricsTest {

    private static final LocalDate[] DATES = {LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 3),
        LocalDate.of(2024, 1, 4), LocalDate.of(2024, 1, 5)};

    private static VariantResult result(double[] cumulative) {
        double[] capital = {100, 100, 60, 0};
        VariantMetrics metrics = VariantMetrics.of(DATES, cumulative, capital, List.of(), 0.05, List.of(DATES[2]));
        return new VariantResult("v", BacktestConfig.HedgeKind.NONE, DATES, cumulative, capital, List.of(), List.of(),
                metrics);
    }

    @Test
    void anAccountThatLosesMoreThanItHoldsIsWipedOutAtOneHundredPercent() {
        VariantResult result = result(new double[] {0, 50, -200, -150});
        VariantMetrics m = result.metrics();
        // Base = the most capital in use = 100. Equity 100, 150, −100, −50: the peak 150 falls by 250 = 167 % of it,
        // shown as 100 % (wiped out); the dollars are not capped.
        assertThat(m.capitalBase()).isEqualTo(100);
        assertThat(m.maxDrawdown()).isEqualTo(1.0);
        assertThat(m.maxDrawdownDollars()).isEqualTo(250);
        assertThat(m.drawdownPeak()).contains(DATES[1]);
        assertThat(m.drawdownTrough()).contains(DATES[2]);
        assertThat(result.ruinDate()).contains(DATES[2]);
        // On the base: the P&L's high 50 to its low −200 = 250 over 100.
        assertThat(result.maxDrawdownOnCapitalBase()).isEqualTo(2.5);
        assertThat(result.drawdown()).containsExactly(0, 0, 1, 1);
        // A total return of −150 % is a lost account: −100 % a year.
        assertThat(m.totalReturn()).isEqualTo(-1.5);
        assertThat(m.annualReturn()).isEqualTo(-1);
        // The stress day's P&L is that day's change: −200 − 50.
        assertThat(m.stressPnl()).containsEntry(DATES[2], -250.0);
    }

    @Test
    void aFallWithinTheAccountIsAFractionOfThePeak() {
        VariantResult result = result(new double[] {0, 20, -10, 5});
        // Equity 100, 120, 90, 105: the fall 120 → 90 is 30/120 = 25 %; on the base 30/100.
        assertThat(result.metrics().maxDrawdown()).isCloseTo(0.25, within(1e-12));
        assertThat(result.metrics().drawdownRecovery()).isEqualTo(Optional.empty());
        assertThat(result.maxDrawdownOnCapitalBase()).isCloseTo(0.30, within(1e-12));
        assertThat(result.ruinDate()).isEmpty();
        // Total 5 on a base of 100 over 3 calendar days, compounded to a year of 365.25 days: 1.05^(365.25/3) − 1.
        assertThat(result.metrics().annualReturn()).isCloseTo(Math.pow(1.05, 365.25 / 3) - 1, within(1e-6));
    }
}
