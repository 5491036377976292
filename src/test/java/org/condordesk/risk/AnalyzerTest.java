package org.condordesk.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.condordesk.Fixtures;
import org.condordesk.market.MarketState;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AnalyzerTest {

    static Stream<Long> seeds() {
        return new SplittableRandom(20261125).longs(200).boxed();
    }

    /** A random condor: strikes on a 5-point grid around 7600, 1–20 lots, entry prices from 0.05 to 60. */
    static Layer randomCondor(SplittableRandom random) {
        double shortPut = 5 * Math.round((7600 - random.nextDouble(20, 700)) / 5);
        double shortCall = 5 * Math.round((7600 + random.nextDouble(20, 700)) / 5);
        double longPut = shortPut - 5 * random.nextInt(1, 40);
        double longCall = shortCall + 5 * random.nextInt(1, 40);
        double[] entries = {random.nextDouble(0.05, 20), random.nextDouble(5, 60), random.nextDouble(5, 60),
            random.nextDouble(0.05, 20)};
        double[] vols = {random.nextDouble(0.08, 0.6), random.nextDouble(0.08, 0.6), random.nextDouble(0.08, 0.6),
            random.nextDouble(0.08, 0.6)};
        return Fixtures.condor(longPut, shortPut, shortCall, longCall, random.nextInt(1, 21), entries, vols);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void ironCondorBreakEvensAreShortStrikesPlusMinusCredit(long seed) {
        Layer condor = randomCondor(new SplittableRandom(seed));
        double[] k = condor.legs().stream().mapToDouble(l -> l.instrument().optionStrike().orElseThrow()).toArray();
        double[] e = condor.legs().stream().mapToDouble(l -> l.entryPrice()).toArray();
        double credit = e[1] + e[2] - e[0] - e[3];
        double maxWidth = Math.max(k[1] - k[0], k[3] - k[2]);
        AnalysisSettings wide = AnalysisSettings.defaults().withRange(-30, 30, 401).withoutHeatmapAndDecay();
        Scenario scenario = Fixtures.scenario(List.of(condor));
        PnlCurve expiry = Analyzer.analyze(scenario, MarketState.of(scenario), wide).expiryCurve();
        if (credit <= 0 || credit >= maxWidth) {
            return; // No break-even inside the wings (always a loss, or always a profit): nothing to compare.
        }
        // Each side breaks even inside its own wing only if the credit is smaller than that wing.
        Stream.Builder<Double> expected = Stream.builder();
        if (credit < k[1] - k[0]) {
            expected.add(k[1] - credit);
        }
        if (credit < k[3] - k[2]) {
            expected.add(k[2] + credit);
        }
        List<Double> want = expected.build().toList();
        assertThat(expiry.breakEvens()).hasSameSizeAs(want);
        for (int i = 0; i < want.size(); i++) {
            assertThat(expiry.breakEvens().get(i)).isCloseTo(want.get(i), within(1e-6));
        }
        // Max profit is the credit, max loss the wider wing less the credit, both × 100 × lots.
        double lots = condor.legs().get(0).quantity() * 100.0;
        assertThat(expiry.maxProfit()).isCloseTo(credit * lots, within(1e-6 * lots));
        assertThat(expiry.maxLoss()).isCloseTo(-(maxWidth - credit) * lots, within(1e-6 * lots));
    }

    /** A long call butterfly K−w / K / K+w bought for {@code debit}, {@code lots} lots. */
    static Layer butterfly(double body, double wing, int lots, double debit) {
        return Layer.of("Butterfly", LayerRole.CORE, List.of(
                Leg.option(Fixtures.spx(OptionRight.CALL, body - wing), lots, debit, 0.15),
                Leg.option(Fixtures.spx(OptionRight.CALL, body), -2 * lots, 0, 0.15),
                Leg.option(Fixtures.spx(OptionRight.CALL, body + wing), lots, 0, 0.15)));
    }

    @Test
    void expiryMaxProfitOfAButterflyIsExactAtItsBody() {
        // Issue 13: a 10-lot 7560/7610/7660 call butterfly bought for 10 peaks at 7610 at (50 − 10)·100·10 = 40 000;
        // the 401-point grid alone showed 38 600.
        Scenario scenario = Fixtures.scenario(List.of(butterfly(7610, 50, 10, 10)));
        PnlCurve expiry = Analyzer.analyze(scenario).expiryCurve();
        assertThat(expiry.maxProfit()).isCloseTo(40_000, within(1e-9));
        assertThat(expiry.high().spx()).isCloseTo(7610, within(1e-9));
        assertThat(expiry.high().beyondRange()).isFalse();
        // Below 7560 and above 7660 it loses the debit: 10·100·10 = 10 000, flat beyond the range, so bounded.
        assertThat(expiry.maxLoss()).isCloseTo(-10_000, within(1e-9));
        assertThat(expiry.low().beyondRange()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomButterfliesPeakExactlyAtTheBody(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double body = 5 * Math.round(random.nextDouble(7000, 8200) / 5);
        double wing = 5 * random.nextInt(1, 40);
        int lots = random.nextInt(1, 21);
        double debit = random.nextDouble(0.05, wing);
        Scenario scenario = Fixtures.scenario(List.of(butterfly(body, wing, lots, debit)));
        PnlCurve expiry = Analyzer.analyze(scenario, MarketState.of(scenario),
                AnalysisSettings.defaults().withoutHeatmapAndDecay()).expiryCurve();
        // Hand: the payoff peaks at the body at (wing − debit)·100·lots.
        assertThat(expiry.maxProfit()).isCloseTo((wing - debit) * 100 * lots, within(1e-7 * lots * 100 * wing));
    }

    @Test
    void aNakedStranglesMaxLossIsOnTheRangeAndTheCondorsIsNot() {
        Scenario strangle = Fixtures.scenario(List.of(Layer.of("Strangle", LayerRole.CORE, List.of(
                Leg.option(Fixtures.spx(OptionRight.PUT, 7350), -10, 21.40, 0.174),
                Leg.option(Fixtures.spx(OptionRight.CALL, 7800), -10, 12.30, 0.116)))));
        PnlCurve expiry = Analyzer.analyze(strangle).expiryCurve();
        // At +10 % (8360): (8360 − 7800 − 12.30 − 21.40)·100·(−10) = −526 300, and worse beyond.
        assertThat(expiry.maxLoss()).isCloseTo(-(8360 - 7800 - 33.70) * 1000, within(1e-6));
        assertThat(expiry.low().beyondRange()).isTrue();
        assertThat(expiry.low().spx()).isCloseTo(8360, within(1e-9));
        assertThat(Analyzer.analyze(Fixtures.condorOnly()).expiryCurve().low().beyondRange()).isFalse();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void vegaNeutralSolveZeroesNetVixVega(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Layer hedge = random.nextBoolean() ? Fixtures.futures() : Fixtures.diagonal();
        Scenario scenario = Fixtures.scenario(List.of(randomCondor(random), hedge.withSize(random.nextDouble(0, 5))));
        Analysis before = Analyzer.analyze(scenario);
        HedgeSolve solve = before.selectedHedge().orElseThrow();
        if (!solve.feasible()) {
            assertThat(solve.multiplier() < 0 || Double.isNaN(solve.multiplier())
                    || solve.multiplier() > Layer.MAX_SIZE_MULTIPLIER).isTrue();
            return;
        }
        Scenario neutral = scenario.mapLayer(1, layer -> layer.withSize(solve.multiplier()));
        assertThat(Math.abs(Analyzer.analyze(neutral).netVixVega())).isLessThan(1e-9);
        // The size under the other response zeroes net vega when the scenario uses that response.
        double otherSize = solve.multiplierOtherResponse();
        if (!(otherSize >= 0 && otherSize <= Layer.MAX_SIZE_MULTIPLIER)) {
            return; // infeasible there: no size to apply
        }
        Scenario other = scenario.withModel(scenario.model().withVolResponse(before.otherVolResponse()))
                .mapLayer(1, layer -> layer.withSize(solve.multiplierOtherResponse()));
        assertThat(Math.abs(Analyzer.analyze(other).netVixVega())).isLessThan(1e-9);
    }

    @Test
    void disabledLayerCountsZeroAndSizeScalesLinearly() {
        Scenario hedged = Fixtures.hedged();
        Analysis base = Analyzer.analyze(hedged);
        Analysis disabled = Analyzer.analyze(hedged.mapLayer(2, l -> l.withEnabled(false)));
        Analysis doubled = Analyzer.analyze(hedged.mapLayer(2, l -> l.withSize(2)));
        Greeks layer = base.layers().get(2).greeks();
        assertThat(disabled.layers().get(2).greeks().vixVega()).isCloseTo(0, within(0.0));
        assertThat(disabled.layers().get(2).greeks().pnl()).isCloseTo(0, within(0.0));
        assertThat(disabled.netVixVega()).isCloseTo(base.netVixVega() - layer.vixVega(), within(1e-9));
        assertThat(doubled.netVixVega()).isCloseTo(base.netVixVega() + layer.vixVega(), within(1e-9));
        assertThat(doubled.position().pnl()).isCloseTo(base.position().pnl() + layer.pnl(), within(1e-6));
        // The unit-size vega a solve needs is still there when the layer is off.
        assertThat(disabled.layers().get(2).vixVegaAtUnitSize()).isCloseTo(layer.vixVega(), within(1e-9));
    }

    @Test
    void vegaByExpirySumsToThePositionVega() {
        Analysis analysis = Analyzer.analyze(Fixtures.hedged());
        double vix = analysis.vegaByExpiry().stream().mapToDouble(ExpiryBucket::vixVega).sum();
        double spx = analysis.vegaByExpiry().stream().mapToDouble(ExpiryBucket::spxVega).sum();
        assertThat(vix).isCloseTo(analysis.netVixVega(), within(1e-9));
        assertThat(spx).isCloseTo(analysis.position().spxVega(), within(1e-9));
        assertThat(analysis.vegaByExpiry()).extracting(ExpiryBucket::expiry).isSorted().hasSize(4);
    }

    @Test
    void sampleCondorIsShortVegaAndTheHedgeOffsetsPartOfIt() {
        Analysis condor = Analyzer.analyze(Fixtures.condorOnly());
        Analysis hedged = Analyzer.analyze(Fixtures.hedged());
        assertThat(condor.netVixVega()).isNegative();
        assertThat(hedged.netVixVega()).isGreaterThan(condor.netVixVega()).isNegative();
        assertThat(condor.position().thetaPerDay()).isPositive();
        // 10 lots of a 75-wide condor for a 13.30 credit (21.40 + 12.30 − 15.90 − 4.50):
        // max profit $13 300, max loss (75 − 13.30) × 100 × 10 = $61 700 at expiry.
        assertThat(condor.expiryCurve().maxProfit()).isCloseTo(13_300, within(1e-6));
        assertThat(condor.expiryCurve().maxLoss()).isCloseTo(-61_700, within(1e-6));
        assertThat(condor.expiryCurve().breakEvens()).satisfiesExactly(
                low -> assertThat(low).isCloseTo(7350 - 13.30, within(1e-6)),
                high -> assertThat(high).isCloseTo(7800 + 13.30, within(1e-6)));
    }

    @Test
    void heatmapCentreAndDecayStartAgreeWithTheCurves() {
        Analysis analysis = Analyzer.analyze(Fixtures.hedged());
        Heatmap heatmap = analysis.heatmap().orElseThrow();
        int spxCentre = heatmap.spxMovesPct().length / 2;
        int vixZero = 8; // −8 … +32 in 1-point steps
        assertThat(heatmap.vixMovesPoints()[vixZero]).isCloseTo(0, within(1e-12));
        PnlCurve target = analysis.targetCurve();
        assertThat(heatmap.pnl()[vixZero][spxCentre]).isCloseTo(target.pnl()[target.pnl().length / 2], within(1e-6));
        DecayCurves decay = analysis.decay().orElseThrow();
        PnlCurve today = analysis.todayCurve();
        assertThat(decay.totalPnl()[0]).isCloseTo(today.pnl()[today.pnl().length / 2], within(1e-6));
        assertThat(decay.totalPnl()[0]).isCloseTo(analysis.position().pnl(), within(1e-6));
    }
}
