package org.condordesk.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.condordesk.Fixtures;
import org.condordesk.market.MarketState;
import org.condordesk.model.Fill;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.junit.jupiter.api.Test;

/**
 * docs/model.md §15: the realised P&L of closed lots is a constant of the position's P&L, of every curve, of the
 * decay chart and of the heatmap; a fully closed leg leaves the greeks. The check: a live book against the plan of
 * its open lots at the same entries, which the engine values independently (no fills), must differ by exactly the
 * hand-computed realised P&L everywhere, with equal greeks.
 */
class RealisedPnlTest {

    private static final LocalDateTime OPENED = Fixtures.VALUATION.minusDays(2);
    private static final LocalDateTime ADJUSTED = Fixtures.VALUATION.minusDays(1);

    /** The sample condor live: short put 7350 sold 10 at 21.40, 4 bought back at 12.00; long call 7875 closed. */
    private static Scenario live() {
        Layer condor = Fixtures.sampleCondor();
        List<Leg> legs = new ArrayList<>();
        for (int i = 0; i < condor.legs().size(); i++) {
            Leg leg = condor.legs().get(i);
            List<Fill> fills = new ArrayList<>(List.of(Fill.of(OPENED, leg.quantity(), leg.entryPrice())));
            if (i == 1) {
                fills.add(Fill.of(ADJUSTED, 4, 12.00));
            }
            if (i == 3) {
                fills.add(Fill.of(ADJUSTED, -10, 6.00));
            }
            legs.add(leg.withFills(fills));
        }
        return Fixtures.live(List.of(condor.withLegs(legs)));
    }

    /** The same open lots as a plan: short put −6 at 21.40, the long call gone. */
    private static Scenario openLotsAsPlan() {
        Layer condor = Fixtures.sampleCondor();
        List<Leg> legs = List.of(condor.legs().get(0), condor.legs().get(1).withQuantity(-6), condor.legs().get(2));
        return Fixtures.scenario(List.of(condor.withLegs(legs)));
    }

    // Hand: short put (21.40 − 12.00)·4·100 = 3 760; long call (6.00 − 4.50)·10·100 = 1 500. Realised 5 260.
    private static final double REALISED = 5260;

    @Test
    void realisedPnlIsReportedPerLegLayerAndPosition() {
        Analysis analysis = Analyzer.analyze(live());
        LayerRisk layer = analysis.layers().get(0);
        assertThat(layer.legs().get(1).realizedPnl()).isCloseTo(3760, within(1e-9));
        assertThat(layer.legs().get(3).realizedPnl()).isCloseTo(1500, within(1e-9));
        assertThat(layer.realizedPnl()).isCloseTo(REALISED, within(1e-9));
        assertThat(analysis.realizedPnl()).isCloseTo(REALISED, within(1e-9));
        assertThat(analysis.unrealizedPnl() + analysis.realizedPnl()).isCloseTo(analysis.position().pnl(), within(1e-9));
        assertThat(layer.unrealizedPnl()).isCloseTo(Analyzer.analyze(openLotsAsPlan()).position().pnl(), within(1e-6));
    }

    @Test
    void everyCurveTheDecayAndTheHeatmapCarryTheRealisedPnlAsAConstant() {
        Analysis live = Analyzer.analyze(live());
        Analysis plan = Analyzer.analyze(openLotsAsPlan());
        for (int c = 0; c < live.curves().size(); c++) {
            double[] a = live.curves().get(c).pnl();
            double[] b = plan.curves().get(c).pnl();
            for (int i = 0; i < a.length; i++) {
                assertThat(a[i] - b[i]).isCloseTo(REALISED, within(1e-6));
            }
            assertThat(live.curves().get(c).maxProfit() - plan.curves().get(c).maxProfit()).isCloseTo(REALISED, within(1e-6));
        }
        double[] liveDecay = live.decay().orElseThrow().totalPnl();
        double[] planDecay = plan.decay().orElseThrow().totalPnl();
        for (int i = 0; i < liveDecay.length; i++) {
            assertThat(liveDecay[i] - planDecay[i]).isCloseTo(REALISED, within(1e-6));
        }
        assertThat(live.heatmap().orElseThrow().pnl()[3][7] - plan.heatmap().orElseThrow().pnl()[3][7])
                .isCloseTo(REALISED, within(1e-6));
    }

