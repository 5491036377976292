package org.condordesk.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;

import org.condordesk.Fixtures;
import org.condordesk.market.MarketState;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Scenario;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.risk.Analyzer;
import org.junit.jupiter.api.Test;

class HorizonTest {

    /** Valuation Wed 25 Nov 10:00; the condor settles Wed 9 Dec 16:00 (SPXW PM): 14 days and 6 hours. */
    private static final double CORE_DAYS = 14 + 6.0 / 24;

    @Test
    void theCoreExpiryIsTheFirstExpiryOfTheCoreLayer() {
        assertThat(Horizon.coreExpiryDays(Fixtures.hedged()).getAsDouble()).isEqualTo(CORE_DAYS, within(1e-9));
        // With no CORE layer, the first expiry of any leg (the Dec 16 VIX option, 09:30: 20 days 23.5 hours).
        Scenario hedgesOnly = Fixtures.scenario(List.of(Fixtures.diagonal(), Fixtures.futures()));
        assertThat(Horizon.coreExpiryDays(hedgesOnly).getAsDouble()).isEqualTo(21 - 0.5 / 24, within(1e-9));
        assertThat(Horizon.coreExpiryDays(Fixtures.scenario(List.of()))).isEmpty();
    }

    @Test
    void theSliderSnapsToTheCoreExpiryWithinHalfADay() {
        OptionalDouble core = OptionalDouble.of(CORE_DAYS);
        assertThat(Horizon.snap(13, core)).isEqualTo(13);
        assertThat(Horizon.snap(13.8, core)).isEqualTo(CORE_DAYS);
        assertThat(Horizon.snap(14, core)).isEqualTo(CORE_DAYS);
        assertThat(Horizon.snap(14.7, core)).isEqualTo(CORE_DAYS);
        assertThat(Horizon.snap(14.8, core)).isEqualTo(15);
        assertThat(Horizon.snap(3.4, OptionalDouble.empty())).isEqualTo(3);
    }

    @Test
    void theCoreHasSettledFromItsExpiryOn() {
        Scenario hedged = Fixtures.hedged();
        MarketState market = MarketState.of(hedged);
        AnalysisSettings settings = AnalysisSettings.defaults().withoutHeatmapAndDecay();
        assertThat(CoreState.of(Analyzer.analyze(hedged, market, settings.withShiftDays(14))).settled()).isFalse();
        CoreState atExpiry = CoreState.of(Analyzer.analyze(hedged, market, settings.withShiftDays(CORE_DAYS)));
        assertThat(atExpiry.settled()).isTrue();
        assertThat(atExpiry.note(d -> d.toString())).isEqualTo("core settled 2026-12-09");
        assertThat(CoreState.of(Analyzer.analyze(hedged, market, settings.withShiftDays(20))).settled()).isTrue();
        Layer hedge = hedged.layers().get(1);
        assertThat(hedge.role()).isEqualTo(LayerRole.HEDGE);
    }
}
