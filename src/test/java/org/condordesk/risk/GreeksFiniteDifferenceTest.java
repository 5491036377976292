package org.condordesk.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.condordesk.Fixtures;
import org.condordesk.market.MarketState;
import org.condordesk.model.Instrument;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.model.TimeBasis;
import org.condordesk.model.VixEtf;
import org.condordesk.model.VolResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's dollar greeks equal finite differences of its own valuation ({@link PositionValuation}, the
 * same P&L the curves use), at the valuation state and at shifted ones (a VIX shift, either vol response,
 * trading time): the independent check that delta, gamma, VIX vega and theta mean what docs/model.md says.
 */
class GreeksFiniteDifferenceTest {

    private static final Scenario BASE = Fixtures.hedged().plusLayer(Layer.of("ETF", LayerRole.HEDGE,
            List.of(Leg.linear(new VixEtf("VXX", 30, 1.0), 500, 41.0))));

    static Stream<Arguments> states() {
        return Stream.of(VolResponse.values()).flatMap(response -> Stream.of(TimeBasis.values()).flatMap(basis ->
                Stream.of(0.0, 5.0, -5.0, 20.0).map(shift -> Arguments.of(response, basis, shift))));
    }

    private record State(Scenario scenario, MarketState market, Analysis analysis, PositionValuation.Dated now,
                         double spot, double vix) {

        static State of(VolResponse response, TimeBasis basis, double shift) {
            Scenario scenario = BASE.withModel(BASE.model().withVolResponse(response).withTimeBasis(basis, 0.1));
            MarketState market = MarketState.of(scenario);
            Analysis analysis = Analyzer.analyze(scenario, market, AnalysisSettings.defaults().withVixShift(shift));
            return new State(scenario, market, analysis, PositionValuation.of(scenario, market, 0).on(0),
                    market.spxSpot(), market.vixSpot() + shift);
        }
    }

    @ParameterizedTest
    @MethodSource("states")
    void spxDeltaAndGammaAreSpotDerivativesWithVixHeld(VolResponse response, TimeBasis basis, double shift) {
        State s = State.of(response, basis, shift);
        Greeks greeks = s.analysis().position();
        double h = 0.5;
        double up = s.now().pnl(s.spot() + h, s.vix());
        double mid = s.now().pnl(s.spot(), s.vix());
        double down = s.now().pnl(s.spot() - h, s.vix());
        assertThat(greeks.spxDelta()).isCloseTo((up - down) / (2 * h), within(1e-3 * Math.abs(greeks.spxDelta()) + 1e-2));
        assertThat(greeks.spxGamma()).isCloseTo((up - 2 * mid + down) / (h * h), within(2e-3 * Math.abs(greeks.spxGamma()) + 1e-4));
    }

    @ParameterizedTest
    @MethodSource("states")
    void vixVegaOfThePositionAndOfEachLayerIsTheDerivativeInSpotVix(VolResponse response, TimeBasis basis, double shift) {
        State s = State.of(response, basis, shift);
        double h = 1e-3;
        double fd = (s.now().pnl(s.spot(), s.vix() + h) - s.now().pnl(s.spot(), s.vix() - h)) / (2 * h);
        assertThat(s.analysis().netVixVega()).isCloseTo(fd, within(1e-6 * Math.abs(fd) + 1e-4));
        double[] up = s.now().layerPnl(s.spot(), s.vix() + h);
        double[] down = s.now().layerPnl(s.spot(), s.vix() - h);
        for (LayerRisk layer : s.analysis().layers()) {
            double layerFd = (up[layer.index()] - down[layer.index()]) / (2 * h);
            assertThat(layer.greeks().vixVega()).as(layer.layer().name())
                    .isCloseTo(layerFd, within(1e-6 * Math.abs(layerFd) + 1e-4));
        }
    }

    @ParameterizedTest
    @MethodSource("states")
    void vixVegaUnderTheOtherResponseIsThatResponsesDerivative(VolResponse response, TimeBasis basis, double shift) {
        State s = State.of(response, basis, shift);
        State other = State.of(response.other(), basis, shift);
        double h = 1e-3;
        double fd = (other.now().pnl(s.spot(), s.vix() + h) - other.now().pnl(s.spot(), s.vix() - h)) / (2 * h);
        assertThat(s.analysis().netVixVegaOtherResponse()).isCloseTo(fd, within(1e-6 * Math.abs(fd) + 1e-4));
    }

    @ParameterizedTest
    @MethodSource("states")
    void thetaIsTheValueChangeOverTheNextDayWithSpotAndVixHeld(VolResponse response, TimeBasis basis, double shift) {
        State s = State.of(response, basis, shift);
        PositionValuation valuation = PositionValuation.of(s.scenario(), s.market(), 0);
        double oneDay = valuation.on(1).pnl(s.spot(), s.vix()) - valuation.on(0).pnl(s.spot(), s.vix());
        assertThat(s.analysis().position().thetaPerDay()).isCloseTo(oneDay, within(1e-9 * Math.abs(oneDay) + 1e-9));
        // It is also the first day of the decay curve (VIX held at the shifted level).
        DecayCurves decay = Analyzer.analyze(s.scenario(), s.market(), AnalysisSettings.defaults().withVixShift(shift))
                .decay().orElseThrow();
        assertThat(decay.dailyTheta()[1]).isCloseTo(oneDay, within(1e-6));
    }

