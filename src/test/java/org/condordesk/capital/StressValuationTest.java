package org.condordesk.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.condordesk.Fixtures;
import org.condordesk.market.MarketState;
import org.condordesk.model.ExpiryIvShift;
import org.condordesk.model.Instrument;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.model.SpxOption;
import org.condordesk.model.UserStress;
import org.condordesk.risk.PositionValuation;
import org.junit.jupiter.api.Test;

class StressValuationTest {

    private static final Scenario HEDGED = Fixtures.hedged();
    private static final StressValuation VALUATION = StressValuation.of(HEDGED);

    @Test
    void slippageAtScaleZeroLeavesTheHedgeFlatUnderAnSpxOnlyMove() {
        StressResult none = VALUATION.result(Shock.alongMap("SPX −5 %, no VIX response", -5, 0, 0), StressResult.Group.SLIPPAGE);
        // VIX stays at 16.4 and no time passes: VIX options and futures are valued exactly as today.
        assertThat(none.vixAfter()).isEqualTo(16.4);
        assertThat(none.hedge()).isZero();
        assertThat(none.layerPnl()[1]).isZero();
        assertThat(none.layerPnl()[2]).isZero();
        assertThat(none.core()).isNegative();
    }

    @Test
    void slippageScalesTheSpotVolMapsResponse() {
        // docs/model.md §5: ln(VIX'/VIX) = −kDown·r·scale, r = 100·ln(0.95), kDown = 0.056 (the fixture's defaults).
        double r = 100 * Math.log(0.95);
        for (double scale : StressLibrary.SLIPPAGE_SCALES) {
            Shock shock = Shock.alongMap("slip", -5, scale, 0);
            assertThat(VALUATION.vixAfter(shock)).as("scale " + scale)
                    .isCloseTo(16.4 * Math.exp(-0.056 * r * scale), within(1e-12));
        }
    }

    @Test
    void layerResultsAreTheEngineValuationLessTodaysMarkAndSumToCoreHedgeAndTotal() {
        Shock shock = Shock.move("SPX −3 %, VIX +6", -3, 6);
        StressResult result = VALUATION.result(shock, StressResult.Group.USER);
        PositionValuation engine = PositionValuation.of(HEDGED);
        double[] after = engine.on(0).layerPnl(7600 * 0.97, 22.4);
        double[] today = engine.on(0).layerPnl(7600, 16.4);
        for (int i = 0; i < 3; i++) {
            assertThat(result.layerPnl()[i]).isCloseTo(after[i] - today[i], within(1e-6));
        }
        assertThat(result.core()).isCloseTo(after[0] - today[0], within(1e-6));
        assertThat(result.hedge()).isCloseTo(after[1] - today[1] + after[2] - today[2], within(1e-6));
        assertThat(result.total()).isCloseTo(result.core() + result.hedge(), within(1e-9));
    }

    @Test
    void aDayLaterIsTheEnginesNextDayAtTheSameLevels() {
        StressResult flat = VALUATION.result(Shock.alongMap("1 day", 0, 1, 1), StressResult.Group.GAMMA);
        PositionValuation engine = PositionValuation.of(HEDGED);
        assertThat(flat.total()).isCloseTo(engine.on(1).pnl(7600, 16.4) - engine.on(0).pnl(7600, 16.4), within(1e-6));
    }

    @Test
    void anImpliedVolShiftIsTheScenarioWithItsSpxLegsVolsMoved() {
        // +2 vol points on every SPX option and +3 more on the condor's expiry: the second implementation moves the legs
        // by hand and values that scenario with the engine.
        UserStress stress = new UserStress("IV up", 0, 0, false, 0, 2,
                List.of(new ExpiryIvShift(Fixtures.CONDOR_EXPIRY, 3)), 0, 0);
        StressResult result = VALUATION.result(Shock.of(stress, 1), StressResult.Group.USER);
        Scenario moved = HEDGED.mapLayer(0, layer -> layer.withLegs(layer.legs().stream()
                .map(leg -> leg.instrument() instanceof SpxOption ? leg.withImpliedVol(leg.vol() + 0.05) : leg).toList()));
        double expected = PositionValuation.of(moved).on(0).layerPnl(7600, 16.4)[0]
                - PositionValuation.of(HEDGED).on(0).layerPnl(7600, 16.4)[0];
        assertThat(result.core()).isCloseTo(expected, within(1e-6));
        assertThat(result.hedge()).isZero();
    }

