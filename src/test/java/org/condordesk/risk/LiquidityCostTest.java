package org.condordesk.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.condordesk.market.MarketState;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Scenario;
import org.condordesk.store.json.ScenarioJson;
import org.junit.jupiter.api.Test;

/** The quick ratio on the sample scenario, every figure worked by hand from samples/condor-vix-hedge.json. */
class LiquidityCostTest {

    private static final Scenario SAMPLE = ScenarioJson.read(Path.of("samples/condor-vix-hedge.json"));

    private static List<LiquidityCost.LayerCost> costs(Scenario scenario, double maxShare) {
        Analysis analysis = Analyzer.analyze(scenario, MarketState.of(scenario), AnalysisSettings.defaults().withoutHeatmapAndDecay());
        return LiquidityCost.of(scenario, analysis, maxShare);
    }

    @Test
    void condorRoundTripAgainstItsCredit() {
        LiquidityCost.LayerCost condor = costs(SAMPLE, 0.20).get(0);
        assertThat(condor.role()).isEqualTo(LayerRole.CORE);
        // half-spreads: 7275P (16.10−15.70)/2 = 0.20, 7350P 0.20, 7800C 0.20, 7875C 0.15 points; 10 lots × 100
        assertThat(condor.legs()).extracting(LiquidityCost.LegCost::halfSpreadPoints)
                .usingElementComparator((a, b) -> Math.abs(a - b) < 1e-12 ? 0 : Double.compare(a, b))
                .containsExactly(0.2, 0.2, 0.2, 0.15);
        double open = (0.20 + 0.20 + 0.20 + 0.15) * 10 * 100;                          // $750
        assertThat(condor.openCost()).isCloseTo(open, within(1e-9));
        assertThat(condor.closeCost()).isCloseTo(open, within(1e-9));
        assertThat(condor.roundTrip()).isCloseTo(1500, within(1e-9));
        // credit: (21.40 + 12.30 − 15.90 − 4.50) × 10 × 100 = $13,300
        assertThat(condor.edge()).isCloseTo(13_300, within(1e-9));
        assertThat(condor.shareOfEdge()).isCloseTo(1500 / 13_300.0, within(1e-12));
        assertThat(condor.flagged()).isFalse();                                     // 11.3 % ≤ 20 %
        assertThat(costs(SAMPLE, 0.10).get(0).flagged()).isTrue();                  // 11.3 % > 10 %
    }

    @Test
    void hedgeRoundTripAgainstItsVixVega() {
        Analysis analysis = Analyzer.analyze(SAMPLE, MarketState.of(SAMPLE), AnalysisSettings.defaults().withoutHeatmapAndDecay());
        LiquidityCost.LayerCost diagonal = LiquidityCost.of(SAMPLE, analysis, 0.20).get(1);
        // half-spreads 0.05 and 0.10 points, 40 lots × 100: open $600, round trip $1,200
        assertThat(diagonal.roundTrip()).isCloseTo(2 * (0.05 + 0.10) * 40 * 100, within(1e-9));
        double vixVega = Math.abs(analysis.layers().get(1).vixVegaAtUnitSize());
        assertThat(diagonal.edge()).isCloseTo(vixVega, within(1e-9));
        assertThat(diagonal.shareOfEdge()).isCloseTo(1200 / vixVega, within(1e-12));
        // the futures layer: 2 lots × 1000 × (18.55 − 18.50)/2 = $50 each way
        assertThat(costs(SAMPLE, 0.2).get(2).openCost()).isCloseTo(50, within(1e-9));
    }

    @Test
    void sizeScalesCostAndEdgeAndALegWithoutQuoteIsCountedApart() {
        Scenario doubled = SAMPLE.mapLayer(0, l -> l.withSize(2));
        LiquidityCost.LayerCost condor = costs(doubled, 0.2).get(0);
        assertThat(condor.roundTrip()).isCloseTo(3000, within(1e-9));
        assertThat(condor.edge()).isCloseTo(26_600, within(1e-9));
        Scenario unquoted = SAMPLE.mapLayer(0, l -> l.withLeg(0, new org.condordesk.model.Leg(l.legs().get(0).instrument(),
                l.legs().get(0).quantity(), l.legs().get(0).entryPrice(), l.legs().get(0).impliedVol(), java.util.Optional.empty())));
        LiquidityCost.LayerCost partial = costs(unquoted, 0.2).get(0);
        assertThat(partial.legsWithoutQuote()).isEqualTo(1);
        assertThat(partial.openCost()).isCloseTo((0.20 + 0.20 + 0.15) * 1000, within(1e-9));
        assertThat(partial.legs().get(0).quoted()).isFalse();
    }
}
