package org.condordesk.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.condordesk.Fixtures;
import org.condordesk.market.MarketState;
import org.condordesk.market.VolFactor;
import org.condordesk.model.FuturesQuote;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.risk.Analyzer;
import org.junit.jupiter.api.Test;

class MarketMovesTest {

    private final Scenario hedged = Fixtures.hedged();

    @Test
    void vixThroughTheModelValuesLikeTheEnginesVixShift() {
        // Two routes to "VIX 3 points higher": edit the scenario through the model, or keep it and ask the engine
        // for a +3 shift. The condor, the diagonal (VIX options on quoted settlements) and the futures are worth
        // the same either way.
        Scenario moved = MarketMoves.moveVix(hedged, hedged.market().vixSpot() + 3, MarketMoves.VixEdit.THROUGH_MODEL);
        AnalysisSettings plain = AnalysisSettings.defaults().withoutHeatmapAndDecay();
        Analysis edited = Analyzer.analyze(moved, MarketState.of(moved), plain);
        Analysis shifted = Analyzer.analyze(hedged, MarketState.of(hedged), plain.withVixShift(3));
        assertThat(edited.position().pnl()).isEqualTo(shifted.position().pnl(), within(1e-6));
        assertThat(edited.position().value()).isEqualTo(shifted.position().value(), within(1e-6));
        // VIX vega is the slope at the new level: the edited market calibrates its vol response at VIX 19.40
        // (docs/model.md §4), the shifted one keeps the slope of VIX 16.40; they differ, as they should.
    }

    @Test
    void throughTheModelEachInputMovesByItsOwnFactor() {
        VolFactor factor = MarketState.of(hedged).volFactor();
        Scenario moved = MarketMoves.moveVix(hedged, hedged.market().vixSpot() + 2, MarketMoves.VixEdit.THROUGH_MODEL);
        // The 7350 put, 14 days and 6 hours out: its slope dσ/dVIX under the scenario's vol response, times 2.
        Leg before = hedged.layers().get(0).legs().get(1);
        Leg after = moved.layers().get(0).legs().get(1);
        assertThat(after.vol() - before.vol())
                .isEqualTo(factor.volPerVixPoint(factor.response(), before.vol(), 14.25) * 2, within(1e-12));
        // The Jan 20 future (settles 09:30, 55 days 23.5 hours out): +b(τ)·2.
        FuturesQuote jan = moved.market().vixFutures().get(1);
        double days = 56 - 0.5 / 24;
        assertThat(jan.price() - hedged.market().vixFutures().get(1).price()).isEqualTo(factor.futuresBeta(days) * 2, within(1e-9));
        assertThat(moved.market().vix3m() - hedged.market().vix3m()).isEqualTo(factor.futuresBeta(93) * 2, within(1e-12));
        // Vol of vol does not move with VIX.
        assertThat(moved.layers().get(1).legs().get(0).vol()).isEqualTo(hedged.layers().get(1).legs().get(0).vol());
        // Entry prices are what was paid: they never move.
        assertThat(after.entryPrice()).isEqualTo(before.entryPrice());
    }

    @Test
    void indexOnlyChangesNothingButTheIndex() {
        Scenario moved = MarketMoves.moveVix(hedged, 20, MarketMoves.VixEdit.INDEX_ONLY);
        assertThat(moved.market().vixSpot()).isEqualTo(20);
        assertThat(moved.withMarket(hedged.market())).isEqualTo(hedged);
    }

    @Test
    void theFuturesCurveShiftsInParallelOrTiltsByTenor() {
        List<FuturesQuote> quotes = hedged.market().vixFutures();
        Scenario parallel = MarketMoves.shiftFutures(hedged, 1.5, 1.5);
        for (int i = 0; i < quotes.size(); i++) {
            assertThat(parallel.market().vixFutures().get(i).price()).isEqualTo(quotes.get(i).price() + 1.5, within(1e-12));
        }
        // Tilt +2 at the front (Dec 16) to 0 at the back (Apr 21, 126 days later): Jan 20 is 35 days along.
        Scenario tilted = MarketMoves.shiftFutures(hedged, 2, 0);
        assertThat(tilted.market().vixFutures().get(0).price()).isEqualTo(quotes.get(0).price() + 2, within(1e-12));
        assertThat(tilted.market().vixFutures().get(1).price()).isEqualTo(quotes.get(1).price() + 2 * (1 - 35.0 / 126), within(1e-12));
        assertThat(tilted.market().vixFutures().get(quotes.size() - 1).price()).isEqualTo(quotes.get(quotes.size() - 1).price());
    }

    @Test
    void anIvBumpMovesEverySpxLegOrOneExpiry() {
        Scenario all = MarketMoves.bumpSpxVols(hedged, 1.5, Optional.empty());
        for (int i = 0; i < 4; i++) {
            assertThat(all.layers().get(0).legs().get(i).vol())
                    .isEqualTo(hedged.layers().get(0).legs().get(i).vol() + 0.015, within(1e-12));
        }
        assertThat(MarketMoves.spxExpiries(hedged)).containsExactly(Fixtures.CONDOR_EXPIRY);
        Scenario other = MarketMoves.bumpSpxVols(hedged, 1.5, Optional.of(LocalDate.of(2026, 12, 16)));
        assertThat(other).isEqualTo(hedged);
        // A bump down never takes a vol below the engine's floor of 0.5 %.
        Scenario crushed = MarketMoves.bumpSpxVols(hedged, -50, Optional.of(Fixtures.CONDOR_EXPIRY));
        assertThat(crushed.layers().get(0).legs().get(3).vol()).isEqualTo(0.005);
    }
}
