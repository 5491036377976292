package org.condordesk.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.condordesk.Fixtures;
import org.condordesk.market.MarketState;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.model.VixEtf;
import org.junit.jupiter.api.Test;

/**
 * The engine's dollar greeks equal central finite differences of its own valuation: the independent
 * check that delta, gamma, VIX vega and theta mean what docs/model.md says they mean.
 */
class GreeksFiniteDifferenceTest {

    private static final Scenario SCENARIO = Fixtures.hedged().plusLayer(Layer.of("ETF", LayerRole.HEDGE,
            List.of(Leg.linear(new VixEtf("VXX", 30, 1.0), 500, 41.0))));

    private final MarketState market = MarketState.of(SCENARIO);
    private final PositionModel position = new PositionModel(SCENARIO, market);
    private final Slice now = position.at(0);
    private final Greeks greeks = Analyzer.analyze(SCENARIO).position();
    private final double spot = market.spxSpot();
    private final double vix = market.vixSpot();

    @Test
    void spxDeltaAndGammaAreSpotDerivativesWithVixHeld() {
        double h = 0.5;
        double up = now.pnl(spot + h, vix);
        double mid = now.pnl(spot, vix);
        double down = now.pnl(spot - h, vix);
        assertThat(greeks.spxDelta()).isCloseTo((up - down) / (2 * h), within(1e-3 * Math.abs(greeks.spxDelta()) + 1e-2));
        assertThat(greeks.spxGamma()).isCloseTo((up - 2 * mid + down) / (h * h), within(1e-3 * Math.abs(greeks.spxGamma())));
    }

    @Test
    void vixVegaIsTheDerivativeOfValueWithRespectToSpotVix() {
        double h = 1e-3;
        double fd = (now.pnl(spot, vix + h) - now.pnl(spot, vix - h)) / (2 * h);
        assertThat(greeks.vixVega()).isCloseTo(fd, within(1e-6 * Math.abs(fd) + 1e-4));
    }

    @Test
    void vixVegaOfEachLayerMatchesItsOwnFiniteDifference() {
        Analysis analysis = Analyzer.analyze(SCENARIO);
        double h = 1e-3;
        double[] up = new double[SCENARIO.layers().size()];
        double[] down = new double[SCENARIO.layers().size()];
        now.layerPnl(spot, vix + h, up);
        now.layerPnl(spot, vix - h, down);
        for (LayerRisk layer : analysis.layers()) {
            double fd = (up[layer.index()] - down[layer.index()]) / (2 * h);
            assertThat(layer.greeks().vixVega()).as(layer.layer().name()).isCloseTo(fd, within(1e-6 * Math.abs(fd) + 1e-4));
        }
    }

    @Test
    void thetaIsTheValueChangePerCalendarDayWithSpotAndVixHeld() {
        double dt = 1e-4;
        double fd = (position.at(dt).pnl(spot, vix) - now.pnl(spot, vix)) / dt;
        assertThat(greeks.thetaPerDay()).isCloseTo(fd, within(2e-3 * Math.abs(fd)));
    }

    @Test
    void spotVolDeltaAddsTheHedgesResponseThroughTheSpotVolMap() {
        Analysis analysis = Analyzer.analyze(SCENARIO);
        // Falling SPX lifts VIX, and the position is net short VIX vega: the spot-vol delta is more
        // positive than the sticky-VIX delta by about vixVega × dVIX/dSPX.
        double dVixPerPoint = vix * 0.5 * (SCENARIO.model().spotVol().kDown() + SCENARIO.model().spotVol().kUp()) * 100 / spot;
        assertThat(analysis.spxDeltaWithSpotVol())
                .isCloseTo(greeks.spxDelta() - greeks.vixVega() * dVixPerPoint, within(0.05 * Math.abs(greeks.vixVega() * dVixPerPoint)));
    }

    @Test
    void futuresLegThetaIsTheCurveRollDown() {
        Analysis analysis = Analyzer.analyze(SCENARIO);
        LegRisk future = analysis.layers().get(2).legs().get(0);
        // Jan future (56 days) on a curve rising from 17.45 (21 days) to 18.55 (56 days): 1.10/35 a day × 2 × 1000.
        double days = market.daysTo(LocalDate.of(2027, 1, 20).atTime(9, 30).atZone(org.condordesk.model.Instrument.NEW_YORK))
                - market.daysTo(LocalDate.of(2026, 12, 16).atTime(9, 30).atZone(org.condordesk.model.Instrument.NEW_YORK));
        assertThat(future.greeks().thetaPerDay()).isCloseTo(-1.10 / days * 2000, within(1e-9));
    }
}
