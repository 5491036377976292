package org.condordesk.market;

import static org.assertj.core.api.Assertions.assertThat;

import org.condordesk.Fixtures;
import org.condordesk.model.Scenario;
import org.condordesk.model.VolResponse;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.risk.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * {@code MarketState.of(scenario, previous)} reuses the previous market only when the scenario's market inputs (valuation
 * time, snapshot, vol factor model) are those it was built from; the analysis on a reused market is the analysis on a
 * fresh one (the reference: {@code MarketState.of(scenario)}, built from scratch).
 */
class MarketStateReuseTest {

    private final Scenario hedged = Fixtures.hedged();
    private final MarketState market = MarketState.of(hedged);

    @Test
    void anEditThatLeavesTheMarketAloneReusesItAndAnalysesAlike() {
        Scenario resized = hedged.mapLayer(2, layer -> layer.withSize(layer.sizeMultiplier() * 2.5));
        assertThat(MarketState.of(resized, market)).isSameAs(market);
        AnalysisSettings settings = AnalysisSettings.defaults().withoutHeatmapAndDecay();
        Analysis reused = Analyzer.analyze(resized, MarketState.of(resized, market), settings);
        Analysis fresh = Analyzer.analyze(resized, MarketState.of(resized), settings);
        assertThat(reused.netVixVega()).isEqualTo(fresh.netVixVega());
        assertThat(reused.position()).isEqualTo(fresh.position());
    }

    @Test
    void aMarketTimeOrModelEditBuildsANewMarket() {
        assertThat(MarketState.of(hedged, null)).isNotSameAs(market);
        Scenario spot = hedged.withMarket(hedged.market().withSpxSpot(hedged.market().spxSpot() + 1));
        Scenario later = hedged.withValuationTime(Fixtures.VALUATION.plusHours(1));
        VolResponse other = hedged.model().volResponse().other();
        Scenario model = hedged.withModel(hedged.model().withVolResponse(other));
        for (Scenario changed : new Scenario[] {spot, later, model}) {
            MarketState next = MarketState.of(changed, market);
            assertThat(next).isNotSameAs(market);
            assertThat(next.valuationTime()).isEqualTo(changed.valuationInstant());
            assertThat(next.snapshot()).isEqualTo(changed.market());
            assertThat(next.model()).isEqualTo(changed.model());
        }
    }
}
