package org.condordesk.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;

import org.condordesk.Fixtures;
import org.condordesk.market.MarketState;
import org.condordesk.market.Tenor;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Settlement;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VixFuture;
import org.condordesk.pricing.Black76;
import org.condordesk.pricing.Bsm;
import org.junit.jupiter.api.Test;

class TemplatesTest {

    private final MarketState market = MarketState.of(Fixtures.condorOnly());
    private final LocalDate expiry = Fixtures.CONDOR_EXPIRY;

    @Test
    void condorByStrikesIsShortTheInsideAndLongTheWingsAtModelPrices() {
        Layer condor = Templates.ironCondorByStrikes(market, "IC", expiry, Settlement.PM, 7275, 7350, 7800, 7875, 3);
        assertThat(condor.role()).isEqualTo(LayerRole.CORE);
        assertThat(condor.legs()).extracting(Leg::quantity).containsExactly(3, -3, -3, 3);
        double years = market.daysTo(expiry.atTime(16, 0).atZone(org.condordesk.model.Instrument.NEW_YORK)) / Tenor.DAYS_PER_YEAR;
        for (Leg leg : condor.legs()) {
            OptionRight right = leg.instrument().optionRight().orElseThrow();
            double strike = leg.instrument().optionStrike().orElseThrow();
            double model = Bsm.price(right, 7600, strike, years, 0.037, 0.012, leg.vol());
            assertThat(leg.entryPrice()).isCloseTo(model, within(0.005));
            double smile = market.smile().vol(strike, market.spxForward(years), years * Tenor.DAYS_PER_YEAR);
            assertThat(leg.vol()).isCloseTo(smile, within(5e-5));
        }
        // The put wing carries skew: its vol is above the call wing's.
        assertThat(condor.legs().get(0).vol()).isGreaterThan(condor.legs().get(3).vol());
    }

    @Test
    void condorByDeltaPutsShortStrikesNearTheTargetDelta() {
        Layer condor = Templates.ironCondorByDelta(market, "IC", expiry, Settlement.PM, 0.16, 50, 5, 1);
        double years = market.daysTo(expiry.atTime(16, 0).atZone(org.condordesk.model.Instrument.NEW_YORK)) / Tenor.DAYS_PER_YEAR;
        Leg shortPut = condor.legs().get(1);
        Leg shortCall = condor.legs().get(2);
        double putDelta = Bsm.greeks(OptionRight.PUT, 7600, shortPut.instrument().optionStrike().orElseThrow(), years,
                0.037, 0.012, shortPut.vol()).delta();
        double callDelta = Bsm.greeks(OptionRight.CALL, 7600, shortCall.instrument().optionStrike().orElseThrow(), years,
                0.037, 0.012, shortCall.vol()).delta();
        // Rounding the strike to 5 points moves a 14-day 16-delta option's delta by under 0.01.
        assertThat(putDelta).isCloseTo(-0.16, within(0.01));
        assertThat(callDelta).isCloseTo(0.16, within(0.01));
        assertThat(condor.legs().get(0).instrument().optionStrike().orElseThrow())
                .isEqualTo(shortPut.instrument().optionStrike().orElseThrow() - 50);
        assertThat(condor.legs().get(3).instrument().optionStrike().orElseThrow())
                .isEqualTo(shortCall.instrument().optionStrike().orElseThrow() + 50);
        assertThat(shortPut.instrument().optionStrike().orElseThrow() % 5).isZero();
    }

    /** SPX 4000, no rate or dividend, a flat 20 % smile (FIXED_RATIO 1.0 × VIX 20, no skew), 30 days to expiry. */
    private static final MarketState FLAT = new MarketState(
            java.time.LocalDateTime.of(2026, 4, 6, 16, 0).atZone(org.condordesk.model.Instrument.NEW_YORK),
            new org.condordesk.model.MarketSnapshot(4000, 0, 0, 20, 20, java.util.List.of(), java.util.List.of(),
                    new org.condordesk.model.SmileParameters(1.0, 0, 0)),
            org.condordesk.model.VolFactorModel.defaults());
    private static final LocalDate FLAT_EXPIRY = LocalDate.of(2026, 5, 6);

    private static double[] strikes(Layer condor) {
        return condor.legs().stream().mapToDouble(leg -> leg.instrument().optionStrike().orElseThrow()).toArray();
    }

    @Test
    void condorByDeltasPutsTheLongsAtTheWingDelta() {
        // Hand formula (Black–Scholes, r = q = 0, σ = 0.2, T = 30/365, σ√T = 0.057338): a put of |Δ| d has
        // K = S·exp(−N⁻¹(1−d)·σ√T + σ²T/2), a call K = S·exp(N⁻¹(1−d)·σ√T + σ²T/2). With N⁻¹(0.80) = 0.841621 and
        // N⁻¹(0.95) = 1.644854 (Python's statistics.NormalDist): 20-delta put 3817.83 → 3820, call 4204.67 → 4205;
        // 5-delta put 3645.98 → 3645, call 4402.85 → 4405 on the 5-point grid.
        Layer condor = Templates.ironCondorByDeltas(FLAT, "CNDR", FLAT_EXPIRY, Settlement.PM, 0.20, 0.05, 5, 1);
        assertThat(strikes(condor)).containsExactly(3645, 3820, 4205, 4405);
        assertThatThrownBy(() -> Templates.ironCondorByDeltas(FLAT, "x", FLAT_EXPIRY, Settlement.PM, 0.20, 0.25, 5, 1))
                .isInstanceOf(ValidationException.class).hasMessageContaining("wingDelta");
    }

