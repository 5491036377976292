package org.condordesk.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.condordesk.model.OptionRight.CALL;
import static org.condordesk.model.OptionRight.PUT;

import java.util.List;
import java.util.stream.Stream;

import org.condordesk.model.OptionRight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class BsmTest {

    @Test
    void hullCallAndPutSixMonthsOnANonDividendStock() {
        // Hull, "Options, Futures, and Other Derivatives", chapter "The Black-Scholes-Merton Model", worked
        // example: S0 = 42, K = 40, r = 10 %, σ = 20 %, T = 0.5 → c = 4.76, p = 0.81.
        double call = Bsm.price(CALL, 42, 40, 0.5, 0.10, 0.0, 0.20);
        double put = Bsm.price(PUT, 42, 40, 0.5, 0.10, 0.0, 0.20);
        assertThat(call).isCloseTo(4.76, within(0.005));
        assertThat(put).isCloseTo(0.81, within(0.005));
        // the same inputs at 40 digits (mpmath 1.3.0): 4.759422392871533395…, 0.808599372900093653…
        assertThat(call).isCloseTo(4.759422392871533, within(1e-13));
        assertThat(put).isCloseTo(0.8085993729000937, within(1e-13));
    }

    @Test
    void hullGreeksOfTheHundredThousandOptionExample() {
        // Hull, chapter "The Greek Letters": S0 = 49, K = 50, r = 5 %, σ = 20 %, T = 20 weeks (20/52), no
        // dividend → Δ = 0.522, Γ = 0.066, vega = 12.1 (per 1.00 of σ), Θ = −4.31 per year, ρ = 8.91.
        OptionGreeks greeks = Bsm.greeks(CALL, 49, 50, 20.0 / 52, 0.05, 0.0, 0.20);
        assertThat(greeks.price()).isCloseTo(2.40, within(0.005));
        assertThat(greeks.delta()).isCloseTo(0.522, within(0.0005));
        assertThat(greeks.gamma()).isCloseTo(0.066, within(0.0005));
        assertThat(greeks.vega()).isCloseTo(12.1, within(0.05));
        assertThat(greeks.theta()).isCloseTo(-4.31, within(0.005));
        assertThat(greeks.rho()).isCloseTo(8.91, within(0.005));
        assertThat(greeks.vegaPerVolPoint()).isCloseTo(0.121, within(0.0005));
        assertThat(greeks.thetaPerDay()).isCloseTo(-4.31 / 365, within(0.00002));
        assertThat(greeks.rhoPerPoint()).isCloseTo(0.0891, within(0.00005));
        // the same at 40 digits (mpmath 1.3.0), including vanna and volga, which Hull does not tabulate
        assertThat(greeks.price()).isCloseTo(2.400527323271715, within(1e-13));
        assertThat(greeks.delta()).isCloseTo(0.5216046610663964, within(1e-15));
        assertThat(greeks.gamma()).isCloseTo(0.0655440393478444, within(1e-15));
        assertThat(greeks.vega()).isCloseTo(12.1054798826288, within(1e-12));
        assertThat(greeks.theta()).isCloseTo(-4.305329822932573, within(1e-12));
        assertThat(greeks.rho()).isCloseTo(8.90696194960835, within(1e-12));
        assertThat(greeks.vanna()).isCloseTo(0.1391329682341818, within(1e-14));
        assertThat(greeks.volga()).isCloseTo(-0.2290811178587372, within(1e-13));
    }

    @Test
    void hullIndexCallWithDividendYield() {
        // Hull, chapter "Options on Stock Indices and Currencies", worked example: index 930, K = 900,
        // r = 8 %, q = 3 %, σ = 20 %, T = 2 months → c = 51.83 (mpmath 1.3.0: 51.83295679649084889…).
        double call = Bsm.price(CALL, 930, 900, 2.0 / 12, 0.08, 0.03, 0.20);
        assertThat(call).isCloseTo(51.83, within(0.005));
        assertThat(call).isCloseTo(51.83295679649085, within(1e-12));
    }

    static Stream<PricingCase> bsmCases() {
        return PricingCase.random(20_240_601L, 400).filter(c -> c.model() == PricingCase.Model.BSM);
    }

    @ParameterizedTest
    @MethodSource("bsmCases")
    void putCallParityHoldsForPricesAndGreeks(PricingCase input) {
        OptionGreeks call = input.withRight(CALL).greeks();
        OptionGreeks put = input.withRight(PUT).greeks();
        double spotPv = input.discountedForward();
        double strikePv = input.discountedStrike();
        double scale = 1e-14 * (spotPv + strikePv);
        // C − P = S e^(−qT) − K e^(−rT); the greeks of that forward: Δ = e^(−qT), θ = qS e^(−qT) − rK e^(−rT),
        // ρ = T K e^(−rT); gamma, vega, vanna and volga are equal for call and put.
        assertThat(call.price() - put.price()).isCloseTo(spotPv - strikePv, within(scale));
        assertThat(Bsm.price(CALL, input.underlying(), input.strike(), input.years(), input.rate(), input.yield(),
                input.vol())).isEqualTo(call.price());
        assertThat(call.delta() - put.delta()).isCloseTo(Math.exp(-input.yield() * input.years()), within(1e-15));
        assertThat(call.theta() - put.theta())
                .isCloseTo(input.yield() * spotPv - input.rate() * strikePv, within(scale));
        assertThat(call.rho() - put.rho()).isCloseTo(input.years() * strikePv, within(scale));
        assertThat(call.gamma()).isEqualTo(put.gamma());
        assertThat(call.vega()).isEqualTo(put.vega());
        assertThat(call.vanna()).isEqualTo(put.vanna());
        assertThat(call.volga()).isEqualTo(put.volga());
    }

    @Test
    void expiredOptionIsWorthItsPayoffWithUnitOrHalfDelta() {
        for (double years : new double[] {0.0, -0.01}) {
            assertGreeks(Bsm.greeks(CALL, 105, 100, years, 0.05, 0.02, 0.2), 5, 1);
            assertGreeks(Bsm.greeks(PUT, 105, 100, years, 0.05, 0.02, 0.2), 0, 0);
            assertGreeks(Bsm.greeks(PUT, 95, 100, years, 0.05, 0.02, 0.2), 5, -1);
            assertGreeks(Bsm.greeks(CALL, 100, 100, years, 0.05, 0.02, 0.2), 0, 0.5);
            assertGreeks(Bsm.greeks(PUT, 100, 100, years, 0.05, 0.02, 0.2), 0, -0.5);
            assertThat(Bsm.price(PUT, 95, 100, years, 0.05, 0.02, 0.2)).isEqualTo(5);
        }
    }

    @Test
    void zeroVolGivesTheDiscountedForwardPayoffAndItsThetaAndRho() {
        double years = 0.5;
        double rate = 0.05;
        double yield = 0.01;
        double spotPv = 100 * Math.exp(-yield * years);
        double strikePv = 95 * Math.exp(-rate * years);
        OptionGreeks call = Bsm.greeks(CALL, 100, 95, years, rate, yield, 0.0);
        assertThat(call.price()).isEqualTo(spotPv - strikePv);
        assertThat(call.delta()).isEqualTo(Math.exp(-yield * years));
        assertThat(call.theta()).isCloseTo(yield * spotPv - rate * strikePv, within(1e-14));
        assertThat(call.rho()).isCloseTo(years * strikePv, within(1e-14));
        assertThat(call.gamma()).isZero();
        assertThat(call.vega()).isZero();
        OptionGreeks put = Bsm.greeks(PUT, 100, 95, years, rate, yield, 0.0);
        assertGreeks(put, 0, 0);
        // exactly at the money forward (r = q, S = K): half weights, and vega → S e^(−qT) √T φ(0)
        OptionGreeks atTheMoney = Bsm.greeks(CALL, 100, 100, years, 0.03, 0.03, 0.0);
        assertThat(atTheMoney.price()).isZero();
        assertThat(atTheMoney.delta()).isCloseTo(0.5 * Math.exp(-0.03 * years), within(1e-16));
        assertThat(atTheMoney.vega()).isCloseTo(100 * Math.exp(-0.03 * years) * Math.sqrt(years) * Normal.pdf(0),
                within(1e-13));
    }

    @Test
    void tinyVolJoinsTheZeroVolLimitContinuously() {
        for (OptionRight right : OptionRight.values()) {
            for (double strike : new double[] {90, 99.99, 100, 100.01, 110}) {
                OptionGreeks limit = Bsm.greeks(right, 100, strike, 0.25, 0.02, 0.0, 0.0);
                OptionGreeks closedForm = Bsm.greeks(right, 100, strike, 0.25, 0.02, 0.0, 4e-12);
                assertThat(closedForm.price()).isCloseTo(limit.price(), within(1e-9));
                assertThat(closedForm.delta()).isCloseTo(limit.delta(), within(1e-9));
                assertThat(closedForm.theta()).isCloseTo(limit.theta(), within(1e-9));
                assertThat(closedForm.rho()).isCloseTo(limit.rho(), within(1e-9));
                assertAllFinite(closedForm);
            }
        }
    }

    @Test
    void atTheMoneyForwardJustAboveTheLimitHasHugeButFiniteGamma() {
        // r = q and S = K: ln(F/K) = 0, so d1 = s/2 and gamma = φ/(S·s) with s = 2e-12
        OptionGreeks greeks = Bsm.greeks(CALL, 100, 100, 1.0, 0.02, 0.02, 2e-12);
        assertAllFinite(greeks);
        assertThat(greeks.gamma()).isCloseTo(Math.exp(-0.02) * Normal.pdf(0) / (100 * 2e-12), within(1e3));
    }

    @Test
    void hugeAndTinyStrikesGiveZeroOrTheDiscountedIntrinsic() {
        double years = 1;
        for (double strike : new double[] {1e6, 1e12, 1e100}) {
            // ln(K/S) ≥ 9.2 at 30 % vol: d1 ≤ −30, the call is worth less than 1e-200 (0 beyond 1e12)
            assertThat(Bsm.price(CALL, 100, strike, years, 0.05, 0.01, 0.3)).isBetween(0.0, 1e-200);
            assertThat(Bsm.price(PUT, 100, strike, years, 0.05, 0.01, 0.3))
                    .isCloseTo(strike * Math.exp(-0.05) - 100 * Math.exp(-0.01), within(1e-15 * strike));
            assertAllFinite(Bsm.greeks(CALL, 100, strike, years, 0.05, 0.01, 0.3));
            assertAllFinite(Bsm.greeks(PUT, 100, strike, years, 0.05, 0.01, 3.0));
        }
        for (double strike : new double[] {1e-3, 1e-12, 1e-100}) {
            assertThat(Bsm.price(CALL, 100, strike, years, 0.05, 0.01, 0.3))
                    .isCloseTo(100 * Math.exp(-0.01) - strike * Math.exp(-0.05), within(1e-13));
            assertThat(Bsm.price(PUT, 100, strike, years, 0.05, 0.01, 0.3)).isBetween(0.0, 1e-200);
            assertThat(Bsm.greeks(CALL, 100, strike, years, 0.05, 0.01, 0.3).delta())
                    .isCloseTo(Math.exp(-0.01), within(1e-15));
            assertAllFinite(Bsm.greeks(PUT, 100, strike, years, 0.05, 0.01, 0.3));
        }
    }

    @Test
    void greeksStayFiniteAtTheCornersOfTheInputDomain() {
        double[] levels = {1e-100, 1e-3, 1, 5000, 1e100};
        double[] vols = {0, 1e-13, 1e-12, 1e-6, 0.2, 10};
        double[] tenors = {1e-12, 1.0 / 365, 1, 100};
        double[] rates = {-1, 0, 1};
        for (double spot : levels) {
            for (double strike : levels) {
                for (double vol : vols) {
                    for (double years : tenors) {
                        for (double rate : rates) {
                            assertAllFinite(Bsm.greeks(CALL, spot, strike, years, rate, -rate, vol));
                            assertAllFinite(Bsm.greeks(PUT, spot, strike, years, rate, 0.5 * rate, vol));
                        }
                    }
                }
            }
        }
    }

    @Test
    void badInputIsRejectedWithAOneLineMessageNamingTheField() {
        assertRejected(() -> Bsm.price(CALL, Double.NaN, 100, 1, 0, 0, 0.2), "spot must be a finite number, got NaN");
        assertRejected(() -> Bsm.price(CALL, -5, 100, 1, 0, 0, 0.2), "spot must be > 0, got -5");
        assertRejected(() -> Bsm.price(CALL, 100, 0, 1, 0, 0, 0.2), "strike must be > 0, got 0");
        assertRejected(() -> Bsm.price(CALL, 100, 1e200, 1, 0, 0, 0.2), "strike must be between 1e-100 and 1e100");
        assertRejected(() -> Bsm.greeks(CALL, 100, 100, 1, 0, 0, -0.2), "vol must be >= 0, got -0.2");
        assertRejected(() -> Bsm.greeks(CALL, 100, 100, 1, 0, 0, Double.NaN), "vol must be a finite number, got NaN");
        assertRejected(() -> Bsm.greeks(CALL, 100, 100, 1, 0, 0, 20), "vol must be a decimal of at most 10");
        assertRejected(() -> Bsm.price(CALL, 100, 100, 1, 5, 0, 0.2), "rate must be a decimal between -1 and 1");
        assertRejected(() -> Bsm.price(CALL, 100, 100, 1, 0, Double.NaN, 0.2), "yield must be a finite number");
        assertRejected(() -> Bsm.price(CALL, 100, 100, Double.NaN, 0, 0, 0.2), "years must be a finite number");
        assertRejected(() -> Bsm.price(CALL, 100, 100, 150, 0, 0, 0.2), "years must be at most 100, got 150");
        assertRejected(() -> Bsm.price(null, 100, 100, 1, 0, 0, 0.2), "right is missing");
    }

    static void assertRejected(Runnable call, String messageStart) {
        assertThatThrownBy(call::run).isInstanceOf(PricingException.class)
                .hasMessageStartingWith(messageStart)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    static void assertGreeks(OptionGreeks greeks, double price, double delta) {
        assertThat(greeks).isEqualTo(new OptionGreeks(price, delta, 0, 0, 0, 0, 0, 0));
    }

    static void assertAllFinite(OptionGreeks g) {
        assertThat(List.of(g.price(), g.delta(), g.gamma(), g.vega(), g.theta(), g.rho(), g.vanna(), g.volga()))
                .as("%s", g).allMatch(Double::isFinite);
    }
}