    @Test
    void aCurveShiftAndTwistMoveAQuotedFutureByShiftPlusTwistTimesTenorOverNinety() {
        // The long 2 Jan-20 VX futures, quoted on the curve: shift +1.5, twist −2 points at 90 days, spot VIX unchanged.
        // τ = days from 2026-11-25 10:00 to 2027-01-20 09:30 New York; ΔF = 1.5 − 2·τ/90; P&L = ΔF × 1000 × 2.
        double tau = Duration.between(Fixtures.VALUATION.atZone(Instrument.NEW_YORK),
                Instrument.vixSettlement(LocalDate.of(2027, 1, 20))).getSeconds() / 86_400.0;
        UserStress stress = new UserStress("Curve", 0, 0, false, 0, 0, List.of(), 1.5, -2);
        StressResult result = VALUATION.result(Shock.of(stress, 1), StressResult.Group.USER);
        assertThat(result.layerPnl()[2]).isCloseTo((1.5 - 2 * tau / 90) * 1000 * 2, within(1e-6));
        assertThat(result.core()).isZero();
    }

    @Test
    void aHistoricalDayMovesTheCurveFromItsVixMoveToItsVix3mMoveLinearlyInTenor() {
        // The day's term-structure move at τ: ΔVIX + (ΔVIX3M − ΔVIX)·min(τ, 93)/93 (docs/capital.md §4), here for the
        // Jan-20 future with ΔVIX = +20.01 and ΔVIX3M = +11.10 (2018-02-05 against 2018-02-02 in the files).
        double tau = Duration.between(Fixtures.VALUATION.atZone(Instrument.NEW_YORK),
                Instrument.vixSettlement(LocalDate.of(2027, 1, 20))).getSeconds() / 86_400.0;
        double dVix = 37.32 - 17.31;
        double dVix3m = 28.13 - 17.03;
        Shock day = new HistoricalEvent("day", LocalDate.of(2018, 2, 2), LocalDate.of(2018, 2, 5), -4.1, dVix, dVix3m, "")
                .shock();
        StressResult result = VALUATION.result(day, StressResult.Group.HISTORICAL);
        double move = dVix + (dVix3m - dVix) * Math.min(tau, 93) / 93;
        assertThat(result.layerPnl()[2]).isCloseTo(move * 1000 * 2, within(1e-6));
    }

    @Test
    void gammaMovesAreOneAndTwoSigmaOfVixOverRootTwoFiftyTwo() {
        // σ = 16.4/√252 = 1.0331 %; the +1σ log move is e^{0.010331} − 1.
        List<Shock> gamma = StressLibrary.gamma(16.4, 1);
        double sigma = 16.4 / Math.sqrt(252) / 100;
        assertThat(gamma).hasSize(5);
        assertThat(gamma.get(0).spxMovePct()).isZero();
        assertThat(gamma.get(2).spxMovePct()).isCloseTo(100 * (Math.exp(sigma) - 1), within(1e-12));
        assertThat(gamma.get(3).spxMovePct()).isCloseTo(100 * (Math.exp(-2 * sigma) - 1), within(1e-12));
        assertThat(gamma).allMatch(shock -> shock.daysElapsed() == 1);
    }

    @Test
    void theLibraryRunsHistoricalUserSlippageAndGammaInOrder() {
        Scenario withStress = HEDGED.withCapital(HEDGED.capital().withStresses(List.of(UserStress.spxMove("SPX −8 %", -8))));
        List<StressResult> results = StressLibrary.run(StressValuation.of(withStress), Optional.of(SampleHistory.load()));
        assertThat(results.stream().map(StressResult::group).distinct())
                .containsExactly(StressResult.Group.HISTORICAL, StressResult.Group.USER, StressResult.Group.SLIPPAGE,
                        StressResult.Group.GAMMA);
        assertThat(results).hasSize(6 + 1 + 9 + 5);
        assertThat(StressLibrary.run(StressValuation.of(withStress), Optional.empty())).hasSize(1 + 9 + 5);
    }

    @Test
    void aStressedMarketLeavesTheScenarioValidAndTheBaseUntouched() {
        // The curve-moved market is a copy: today's valuation still prices the Jan future on today's curve.
        VALUATION.result(Shock.of(new UserStress("Curve", 0, 0, false, 0, 0, List.of(), 5, 0), 1), StressResult.Group.USER);
        assertThat(MarketState.of(HEDGED).futures().priceAt(0)).isEqualTo(16.4);
        assertThat(VALUATION.result(Shock.move("none", 0, 0), StressResult.Group.USER).total()).isZero();
        assertThat(HEDGED.layers().get(0).legs().stream().mapToDouble(Leg::vol).toArray())
                .containsExactly(0.190, 0.174, 0.116, 0.113);
    }
}
