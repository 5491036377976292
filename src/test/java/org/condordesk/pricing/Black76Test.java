package org.condordesk.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.condordesk.model.OptionRight.CALL;
import static org.condordesk.model.OptionRight.PUT;
import static org.condordesk.pricing.BsmTest.assertAllFinite;
import static org.condordesk.pricing.BsmTest.assertGreeks;
import static org.condordesk.pricing.BsmTest.assertRejected;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Black76Test {

    @Test
    void hullFourMonthFuturesPut() {
        // Hull, chapter "Futures Options and Black's Model", worked example of a European put on a futures
        // price: T = 4 months, F0 = K = 60, r = 9 %, σ = 25 % → d1 = 0.07216, p = 3.35. Earlier editions use
        // F0 = K = 20 → p = 1.12. Both recomputed with mpmath 1.3.0 at 40 digits: 3.349924369676830…,
        // 1.116641456558943…; Black-76 is homogeneous of degree 1 in (F, K), so the second is the first / 3.
        assertThat(Black76.price(PUT, 60, 60, 4.0 / 12, 0.09, 0.25)).isCloseTo(3.35, within(0.005));
        assertThat(Black76.price(PUT, 60, 60, 4.0 / 12, 0.09, 0.25)).isCloseTo(3.34992436967683, within(1e-13));
        assertThat(Black76.price(PUT, 20, 20, 4.0 / 12, 0.09, 0.25)).isCloseTo(1.12, within(0.005));
        assertThat(Black76.price(PUT, 20, 20, 4.0 / 12, 0.09, 0.25)).isCloseTo(1.116641456558943, within(1e-14));
    }

    @Test
    void greeksOfTheHullFuturesPutMatchFortyDigitValues() {
        // F = K = 60, T = 4/12, r = 9 %, σ = 25 %; greeks w.r.t. F with F held for θ and ρ, from the closed
        // forms evaluated in mpmath 1.3.0 at 40 digits (Hull tabulates only the price).
        OptionGreeks put = Black76.greeks(PUT, 60, 60, 4.0 / 12, 0.09, 0.25);
        assertThat(put.price()).isCloseTo(3.34992436967683, within(1e-13));
        assertThat(put.delta()).isCloseTo(-0.4573067303602805, within(1e-15));
        assertThat(put.gamma()).isCloseTo(0.04458816755378187, within(1e-15));
        assertThat(put.vega()).isCloseTo(13.37645026613456, within(1e-12));
        assertThat(put.theta()).isCloseTo(-4.714675656529546, within(1e-12));
        assertThat(put.rho()).isCloseTo(-1.116641456558943, within(1e-13));
        assertThat(put.vanna()).isCloseTo(0.1114704188844547, within(1e-14));
        assertThat(put.volga()).isCloseTo(-0.2786760472111367, within(1e-13));
    }

    @Test
    void black76EqualsBsmWhenTheYieldEqualsTheRate() {
        // A futures price is a spot paying a yield equal to the rate: F = S e^((r − q)T) = S when q = r.
        // Prices, gammas and vegas agree; theta and rho differ by design (Black-76 holds F, BSM holds S).
        for (double strike : new double[] {12, 18, 25, 40}) {
            OptionGreeks black = Black76.greeks(CALL, 20, strike, 0.2, 0.04, 0.9);
            OptionGreeks bsm = Bsm.greeks(CALL, 20, strike, 0.2, 0.04, 0.04, 0.9);
            assertThat(black.price()).isCloseTo(bsm.price(), within(1e-14));
            assertThat(black.delta()).isCloseTo(bsm.delta(), within(1e-15));
            assertThat(black.gamma()).isCloseTo(bsm.gamma(), within(1e-15));
            assertThat(black.vega()).isCloseTo(bsm.vega(), within(1e-14));
            assertThat(black.vanna()).isCloseTo(bsm.vanna(), within(1e-14));
            assertThat(black.volga()).isCloseTo(bsm.volga(), within(1e-13));
        }
    }

    static Stream<PricingCase> black76Cases() {
        return PricingCase.random(20_240_602L, 400).filter(c -> c.model() == PricingCase.Model.BLACK76);
    }

    @ParameterizedTest
    @MethodSource("black76Cases")
    void putCallParityHoldsForPricesAndGreeks(PricingCase input) {
        OptionGreeks call = input.withRight(CALL).greeks();
        OptionGreeks put = input.withRight(PUT).greeks();
        double discount = Math.exp(-input.rate() * input.years());
        double forwardValue = discount * (input.underlying() - input.strike());
        double scale = 1e-14 * discount * (input.underlying() + input.strike());
        // C − P = e^(−rT)(F − K): Δ = e^(−rT), θ = r·(C − P), ρ = −T·(C − P); the rest equal
        assertThat(call.price() - put.price()).isCloseTo(forwardValue, within(scale));
        assertThat(Black76.price(CALL, input.underlying(), input.strike(), input.years(), input.rate(), input.vol()))
                .isEqualTo(call.price());
        assertThat(call.delta() - put.delta()).isCloseTo(discount, within(1e-15));
        assertThat(call.theta() - put.theta()).isCloseTo(input.rate() * forwardValue, within(scale));
        assertThat(call.rho() - put.rho()).isCloseTo(-input.years() * forwardValue, within(scale));
        assertThat(call.gamma()).isEqualTo(put.gamma());
        assertThat(call.vega()).isEqualTo(put.vega());
        assertThat(call.vanna()).isEqualTo(put.vanna());
        assertThat(call.volga()).isEqualTo(put.volga());
    }

    @Test
    void expiredAndZeroVolLimits() {
        assertGreeks(Black76.greeks(CALL, 22, 20, 0, 0.05, 0.8), 2, 1);
        assertGreeks(Black76.greeks(PUT, 20, 20, -1, 0.05, 0.8), 0, -0.5);
        double discount = Math.exp(-0.05 * 0.5);
        OptionGreeks put = Black76.greeks(PUT, 18, 20, 0.5, 0.05, 0.0);
        assertThat(put.price()).isEqualTo(discount * 2);
        assertThat(put.delta()).isEqualTo(-discount);
        assertThat(put.theta()).isCloseTo(0.05 * discount * 2, within(1e-15));
        assertThat(put.rho()).isCloseTo(-0.5 * discount * 2, within(1e-15));
        assertThat(Black76.price(CALL, 18, 20, 0.5, 0.05, 1e-13)).isZero();
        OptionGreeks atTheMoney = Black76.greeks(CALL, 20, 20, 0.5, 0.05, 0.0);
        assertThat(atTheMoney.delta()).isEqualTo(0.5 * discount);
        assertThat(atTheMoney.vega()).isCloseTo(discount * 20 * Math.sqrt(0.5) * Normal.pdf(0), within(1e-14));
    }

    @Test
    void hugeAndTinyStrikesStayClean() {
        double discount = Math.exp(-0.03);
        // ln(K/F) = 24.6 at σ√T = 2: d1 = −11.3, the call is worth ~1e-29
        assertThat(Black76.price(CALL, 20, 1e12, 1, 0.03, 2.0)).isBetween(0.0, 1e-25);
        assertThat(Black76.price(PUT, 20, 1e12, 1, 0.03, 2.0)).isCloseTo(discount * (1e12 - 20), within(1e-3));
        assertThat(Black76.price(CALL, 20, 1e-12, 1, 0.03, 2.0)).isCloseTo(discount * (20 - 1e-12), within(1e-14));
        assertThat(Black76.price(PUT, 20, 1e-12, 1, 0.03, 2.0)).isBetween(0.0, 1e-30);
        assertAllFinite(Black76.greeks(CALL, 1e100, 1e-100, 100, -1, 10));
        assertAllFinite(Black76.greeks(PUT, 1e-100, 1e100, 1e-12, 1, 1e-13));
    }

    @Test
    void badInputNamesTheForward() {
        assertRejected(() -> Black76.price(CALL, 0, 20, 1, 0, 0.8), "forward must be > 0, got 0");
        assertRejected(() -> Black76.greeks(PUT, Double.POSITIVE_INFINITY, 20, 1, 0, 0.8),
                "forward must be a finite number, got Infinity");
        assertRejected(() -> Black76.greeks(PUT, 20, 20, 1, 0, -1), "vol must be >= 0, got -1");
    }
}
