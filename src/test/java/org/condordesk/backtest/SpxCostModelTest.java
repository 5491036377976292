package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.condordesk.model.OptionRight;
import org.condordesk.pricing.Bsm;
import org.junit.jupiter.api.Test;

/**
 * Issue 28 §2: SPX half-spreads by moneyness, tenor and VIX: max(0.05, 0.10 vol points × vega × VIX/20), checked
 * against the published figures docs/backtest.md §1 cites (exchange tick tables; Muravyev &amp; Pearson 2020).
 */
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

    @Test
    void theDefaultStaysBelowThePublishedQuotedHalfSpreadOfStockOptions() {
        // Muravyev & Pearson, "Options Trading Costs Are Lower than You Think", RFS 33(11) 2020, introduction: quoted
        // half-spreads of options on S&P 500 stocks, 2004-2015, averaged 8.6 % of the option price: an upper bound for
        // the more liquid SPX (docs/backtest.md §1 costs). By hand (BSM, r = q = 0, SPX 5000, σ 16 %, VIX 16, 30 days):
        // ATM put 91.49, vega 5.717 -> h = 0.10 × 5.717 × 16/20 = 0.457 (0.50 %); the 16-delta put (K ≈ 4782) 19.72,
        // vega 3.488 -> 0.279 (1.4 %); the 4500 put 0.804, vega 0.388 -> 0.031, so the 0.05 floor (6.2 %).
        double years = 30 / 365.0;
        double[][] strikeHalfSpreadPrice = {{5000, 0.457, 91.49}, {4782.07, 0.279, 19.72}, {4500, 0.05, 0.804}};
        for (double[] c : strikeHalfSpreadPrice) {
            double half = COSTS.spxHalfSpread(handVega(5000, c[0], years, 0.16), 16);
            double price = Bsm.price(OptionRight.PUT, 5000, c[0], years, 0, 0, 0.16);
            assertThat(half).isCloseTo(c[1], within(0.001));
            assertThat(price).isCloseTo(c[2], within(0.01));
            assertThat(half / price).isLessThan(0.086);
        }
    }

    @Test
    void theVixSideDefaultsAreOneTickMarketsOfTheExchangeSpecifications() {
        // CFE VX specification: minimum price interval 0.05 -> a one-tick market's half-spread is 0.025. Cboe VIX
        // option specification: tick 0.10 at 3.00 and above -> 0.05; SPX the same tick table -> the 0.05 floor.
        assertThat(COSTS.vixFutureHalfSpread()).isEqualTo(0.05 / 2);
        assertThat(COSTS.vixOptionHalfSpread()).isEqualTo(0.10 / 2);
        assertThat(COSTS.spxOptionHalfSpread()).isEqualTo(0.10 / 2);
    }
}
