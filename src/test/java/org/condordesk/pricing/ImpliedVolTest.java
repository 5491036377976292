package org.condordesk.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.condordesk.model.OptionRight.CALL;
import static org.condordesk.model.OptionRight.PUT;
import static org.condordesk.pricing.BsmTest.assertRejected;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.condordesk.model.OptionRight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImpliedVolTest {

    private static final double EPS = Math.ulp(1.0);
    private static final double[] STRIKE_OVER_FORWARD = {0.5, 0.7, 0.8, 0.9, 0.95, 0.99, 1, 1.01, 1.05, 1.1, 1.25, 1.5, 2};
    private static final double[] DAYS = {1, 2, 7, 30, 91, 365, 730};
    private static final double[] VOLS = {0.01, 0.05, 0.1, 0.2, 0.4, 0.8, 1.5, 3};

    /** Moneyness × tenor × vol × right × model: 2912 cases, deep ITM/OTM and 1-day expiries included. */
    static Stream<PricingCase> grid() {
        List<PricingCase> cases = new ArrayList<>();
        for (PricingCase.Model model : PricingCase.Model.values()) {
            for (OptionRight right : OptionRight.values()) {
                for (double moneyness : STRIKE_OVER_FORWARD) {
                    for (double days : DAYS) {
                        for (double vol : VOLS) {
                            cases.add(gridCase(model, right, moneyness, days / 365, vol));
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    private static PricingCase gridCase(PricingCase.Model model, OptionRight right, double moneyness, double years,
                                        double vol) {
        double rate = 0.045;
        if (model == PricingCase.Model.BSM) {
            double spot = 5000;
            double yield = 0.013;
            double strike = spot * Math.exp((rate - yield) * years) * moneyness;
            return new PricingCase(model, right, spot, strike, years, rate, yield, vol);
        }
        return new PricingCase(model, right, 18.5, 18.5 * moneyness, years, rate, 0.0, vol);
    }

    static Stream<PricingCase> randomCases() {
        return PricingCase.random(20_240_604L, 2000);
    }

    @ParameterizedTest
    @MethodSource({"grid", "randomCases"})
    void impliedVolReproducesThePriceAndTheVol(PricingCase input) {
        double price = input.price();
        double implied = input.impliedVol(price);
        double scale = Math.max(input.discountedForward(), input.discountedStrike());
        // |model price − target| ≤ 1e-10, or 1e-14 of the larger of F̃ and K̃ for large prices
        assertThat(input.withVol(implied).price()).as("repriced at %s", implied)
                .isCloseTo(price, within(Math.max(1e-10, 1e-14 * scale)));
        // the vol itself is determined to about (rounding of the price)/vega: a price carries a few ulps of
        // F̃ + K̃ after put–call parity; where that is below 1e-4 of the vol, the vol must come back to it
        double vega = input.greeks().vega();
        double volResolution = 64 * EPS * (input.discountedForward() + input.discountedStrike()) / vega;
        if (volResolution <= 1e-4 * input.vol()) {
            assertThat(implied).isCloseTo(input.vol(), within(Math.max(volResolution, 1e-13 * input.vol())));
        }
    }

    @Test
    void theVolIsCheckedOnMostOfTheGrid() {
        // the vol comparison above is skipped only where vega is too small to determine the vol
        long resolved = grid().filter(input -> 64 * EPS * (input.discountedForward() + input.discountedStrike())
                / input.greeks().vega() <= 1e-4 * input.vol()).count();
        assertThat(resolved).isGreaterThan(2912 * 6 / 10);
    }

    @Test
    void hullPriceGivesBackTwentyPercent() {
        // Hull, chapter "The Black-Scholes-Merton Model": S0 = 42, K = 40, r = 10 %, σ = 20 %, T = 0.5
        assertThat(ImpliedVol.bsm(CALL, 4.759422392871533, 42, 40, 0.5, 0.10, 0.0)).isCloseTo(0.2, within(1e-13));
        assertThat(ImpliedVol.bsm(PUT, 0.8085993729000937, 42, 40, 0.5, 0.10, 0.0)).isCloseTo(0.2, within(1e-13));
        // Hull, chapter "Futures Options and Black's Model": F0 = K = 60, r = 9 %, σ = 25 %, T = 4 months
        assertThat(ImpliedVol.black76(PUT, 3.34992436967683, 60, 60, 4.0 / 12, 0.09)).isCloseTo(0.25, within(1e-13));
    }

    @Test
    void aPriceAtTheIntrinsicValueHasZeroVol() {
        double years = 0.25;
        double intrinsic = 5000 * Math.exp(-0.01 * years) - 4000 * Math.exp(-0.04 * years);
        assertThat(ImpliedVol.bsm(CALL, intrinsic, 5000, 4000, years, 0.04, 0.01)).isZero();
        assertThat(ImpliedVol.bsm(PUT, 0.0, 5000, 4000, years, 0.04, 0.01)).isZero();
        assertThat(ImpliedVol.black76(CALL, 0.0, 18, 25, 1.0 / 365, 0.04)).isZero();
        // one day, 1 % vol, 10 % in the money: the time value underflows, the model price is the intrinsic
        double price = Bsm.price(PUT, 5000, 5500, 1.0 / 365, 0.04, 0.01, 0.01);
        assertThat(ImpliedVol.bsm(PUT, price, 5000, 5500, 1.0 / 365, 0.04, 0.01)).isZero();
    }

    @Test
    void deepOutOfTheMoneyPricesKeepTheirVol() {
        // a 1e-30 price still has a well-defined vol: the solver works on ln(price) there
        for (double vol : new double[] {0.05, 0.3, 1.2}) {
            double strike = 5000 * Math.exp(12 * vol);                // twelve standard deviations out
            double price = Bsm.price(CALL, 5000, strike, 1, 0.0, 0.0, vol);
            assertThat(price).isPositive().isLessThan(1e-25);
            assertThat(ImpliedVol.bsm(CALL, price, 5000, strike, 1, 0.0, 0.0)).isCloseTo(vol, within(1e-11 * vol));
        }
    }

    @Test
    void pricesNearTheUpperBoundSolveForHighVols() {
        for (double vol : new double[] {4, 6, 9}) {
            double price = Black76.price(CALL, 20, 20, 1, 0.0, vol);
            assertThat(ImpliedVol.black76(CALL, price, 20, 20, 1, 0.0)).isCloseTo(vol, within(1e-9 * vol));
        }
        assertRejected(() -> ImpliedVol.black76(CALL, 20 * (1 - 1e-13), 20, 20, 1, 0.0),
                "price 20 implies a volatility above 1000% (too close to its upper bound 20)");
    }

    @Test
    void pricesOutsideTheNoArbitrageBoundsAreRejected() {
        // put intrinsic at T = 0.5, r = 10 %: 50·e^(−0.05) − 42 = 5.5614…
        assertRejected(() -> ImpliedVol.bsm(PUT, 5.0, 42, 50, 0.5, 0.10, 0.0),
                "price 5 is below the intrinsic value 5.561471225 (forward and strike discounted to today):"
                        + " no implied volatility");
        assertRejected(() -> ImpliedVol.bsm(CALL, 42.0, 42, 40, 0.5, 0.10, 0.0),
                "price 42 is at or above the discounted forward 42, the most the option can be worth");
        assertRejected(() -> ImpliedVol.black76(PUT, 26, 20, 25, 1, 0.0),
                "price 26 is at or above the discounted strike 25, the most the option can be worth");
        assertRejected(() -> ImpliedVol.bsm(CALL, -1, 42, 40, 0.5, 0.10, 0.0), "price must be >= 0, got -1");
        assertRejected(() -> ImpliedVol.bsm(CALL, Double.NaN, 42, 40, 0.5, 0.10, 0.0),
                "price must be a finite number, got NaN");
        assertRejected(() -> ImpliedVol.bsm(CALL, 3, 42, 40, 0, 0.10, 0.0),
                "years must be > 0 for an implied volatility (the option has expired), got 0");
        assertRejected(() -> ImpliedVol.black76(CALL, 3, -42, 40, 0.5, 0.10), "forward must be > 0, got -42");
    }
}
