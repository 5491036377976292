package org.condordesk.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;

import org.condordesk.Fixtures;
import org.condordesk.market.MarketState;
import org.condordesk.model.Instrument;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.model.SpxOption;
import org.condordesk.model.TimeBasis;
import org.condordesk.model.VixEtf;
import org.condordesk.model.VixEtfOption;
import org.condordesk.model.VixFuture;
import org.condordesk.model.VixOption;
import org.condordesk.pricing.Black76;
import org.condordesk.pricing.Bsm;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rows OpenGamma Strata's tests give each product pricer, for each of CondorDesk's five: the price before
 * expiry against a second implementation of its closed form ({@code pricing.Bsm} / {@code Black76} on the
 * fixture's quotes), at and after expiry its payoff (a hand formula), put–call parity where it applies, and every
 * greek against a central finite difference of the pricer's own price. The fixture market is {@link Fixtures#market}:
 * SPX 7600, r 3.7 %, q 1.2 %, VIX 16.4, VX Dec-16 17.45 … Apr-21 20.05, VXX $42.10.
 */
class InstrumentPricersTest {

    private static final double SPOT = 7600;
    private static final double VIX = 16.4;
    private static final double RATE = 0.037;
    private static final double YIELD = 0.012;
    private static final LocalDate VX_DEC = LocalDate.of(2026, 12, 16);
    private static final LocalDate VX_JAN = LocalDate.of(2027, 1, 20);
    private static final VixEtf VXX = new VixEtf("VXX", 30, 1.0);
    private static final double VXX_PRICE = 42.10;

    static MarketState market(TimeBasis basis, double rate) {
        Scenario scenario = Fixtures.condorOnly();
        scenario = scenario.withModel(scenario.model().withTimeBasis(basis, 0.1))
                .withMarket(scenario.market().withRiskFreeRate(rate));
        return MarketState.of(scenario);
    }

    static MarketState market() {
        return market(TimeBasis.CALENDAR, RATE);
    }

    static InstrumentPricer pricer(Instrument instrument, double vol, MarketState market, double elapsedDays) {
        return InstrumentPricer.of(instrument, vol, market, elapsedDays);
    }

    static double expiryDays(Instrument instrument, MarketState market) {
        return market.daysTo(instrument.expiryTime().orElseThrow());
    }

    /** Central difference of {@code f} at {@code x} with step {@code h}. */
    static double slope(DoubleUnaryOperator f, double x, double h) {
        return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
    }

    static Greeks greeks(InstrumentPricer pricer, double spx, double vix, double weight) {
        return pricer.greeks(spx, vix, pricer.price(spx, vix), weight, 0, 0).greeks();
    }

    /** Elapsed days, a VIX shift from spot (points), the variance clock: the states every greek is checked at. */
    static Stream<Arguments> states() {
        return Stream.of(TimeBasis.values()).flatMap(basis -> Stream.of(0.0, 3.0).flatMap(elapsed ->
                Stream.of(0.0, 4.0, -3.0).map(shift -> Arguments.of(basis, elapsed, shift))));
    }

    @Nested
    class SpxOptions {

        private final SpxOption put = new SpxOption(OptionRight.PUT, 7400, Fixtures.CONDOR_EXPIRY,
                org.condordesk.model.Settlement.PM);
        private final SpxOption call = put.withRight(OptionRight.CALL).withStrike(7400);

        @Test
        void whereTheThousandPercentCapBindsTheVixVegaIsZeroLikeTheFiniteDifference() {
            // Issue 25 §5 (--vix-shift 200): the vol sits on the pricers' cap, so the price stops moving with VIX.
            SpxOptionPricer p = (SpxOptionPricer) pricer(put, 0.16, market(), 0);
            double vix = VIX + 2000;
            assertThat(p.vol(vix)).isEqualTo(org.condordesk.pricing.PricingDomain.MAX_VOL);
            assertThat(slope(v -> p.price(SPOT, v), vix, 1e-3)).isZero();
            assertThat(greeks(p, SPOT, vix, 100).vixVega()).isZero();
            assertThat(p.vixVegaUnderOtherResponse(greeks(p, SPOT, vix, 100), SPOT, vix, 100, false)).isZero();
        }

        @Test
        void beforeExpiryThePriceIsBsmOnSpotWithTheLegsVol() {
            MarketState market = market();
            double years = expiryDays(put, market) / 365;
            for (SpxOption option : List.of(put, call)) {
                // Second implementation: pricing.Bsm (e^(−qτ)·S·N(d1) − e^(−rτ)·K·N(d2)) at the leg's own vol.
                assertThat(pricer(option, 0.16, market, 0).price(SPOT, VIX))
                        .isCloseTo(Bsm.price(option.right(), SPOT, 7400, years, RATE, YIELD, 0.16), within(1e-9));
            }
        }

        @Test
        void atAndAfterExpiryThePriceIsThePayoffOnSpx() {
            MarketState market = market();
            double expiry = expiryDays(put, market);
            for (double elapsed : new double[] {expiry, expiry + 3}) {
                InstrumentPricer p = pricer(put, 0.16, market, elapsed);
                assertThat(p.expired()).isTrue();
                // Payoff by hand: max(7400 − 7300, 0) = 100, max(7400 − 7500, 0) = 0.
                assertThat(p.price(7300, 30)).isEqualTo(100.0);
                assertThat(p.price(7500, 30)).isEqualTo(0.0);
                assertThat(p.settlementValue(7300, 30)).isEqualTo(100.0);
            }
            assertThat(pricer(put, 0.16, market, expiry - 0.01).expired()).isFalse();
        }

        @ParameterizedTest
        @MethodSource("org.condordesk.risk.InstrumentPricersTest#states")
        void putCallParityHoldsAtEveryShock(TimeBasis basis, double elapsed, double shift) {
            MarketState market = market(basis, RATE);
            double years = (expiryDays(put, market) - elapsed) / 365;
            double spx = SPOT * 0.98;
            double difference = pricer(call, 0.16, market, elapsed).price(spx, VIX + shift)
                    - pricer(put, 0.16, market, elapsed).price(spx, VIX + shift);
            // C − P = S·e^(−qτ) − K·e^(−rτ), whatever the vol or its clock.
            assertThat(difference).isCloseTo(spx * Math.exp(-YIELD * years) - 7400 * Math.exp(-RATE * years),
                    within(1e-8));
        }

        @ParameterizedTest
        @MethodSource("org.condordesk.risk.InstrumentPricersTest#states")
        void everyGreekIsAFiniteDifferenceOfItsOwnPrice(TimeBasis basis, double elapsed, double shift) {
            MarketState market = market(basis, RATE);
            double weight = -100;
            double vix = VIX + shift;
            InstrumentPricer p = pricer(put, 0.16, market, elapsed);
            Greeks g = greeks(p, SPOT, vix, weight);
            DoubleUnaryOperator bySpx = s -> p.price(s, vix) * weight;
            assertThat(g.spxDelta()).isCloseTo(slope(bySpx, SPOT, 0.05), within(1e-6 * Math.abs(g.spxDelta()) + 1e-6));
            double gammaFd = (bySpx.applyAsDouble(SPOT + 0.5) - 2 * bySpx.applyAsDouble(SPOT)
                    + bySpx.applyAsDouble(SPOT - 0.5)) / 0.25;
            assertThat(g.spxGamma()).isCloseTo(gammaFd, within(1e-4 * Math.abs(gammaFd) + 1e-6));
            assertThat(g.vixVega()).isCloseTo(slope(v -> p.price(SPOT, v) * weight, vix, 1e-3),
                    within(1e-6 * Math.abs(g.vixVega()) + 1e-6));
            // Own-vol vega and rho at spot VIX, where the vol-factor slope multiplies a zero shift.
            Greeks atSpot = greeks(p, SPOT, VIX, weight);
            double vegaFd = slope(vol -> pricer(put, vol, market, elapsed).price(SPOT, VIX) * weight, 0.16, 1e-5) / 100;
            assertThat(atSpot.spxVega()).isCloseTo(vegaFd, within(1e-6 * Math.abs(vegaFd) + 1e-6));
            double rhoFd = slope(r -> pricer(put, 0.16, market(basis, r), elapsed).price(SPOT, VIX) * weight,
                    RATE, 1e-6) / 100;
            assertThat(atSpot.rhoPerPoint()).isCloseTo(rhoFd, within(1e-5 * Math.abs(rhoFd) + 1e-6));
        }
    }

    @Nested
    class VixFutures {

        private final VixFuture jan = new VixFuture(VX_JAN);

        @Test
        void beforeExpiryThePriceIsTheCurveAtItsSettlementAndRollsDownIt() {
            MarketState market = market();
            // The fixture's quote for the Jan-20 future.
            assertThat(pricer(jan, 0, market, 0).price(SPOT, VIX)).isCloseTo(18.55, within(1e-9));
            // Ten days on, with VIX held, it sits where the curve is ten days shorter (the Dec-16 future's tenor
            // plus the difference): the curve read by hand at the shorter tenor.
            double days = expiryDays(jan, market);
            assertThat(pricer(jan, 0, market, 10).price(SPOT, VIX))
                    .isCloseTo(market.futures().priceAt(days - 10), within(1e-12));
            assertThat(pricer(jan, 0, market, 0).variationMargined()).isTrue();
        }

        @Test
        void atAndAfterExpiryItIsSpotVix() {
            MarketState market = market();
            double expiry = expiryDays(jan, market);
            for (double elapsed : new double[] {expiry, expiry + 5}) {
                InstrumentPricer p = pricer(jan, 0, market, elapsed);
                assertThat(p.expired()).isTrue();
                assertThat(p.price(SPOT, 23.7)).isEqualTo(23.7);
                assertThat(p.settlementValue(SPOT, 23.7)).isEqualTo(23.7);
            }
        }

        @ParameterizedTest
        @MethodSource("org.condordesk.risk.InstrumentPricersTest#states")
        void vixVegaIsAFiniteDifferenceOfItsOwnPrice(TimeBasis basis, double elapsed, double shift) {
            MarketState market = market(basis, RATE);
            InstrumentPricer p = pricer(jan, 0, market, elapsed);
            double vix = VIX + shift;
            Greeks g = greeks(p, SPOT, vix, 1000);
            assertThat(g.vixVega()).isCloseTo(slope(v -> p.price(SPOT, v) * 1000, vix, 1e-3), within(1e-6));
            assertThat(g.notional()).isCloseTo(p.price(SPOT, vix) * 1000, within(1e-9));
        }

        @Test
        void whereTheFloorBindsTheVixVegaIsZeroLikeTheFiniteDifference() {
            InstrumentPricer p = pricer(jan, 0, market(), 0);
            // A guard of the arithmetic: only a shock past any real VIX (here −40) takes the future to its floor.
            double vix = -40;
            assertThat(p.price(SPOT, vix)).isEqualTo(VixFuturePricer.MIN_FUTURE_POINTS);
            assertThat(greeks(p, SPOT, vix, 1000).vixVega()).isZero();
            assertThat(slope(v -> p.price(SPOT, v), vix, 1e-3)).isZero();
        }
    }

    @Nested
    class VixOptions {

        private final VixOption call = new VixOption(OptionRight.CALL, 22, VX_DEC);
        private final VixOption put = call.withRight(OptionRight.PUT);

        @Test
        void beforeExpiryThePriceIsBlack76OnTheFutureOfItsSettlement() {
            MarketState market = market();
            double years = expiryDays(call, market) / 365;
            for (VixOption option : List.of(call, put)) {
                // Second implementation: pricing.Black76 on the Dec-16 quote 17.45 at the option's own vol.
                assertThat(pricer(option, 0.95, market, 0).price(SPOT, VIX))
                        .isCloseTo(Black76.price(option.right(), 17.45, 22, years, RATE, 0.95), within(1e-9));
            }
        }

        @Test
        void atAndAfterExpiryThePriceIsThePayoffOnSpotVix() {
            MarketState market = market();
            double expiry = expiryDays(call, market);
            for (double elapsed : new double[] {expiry, expiry + 2}) {
                InstrumentPricer c = pricer(call, 0.95, market, elapsed);
                InstrumentPricer p = pricer(put, 0.95, market, elapsed);
                // Payoffs by hand: max(25 − 22, 0) = 3, max(22 − 25, 0) = 0; at VIX 19 the put pays 3.
                assertThat(c.price(SPOT, 25)).isEqualTo(3.0);
                assertThat(p.price(SPOT, 25)).isEqualTo(0.0);
                assertThat(p.settlementValue(SPOT, 19)).isEqualTo(3.0);
            }
        }

        @ParameterizedTest
        @MethodSource("org.condordesk.risk.InstrumentPricersTest#states")
        void putCallParityHoldsOnTheShockedFuture(TimeBasis basis, double elapsed, double shift) {
            MarketState market = market(basis, RATE);
            double vix = VIX + shift;
            double years = (expiryDays(call, market) - elapsed) / 365;
            double future = pricer(new VixFuture(VX_DEC), 0, market, elapsed).price(SPOT, vix);
            double difference = pricer(call, 0.95, market, elapsed).price(SPOT, vix)
                    - pricer(put, 0.95, market, elapsed).price(SPOT, vix);
            // Black-76 parity: C − P = e^(−rτ)·(F − K).
            assertThat(difference).isCloseTo(Math.exp(-RATE * years) * (future - 22), within(1e-9));
        }

        @ParameterizedTest
        @MethodSource("org.condordesk.risk.InstrumentPricersTest#states")
        void everyGreekIsAFiniteDifferenceOfItsOwnPrice(TimeBasis basis, double elapsed, double shift) {
            MarketState market = market(basis, RATE);
            double weight = 100;
            double vix = VIX + shift;
            InstrumentPricer p = pricer(call, 0.95, market, elapsed);
            InstrumentPricer.PricedGreeks priced = p.greeks(SPOT, vix, p.price(SPOT, vix), weight, 0, 0);
            Greeks g = priced.greeks();
            double vixVegaFd = slope(v -> p.price(SPOT, v) * weight, vix, 1e-4);
            assertThat(g.vixVega()).isCloseTo(vixVegaFd, within(1e-6 * Math.abs(vixVegaFd) + 1e-7));
            // VIX delta ($ per point of the future): the VIX vega over the future's own dF/dVIX.
            InstrumentPricer future = pricer(new VixFuture(VX_DEC), 0, market, elapsed);
            double beta = slope(v -> future.price(SPOT, v), vix, 1e-4);
            assertThat(priced.vixDelta()).isCloseTo(vixVegaFd / beta, within(1e-5 * Math.abs(priced.vixDelta()) + 1e-7));
            double vegaFd = slope(vol -> pricer(call, vol, market, elapsed).price(SPOT, vix) * weight, 0.95, 1e-5) / 100;
            assertThat(g.vixOptionVega()).isCloseTo(vegaFd, within(1e-6 * Math.abs(vegaFd) + 1e-7));
            double rhoFd = slope(r -> pricer(call, 0.95, market(basis, r), elapsed).price(SPOT, vix) * weight,
                    RATE, 1e-6) / 100;
            assertThat(g.rhoPerPoint()).isCloseTo(rhoFd, within(1e-5 * Math.abs(rhoFd) + 1e-7));
        }
    }

    @Nested
    class VixEtfShares {

        @Test
        void atTheValuationTimeThePriceIsTheQuoteAndItDecaysByTheRollDownEachDay() {
            MarketState market = market();
            assertThat(pricer(VXX, 0, market, 0).price(SPOT, VIX)).isCloseTo(VXX_PRICE, within(1e-12));
            // Hand formula, docs/model.md §16: P_n = P_0·(1 + L·roll(c)/F_c)^n at the 30-day target.
            double daily = market.futures().rollDownPerDay(30) / market.futures().priceAt(30);
            assertThat(pricer(VXX, 0, market, 20).price(SPOT, VIX))
                    .isCloseTo(VXX_PRICE * Math.pow(1 + daily, 20), within(1e-9));
        }

        @Test
        void sharesNeverExpireAndHaveNoSettlementValue() {
            InstrumentPricer p = pricer(VXX, 0, market(), 400);
            assertThat(p.expired()).isFalse();
            assertThat(p.daysLeft()).isEqualTo(30.0);
            assertThat(p.settlementValue(SPOT, VIX)).isNaN();
        }

        @ParameterizedTest
        @MethodSource("org.condordesk.risk.InstrumentPricersTest#states")
        void vixVegaIsAFiniteDifferenceOfItsOwnPrice(TimeBasis basis, double elapsed, double shift) {
            InstrumentPricer p = pricer(VXX, 0, market(basis, RATE), elapsed);
            double vix = VIX + shift;
            Greeks g = greeks(p, SPOT, vix, 500);
            assertThat(g.vixVega()).isCloseTo(slope(v -> p.price(SPOT, v) * 500, vix, 1e-3), within(1e-6));
            assertThat(g.value()).isCloseTo(p.price(SPOT, vix) * 500, within(1e-9));
        }
    }

    @Nested
    class VixEtfOptions {

        private final VixEtfOption call = new VixEtfOption(VXX, OptionRight.CALL, 45, LocalDate.of(2026, 12, 18));
        private final VixEtfOption put = call.withRight(OptionRight.PUT);

        @Test
        void beforeExpiryThePriceIsBsmOnTheSharePriceWithNoYield() {
            MarketState market = market();
            double years = expiryDays(call, market) / 365;
            for (VixEtfOption option : List.of(call, put)) {
                assertThat(pricer(option, 0.80, market, 0).price(SPOT, VIX))
                        .isCloseTo(Bsm.price(option.right(), VXX_PRICE, 45, years, RATE, 0, 0.80), within(1e-9));
            }
        }

        @Test
        void atAndAfterExpiryThePriceIsThePayoffOnTheSharePrice() {
            MarketState market = market();
            double expiry = expiryDays(call, market);
            // Issue 25 §4: it settles on the ETF at the expiry instant, decayed by the roll-down to then (hand formula,
            // docs/model.md §16: P = P_0·(1 + L·roll(c)/F_c)^τ), not on the quote of the valuation time.
            double daily = market.futures().rollDownPerDay(30) / market.futures().priceAt(30);
            double shareAtExpiry = VXX_PRICE * Math.pow(1 + daily, expiry);
            for (double elapsed : new double[] {expiry, expiry + 4}) {
                InstrumentPricer p = pricer(put, 0.80, market, elapsed);
                assertThat(p.expired()).isTrue();
                // A later date does not decay a settled option's underlying further.
                assertThat(p.price(SPOT, VIX)).isCloseTo(Math.max(45 - shareAtExpiry, 0), within(1e-9));
                assertThat(p.settlementValue(SPOT, VIX)).isCloseTo(Math.max(45 - shareAtExpiry, 0), within(1e-9));
            }
            // Continuity: a minute before the close the put is worth its settlement value plus a minute of time value.
            double minute = 1.0 / 1440;
            assertThat(pricer(put, 0.80, market, expiry - minute).price(SPOT, VIX))
                    .isCloseTo(Math.max(45 - shareAtExpiry, 0), within(0.05));
        }

        @ParameterizedTest
        @MethodSource("org.condordesk.risk.InstrumentPricersTest#states")
        void putCallParityHoldsOnTheShockedSharePrice(TimeBasis basis, double elapsed, double shift) {
            MarketState market = market(basis, RATE);
            double vix = VIX + shift;
            double years = (expiryDays(call, market) - elapsed) / 365;
            double share = pricer(VXX, 0, market, elapsed).price(SPOT, vix);
            double difference = pricer(call, 0.8, market, elapsed).price(SPOT, vix)
                    - pricer(put, 0.8, market, elapsed).price(SPOT, vix);
            // BSM parity with no yield: C − P = P − K·e^(−rτ).
            assertThat(difference).isCloseTo(share - 45 * Math.exp(-RATE * years), within(1e-9));
        }

        @ParameterizedTest
        @MethodSource("org.condordesk.risk.InstrumentPricersTest#states")
        void everyGreekIsAFiniteDifferenceOfItsOwnPrice(TimeBasis basis, double elapsed, double shift) {
            MarketState market = market(basis, RATE);
            double weight = -100;
            double vix = VIX + shift;
            InstrumentPricer p = pricer(call, 0.8, market, elapsed);
            Greeks g = greeks(p, SPOT, vix, weight);
            double vixVegaFd = slope(v -> p.price(SPOT, v) * weight, vix, 1e-4);
            assertThat(g.vixVega()).isCloseTo(vixVegaFd, within(1e-6 * Math.abs(vixVegaFd) + 1e-7));
            double vegaFd = slope(vol -> pricer(call, vol, market, elapsed).price(SPOT, vix) * weight, 0.8, 1e-5) / 100;
            assertThat(g.vixOptionVega()).isCloseTo(vegaFd, within(1e-6 * Math.abs(vegaFd) + 1e-7));
            double rhoFd = slope(r -> pricer(call, 0.8, market(basis, r), elapsed).price(SPOT, vix) * weight,
                    RATE, 1e-6) / 100;
            assertThat(g.rhoPerPoint()).isCloseTo(rhoFd, within(1e-5 * Math.abs(rhoFd) + 1e-7));
        }
    }
}
