package org.condordesk.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.condordesk.Fixtures;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.SmileParameters;
import org.condordesk.model.TenorBeta;
import org.condordesk.model.VolFactorModel;
import org.condordesk.model.VolResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class VolFactorTest {

    private static final ZonedDateTime VALUATION = Fixtures.VALUATION.atZone(org.condordesk.model.Instrument.NEW_YORK);

    private static MarketState market(VolFactorModel model) {
        return new MarketState(VALUATION, Fixtures.market(), model);
    }

    @Test
    void timeWeightIsOneAtThirtyDaysAndFollowsThePowerLawWithinTheClamp() {
        VolFactorModel model = VolFactorModel.defaults().withTimeWeight(0.5, 0.25, 3.0);
        assertThat(VolFactor.timeWeight(model, 30)).isCloseTo(1.0, within(1e-15));
        assertThat(VolFactor.timeWeight(model, 7.5)).isCloseTo(2.0, within(1e-15));   // (30/7.5)^0.5
        assertThat(VolFactor.timeWeight(model, 120)).isCloseTo(0.5, within(1e-15));   // (30/120)^0.5
        assertThat(VolFactor.timeWeight(model, 0.5)).isEqualTo(3.0);                  // clamped above
        assertThat(VolFactor.timeWeight(model, 10_000)).isEqualTo(0.25);              // clamped below
    }

    @Test
    void defaultExponentPassesThroughTheMeasuredVix3mBeta() {
        // (30/93)^α = 0.64 is how the default α is defined (docs/model.md).
        assertThat(VolFactor.timeWeight(VolFactorModel.defaults(), 93))
                .isCloseTo(VolFactorModel.MEASURED_VIX3M_BETA, within(1e-12));
        assertThat(VolFactorModel.DEFAULT_TIME_WEIGHT_EXPONENT).isCloseTo(0.3945, within(5e-5));
    }

    @Test
    void aUserTableIsInterpolatedLinearlyAndFlatOutside() {
        VolFactor factor = market(VolFactorModel.defaults().withFuturesBetas(List.of(
                new TenorBeta(0, 1.0), new TenorBeta(30, 0.6), new TenorBeta(90, 0.4)))).volFactor();
        assertThat(factor.futuresBeta(0)).isEqualTo(1.0);
        assertThat(factor.futuresBeta(15)).isCloseTo(0.8, within(1e-15));
        assertThat(factor.futuresBeta(60)).isCloseTo(0.5, within(1e-15));
        assertThat(factor.futuresBeta(365)).isEqualTo(0.4);
    }

    /** Tenors where the old interpolated default table was furthest off: 1–10 days, and beyond its last node. */
    @ParameterizedTest
    @ValueSource(doubles = {0, 0.25, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12.5, 15, 22, 45, 75, 150, 270, 271, 300, 365, 500, 1000, 3650})
    void derivedBetasFollowTheForwardVarianceFormulaAtEveryTenor(double tau) {
        // Written out again from docs/model.md §4: b(τ) = [β(τ+30)(τ+30) − β(τ)τ]/30, β(T) = (30/T)^α, b(0) = 1.
        double alpha = VolFactorModel.DEFAULT_TIME_WEIGHT_EXPONENT;
        double expected = (Math.pow(30 / (tau + 30), alpha) * (tau + 30) - (tau == 0 ? 0 : Math.pow(30 / tau, alpha) * tau)) / 30;
        assertThat(market(VolFactorModel.defaults()).volFactor().futuresBeta(tau)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void derivedBetaAtFiveDaysIsTheIssuesHandFigure() {
        // α = 0.3945: (30/35)^α·35 = 32.93496, (30/5)^α·5 = 10.13803, (32.93496 − 10.13803)/30 = 0.75990;
        // the old table's interpolation gave 1 − 0.379·5/15 = 0.8737 there (issue 13, item 3).
        VolFactor factor = market(VolFactorModel.defaults().withTimeWeight(0.3945, 0.25, 3.0)).volFactor();
        assertThat(factor.futuresBeta(5)).isCloseTo(0.75990, within(5e-5));
        // α = 0.5, τ = 30: [√(1/2)·60 − 30]/30 = √2 − 1.
        assertThat(VolFactorModel.derivedFuturesBeta(0.5, 30)).isCloseTo(Math.sqrt(2) - 1, within(1e-15));
    }

    @Test
    void theLegacyDefaultTableIsRecognisedAndAnEditedOneIsNot() {
        double alpha = 0.3945;
        List<TenorBeta> legacy = List.of(new TenorBeta(0, 1.0), new TenorBeta(15, 0.621), new TenorBeta(30, 0.522),
                new TenorBeta(45, 0.463), new TenorBeta(60, 0.423), new TenorBeta(90, 0.37), new TenorBeta(120, 0.335),
                new TenorBeta(180, 0.29), new TenorBeta(270, 0.249));
        assertThat(VolFactorModel.isLegacyDefaultTable(alpha, legacy)).isTrue();
        List<TenorBeta> edited = new java.util.ArrayList<>(legacy);
        edited.set(3, new TenorBeta(45, 0.47));
        assertThat(VolFactorModel.isLegacyDefaultTable(alpha, edited)).isFalse();
    }

    static Stream<Object[]> smiles() {
        SplittableRandom random = new SplittableRandom(13);
        return Stream.generate(() -> new Object[] {random.nextDouble(9, 80), random.nextDouble(0.6, 1.2),
            random.nextDouble(0, 0.5), random.nextDouble(-0.1, 0.3), VolResponse.values()[random.nextInt(2)]}).limit(40);
    }

    /**
     * The consistency property of docs/model.md §4: moving every strike of the model's own 30-day smile by the
     * response to +1 VIX point lifts its Cboe variance-strip VIX by exactly 1.00 point, for any smile and VIX.
     */
    @ParameterizedTest
    @MethodSource("smiles")
    void aPlusOneVixMoveLiftsTheSmilesStripVixByOnePoint(double vix, double ratio, double putSkew, double callSkew,
                                                         VolResponse response) {
        MarketSnapshot snapshot = Fixtures.market().withVixSpot(vix).withVix3m(vix * 1.1)
                .withSmile(new SmileParameters(ratio, putSkew, callSkew));
        MarketState market = new MarketState(VALUATION, snapshot, VolFactorModel.defaults().withVolResponse(response));
        SmileStrip strip = market.smileStrip();
        VolFactor factor = market.volFactor();
        double moved = strip.vix(vol -> vol + factor.volPerVixPoint(response, vol, 30));
        assertThat(moved - strip.vix()).isCloseTo(1.0, within(1e-8));
    }

    @Test
    void theStripOfAFlatSmileIsItsVol() {
        // Variance-swap replication (Demeterfi, Derman, Kamal & Zou 1999; Cboe VIX white paper): with one vol σ at
        // every strike the strip of OTM prices is σ². Grid and truncation leave under 0.05 % here.
        for (double vol : new double[] {0.10, 0.20, 0.45}) {
            SmileStrip strip = SmileStrip.of(strike -> vol, 7650, 30 / 365.0, 0.04, vol);
            assertThat(strip.vix()).isCloseTo(100 * vol, within(5e-4 * 100 * vol));
            assertThat(strip.strikes()).contains(7650.0);
        }
    }

    @Test
    void responsesMoveVolsAsDocumented() {
        VolFactor factor = market(VolFactorModel.defaults()).volFactor();
        double s = factor.scale(VolResponse.PARALLEL);
        double p = factor.scale(VolResponse.PROPORTIONAL);
        // Parallel: s·w(τ)/100 whatever the vol; proportional: s·w(τ)·σ/VIX (VIX 16.4 in the fixture).
        assertThat(factor.volPerVixPoint(VolResponse.PARALLEL, 0.3, 30)).isCloseTo(s / 100, within(1e-15));
        assertThat(factor.volPerVixPoint(VolResponse.PROPORTIONAL, 0.3, 7.5))
                .isCloseTo(p * Math.pow(4, VolFactorModel.DEFAULT_TIME_WEIGHT_EXPONENT) * 0.3 / 16.4, within(1e-15));
    }
}
