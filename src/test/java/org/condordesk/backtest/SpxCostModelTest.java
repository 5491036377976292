package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.condordesk.model.OptionRight;
import org.condordesk.pricing.Bsm;
import org.junit.jupiter.api.Test;

/** Issue 28 §2: SPX half-spreads by moneyness, tenor and VIX: max(0.05, 0.10 vol points × vega × VIX/20). */
class SpxCostModelTest {

    private static final BacktestConfig.Costs COSTS = BacktestConfig.Costs.defaults();

    /** Vega per vol point by hand: S·φ(d1)·√T / 100, r = q = 0, d1 = (ln(S/K) + σ²T/2)/(σ√T). */
    private static double handVega(double spot, double strike, double years, double vol) {
        double d1 = (Math.log(spot / strike) + vol * vol * years / 2) / (vol * Math.sqrt(years));
        return spot * Math.exp(-d1 * d1 / 2) / Math.sqrt(2 * Math.PI) * Math.sqrt(years) / 100;
    }

    @Test
    void theHalfSpreadIsATenthOfAVolPointOfVegaScaledByVix() {
        // A 14-day 5000 put at SPX 5000, 16 % vol: vega = 5000·φ(0.0148)·√(14/365)/100 ≈ 3.90 points per vol point;
        // at VIX 16: 0.10 × 3.90 × 16/20 ≈ 0.31 points. The engine's BSM vega must agree with the hand formula.
        double years = 14 / 365.0;
        double vega = handVega(5000, 5000, years, 0.16);
        assertThat(Bsm.greeks(OptionRight.PUT, 5000, 5000, years, 0, 0, 0.16).vega() / 100).isCloseTo(vega, within(1e-9));
        assertThat(COSTS.spxHalfSpread(vega, 16)).isCloseTo(0.10 * vega * 16 / 20, within(1e-12));
    }

    @Test
    void itWidensWithVixAndTenorAndNarrowsToTheTickFarOutOfTheMoney() {
        double shortTenor = handVega(5000, 4800, 14 / 365.0, 0.18);
        double longTenor = handVega(5000, 4800, 60 / 365.0, 0.18);
        assertThat(COSTS.spxHalfSpread(longTenor, 18)).isGreaterThan(COSTS.spxHalfSpread(shortTenor, 18));
        assertThat(COSTS.spxHalfSpread(shortTenor, 36)).isCloseTo(2 * COSTS.spxHalfSpread(shortTenor, 18), within(1e-12));
        double farWing = handVega(5000, 4000, 14 / 365.0, 0.30);
        assertThat(COSTS.spxHalfSpread(farWing, 16)).isEqualTo(0.05);
        // The legacy 8-argument costs stay flat (the hand-checked mini history relies on it).
        BacktestConfig.Costs flat = new BacktestConfig.Costs(0.10, 0.05, 0.025, 0, 1, 1, 2.5, 1);
        assertThat(flat.spxHalfSpread(shortTenor, 40)).isEqualTo(0.10);
    }
}