    @Test
    void theGreeksAreThoseOfTheOpenLotsAndAClosedLegHasNone() {
        Analysis live = Analyzer.analyze(live());
        Analysis plan = Analyzer.analyze(openLotsAsPlan());
        assertThat(live.position().spxDelta()).isCloseTo(plan.position().spxDelta(), within(1e-9));
        assertThat(live.position().spxGamma()).isCloseTo(plan.position().spxGamma(), within(1e-12));
        assertThat(live.position().thetaPerDay()).isCloseTo(plan.position().thetaPerDay(), within(1e-9));
        assertThat(live.netVixVega()).isCloseTo(plan.netVixVega(), within(1e-9));
        LegRisk closed = live.layers().get(0).legs().get(3);
        assertThat(closed.greeks().spxDelta()).isZero();
        assertThat(closed.greeks().spxVega()).isZero();
        assertThat(closed.greeks().value()).isZero();
        assertThat(closed.greeks().pnl()).isCloseTo(1500, within(1e-9));
        // A closed leg's expiry is no date of the position: the vega buckets hold only the condor's expiry.
        assertThat(live.vegaByExpiry()).hasSize(1);
    }

    @Test
    void feesOfTheOpenLotsWeighOnTheUnrealisedAndFeesOfClosedLotsOnTheRealised() {
        // Sold 10 at 21.40 paying $12 ($1.20 a contract), bought 4 back at 12.00 paying $4.80.
        // Realised: 3 760 − 4·1.20 − 4.80 = 3 750.40. Open fees: 6·1.20 = 7.20, borne by the unrealised.
        Layer condor = Fixtures.sampleCondor();
        Leg put = condor.legs().get(1).withFills(List.of(new Fill(OPENED, -10, 21.40, 12), new Fill(ADJUSTED, 4, 12.00, 4.80)));
        Scenario live = Fixtures.live(List.of(condor.withLegs(List.of(put))));
        Scenario plan = Fixtures.scenario(List.of(condor.withLegs(List.of(condor.legs().get(1).withQuantity(-6)))));
        Analysis a = Analyzer.analyze(live);
        Analysis b = Analyzer.analyze(plan);
        assertThat(a.realizedPnl()).isCloseTo(3750.40, within(1e-9));
        assertThat(a.unrealizedPnl()).isCloseTo(b.position().pnl() - 7.20, within(1e-6));
        assertThat(a.position().pnl()).isCloseTo(b.position().pnl() + 3750.40 - 7.20, within(1e-6));
    }

    @Test
    void aDisabledLiveLayerCountsNothingAndAFullyClosedBookIsFinal() {
        Scenario live = live();
        Analysis disabled = Analyzer.analyze(live.mapLayer(0, l -> l.withEnabled(false)));
        assertThat(disabled.position().pnl()).isZero();
        assertThat(disabled.realizedPnl()).isZero();
        // Close the three open legs at their entries: only the 5 260 realised before remains, flat everywhere.
        Layer condor = live.layers().get(0);
        List<Leg> closed = new ArrayList<>();
        for (Leg leg : condor.legs()) {
            if (leg.isClosed()) {
                closed.add(leg);
            } else {
                List<Fill> fills = new ArrayList<>(leg.fills());
                fills.add(Fill.of(Fixtures.VALUATION, -leg.quantity(), leg.entryPrice()));
                closed.add(leg.withFills(fills));
            }
        }
        Analysis done = Analyzer.analyze(live.withLayer(0, condor.withLegs(closed)), MarketState.of(live),
                AnalysisSettings.defaults());
        assertThat(done.settled()).isTrue();
        assertThat(done.position().pnl()).isCloseTo(REALISED, within(1e-9));
        assertThat(done.todayCurve().maxLoss()).isCloseTo(REALISED, within(1e-9));
        assertThat(done.position().spxDelta()).isZero();
        assertThat(done.coreExpiry()).isEqualTo(Optional.empty());
    }

    @Test
    void aPartlyClosedFutureIsValuedAtTheVariationMarginOfItsOpenLotOnly() {
        // Issue 25 §5. Hand: 2 VX Jan bought at 18.00, 1 sold at 18.60: realised (18.60 − 18.00)·1000 = $600; the open
        // lot's value is its variation margin (F − 18.00)·1000, and P&L = that + 600 (before: value = P&L, $600 twice).
        org.condordesk.model.VixFuture jan = new org.condordesk.model.VixFuture(java.time.LocalDate.of(2027, 1, 20));
        Leg future = Leg.linear(jan, 2, 18.00).withFills(List.of(Fill.of(OPENED, 2, 18.00), Fill.of(ADJUSTED, -1, 18.60)));
        Scenario live = Fixtures.live(List.of(Layer.of("VX", org.condordesk.model.LayerRole.HEDGE, List.of(future))));
        LegRisk leg = Analyzer.analyze(live).layers().get(0).legs().get(0);
        double variationMargin = (leg.underlyingPrice() - 18.00) * 1000;
        assertThat(leg.realizedPnl()).isCloseTo(600, within(1e-9));
        assertThat(leg.greeks().value()).isCloseTo(variationMargin, within(1e-9));
        assertThat(leg.greeks().pnl()).isCloseTo(variationMargin + 600, within(1e-9));
    }
}