    @Test
    void condorByCreditShareTakesTheWidthWhoseCreditIsNearestTheTarget() {
        // Second implementation (Python, statistics.NormalDist, prices rounded to the cent as the template does): with
        // the 20-delta shorts above (3820 / 4205), the credit per width is 33.517 % at 60 points, 32.985 % at 65
        // (credit 21.44) and 32.471 % at 70: a 33 % target takes 65-point wings.
        Layer condor = Templates.ironCondorByCreditShare(FLAT, "IC", FLAT_EXPIRY, Settlement.PM, 0.20, 33, 5, 1);
        assertThat(strikes(condor)).containsExactly(3755, 3820, 4205, 4270);
        assertThat(Templates.credit(condor)).isCloseTo(21.44, within(0.011));
    }

    @Test
    void vixDiagonalIsShortNearLongFarPricedOffTheirFutures() {
        LocalDate near = LocalDate.of(2026, 12, 16);
        LocalDate far = LocalDate.of(2027, 2, 17);
        Layer diagonal = Templates.vixCallDiagonal(market, "Diag", near, 22, far, 20, 10, 0.85);
        assertThat(diagonal.role()).isEqualTo(LayerRole.HEDGE);
        assertThat(diagonal.legs()).extracting(Leg::quantity).containsExactly(-10, 10);
        double years = market.daysTo(far.atTime(9, 30).atZone(org.condordesk.model.Instrument.NEW_YORK)) / Tenor.DAYS_PER_YEAR;
        assertThat(diagonal.legs().get(1).entryPrice())
                .isCloseTo(Black76.price(OptionRight.CALL, 19.20, 20, years, 0.037, 0.85), within(0.005));
    }

    @Test
    void longFutureEntersAtTheCurve() {
        Layer future = Templates.vixLongFuture(market, "VX", LocalDate.of(2027, 1, 20), 2);
        assertThat(future.legs()).singleElement().satisfies(leg -> {
            assertThat(leg.instrument()).isEqualTo(new VixFuture(LocalDate.of(2027, 1, 20)));
            assertThat(leg.entryPrice()).isEqualTo(18.55);
            assertThat(leg.impliedVol()).isEmpty();
        });
    }

    @Test
    void spreadAndEtfTemplatesTakeTheirSides() {
        Layer spread = Templates.vixCallSpread(market, "Spread", LocalDate.of(2027, 1, 20), 20, 30, 5, 0.9);
        assertThat(spread.legs()).extracting(Leg::quantity).containsExactly(5, -5);
        Layer etf = Templates.vixEtfShares(market, "ETF", "VXX", 30, 1.0, -200);
        assertThat(etf.legs().get(0).entryPrice()).isEqualTo(42.10);
        assertThat(etf.legs().get(0).quantity()).isEqualTo(-200);
    }

    @Test
    void badIntentIsRefusedWithTheFieldNamed() {
        assertThatThrownBy(() -> Templates.ironCondorByStrikes(market, "IC", expiry, Settlement.PM, 7350, 7275, 7800, 7875, 1))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("strikes:");
        assertThatThrownBy(() -> Templates.vixCallSpread(market, "S", LocalDate.of(2027, 1, 20), 30, 20, 1, 0.9))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("shortStrike:");
        assertThatThrownBy(() -> Templates.vixLongFuture(market, "VX", LocalDate.of(2026, 11, 18), 1))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("expiry:");
        assertThatThrownBy(() -> Templates.vixLongCall(market, "C", LocalDate.of(2027, 1, 20), 20, 0, 0.9))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("quantity:");
    }

    @Test
    void vxmMiniFuturesEnterAtTheCurvePriceWithATenthOfTheMultiplier() {
        LocalDate jan = LocalDate.of(2027, 1, 20);
        Layer mini = Templates.vixLongFuture(market, "VXM", jan, 3, org.condordesk.model.FuturesProduct.VXM);
        Leg leg = mini.legs().get(0);
        assertThat(leg.instrument()).isEqualTo(VixFuture.mini(jan));
        assertThat(leg.instrument().multiplier()).isEqualTo(100);
        assertThat(leg.entryPrice()).isEqualTo(18.55); // the sample curve's Jan quote
        assertThat(mini.role()).isEqualTo(LayerRole.HEDGE);
    }

    @Test
    void etfCallsArePricedWithBsmOnTheEtfPriceWithoutYield() {
        LocalDate expiry = LocalDate.of(2027, 1, 15);
        org.condordesk.model.VixEtf uvxy = new org.condordesk.model.VixEtf("VXX", 30, 1.5);
        Layer calls = Templates.vixEtfOptions(market, "calls", uvxy, OptionRight.CALL, expiry, 45, 5, 0.9);
        double years = market.daysTo(expiry.atTime(16, 0).atZone(org.condordesk.model.Instrument.NEW_YORK)) / Tenor.DAYS_PER_YEAR;
        // The fixture prices VXX at 42.10; BSM with r = 3.7 %, q = 0, σ = 90 %, rounded to a cent as typed.
        assertThat(calls.legs().get(0).entryPrice())
                .isCloseTo(Bsm.price(OptionRight.CALL, 42.10, 45, years, 0.037, 0, 0.9), within(0.005));
        assertThat(calls.legs().get(0).quantity()).isEqualTo(5);
    }
}