    @ParameterizedTest
    @MethodSource("states")
    void etfVegaAndDeltaAreDerivativesOfTheEtfValuationUsed(VolResponse response, TimeBasis basis, double shift) {
        State s = State.of(response, basis, shift);
        LayerRisk etf = s.analysis().layers().get(3);
        LegRisk shares = etf.legs().get(0);
        double h = 1e-3;
        double[] up = s.now().layerPnl(s.spot(), s.vix() + h);
        double[] down = s.now().layerPnl(s.spot(), s.vix() - h);
        double fd = (up[3] - down[3]) / (2 * h);
        assertThat(shares.greeks().vixVega()).isCloseTo(fd, within(1e-7 * Math.abs(fd) + 1e-6));
        // VIX delta is per point of the constant-maturity future: vega / b(30).
        assertThat(shares.vixDelta() * s.market().volFactor().futuresBeta(30)).isCloseTo(fd, within(1e-6 * Math.abs(fd)));
    }

    @Test
    void aFlooredInverseEtfHasNoGreeks() {
        // An inverse ETF (L = −1) is floored at 0 once 1 − b(30)·ΔVIX/F_c ≤ 0: with b(30) ≈ 0.51 and F_c ≈ 17.7,
        // a +40 point shift floors it. The valuation is flat there, so every derivative is 0.
        Scenario inverse = Fixtures.condorOnly().plusLayer(Layer.of("Inverse", LayerRole.HEDGE,
                List.of(Leg.linear(new VixEtf("VXX", 30, -1.0), 100, 40.0))));
        Analysis analysis = Analyzer.analyze(inverse, MarketState.of(inverse), AnalysisSettings.defaults().withVixShift(40));
        LegRisk etf = analysis.layers().get(1).legs().get(0);
        assertThat(etf.pricePerUnit()).isZero();
        assertThat(etf.vixDelta()).isZero();
        assertThat(etf.greeks().vixVega()).isZero();
        assertThat(etf.greeks().thetaPerDay()).isZero();
        assertThat(etf.greeks().pnl()).isCloseTo(-40.0 * 100, within(1e-9));
    }

    @Test
    void thetaWithSixHoursLeftIsTheValueLeft() {
        // A short OTM put at 10:00 on its expiry day: 6 hours to the 16:00 PM settlement. Theta is the decay over
        // those 6 hours, to its intrinsic value 0: exactly minus the position's value, never more.
        Scenario lastDay = Fixtures.scenario(List.of(Layer.of("Short put", LayerRole.CORE, List.of(
                Leg.option(Fixtures.spx(OptionRight.PUT, 7500), -10, 1.0, 0.2)))))
                .withValuationTime(LocalDateTime.of(2026, 12, 9, 10, 0));
        Analysis analysis = Analyzer.analyze(lastDay);
        Greeks position = analysis.position();
        assertThat(position.value()).isNegative();
        assertThat(position.thetaPerDay()).isCloseTo(-position.value(), within(1e-9));
    }

    @Test
    void futuresLegThetaIsTheCurveRollDown() {
        Analysis analysis = Analyzer.analyze(BASE);
        MarketState market = MarketState.of(BASE);
        LegRisk future = analysis.layers().get(2).legs().get(0);
        // Jan future (56 days) on a curve rising from 17.45 (21 days) to 18.55 (56 days): 1.10/35 a day × 2 × 1000.
        double days = market.daysTo(LocalDate.of(2027, 1, 20).atTime(9, 30).atZone(Instrument.NEW_YORK))
                - market.daysTo(LocalDate.of(2026, 12, 16).atTime(9, 30).atZone(Instrument.NEW_YORK));
        assertThat(future.greeks().thetaPerDay()).isCloseTo(-1.10 / days * 2000, within(1e-9));
    }

    @Test
    void spotVolDeltaAddsTheHedgesResponseThroughTheSpotVolMap() {
        Analysis analysis = Analyzer.analyze(BASE);
        Greeks greeks = analysis.position();
        double vix = BASE.market().vixSpot();
        double spot = BASE.market().spxSpot();
        // Falling SPX lifts VIX: the spot-vol delta differs from the sticky-VIX delta by about
        // −vixVega × dVIX/dSPX, dVIX/dSPX the average of the map's two slopes at spot.
        double dVixPerPoint = vix * 0.5 * (BASE.model().spotVol().kDown() + BASE.model().spotVol().kUp()) * 100 / spot;
        assertThat(analysis.spxDeltaWithSpotVol()).isCloseTo(greeks.spxDelta() - greeks.vixVega() * dVixPerPoint,
                within(0.05 * Math.abs(greeks.vixVega() * dVixPerPoint) + 1));
    }
}
