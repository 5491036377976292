package org.condordesk.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.condordesk.trade.TradeFixtures.NOW;
import static org.condordesk.trade.TradeFixtures.OPENED;

import java.util.List;
import java.util.OptionalInt;

import org.condordesk.Fixtures;
import org.condordesk.model.Fill;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.risk.Analyzer;
import org.junit.jupiter.api.Test;

/** The per-layer trade log: newest first; editing or removing a fill re-derives quantity, entry and realised P&L. */
class TradeLogTest {

    private static Scenario closedPut() {
        return Closing.close(TradeFixtures.live(), 0, OptionalInt.of(1), TradePrice.typed(12.00), NOW, org.condordesk.market.ChainQuotes.none()).scenario();
    }

    @Test
    void theLogListsEveryFillNewestFirst() {
        List<TradeLog.Entry> entries = TradeLog.entries(closedPut().layers().get(0));
        assertThat(entries).hasSize(5);
        assertThat(entries.get(0)).isEqualTo(new TradeLog.Entry(1, 1, "SPX 2026-12-09 PM 7350 PUT", Fill.of(NOW, 10, 12.00)));
        assertThat(entries.subList(1, 5)).allSatisfy(e -> assertThat(e.fill().time()).isEqualTo(OPENED));
        assertThat(entries.subList(1, 5)).extracting(TradeLog.Entry::legIndex).containsExactly(3, 2, 1, 0);
    }

    @Test
    void editingAFillsPriceChangesTheRealisedPnl() {
        // Short 10 at 21.40 bought back at 12.00: +9 400. Typed correction: bought back at 13.00: +8 400.
        Scenario edited = TradeLog.editFill(closedPut(), 0, 1, 1, Fill.of(NOW, 10, 13.00));
        Leg put = edited.layers().get(0).legs().get(1);
        assertThat(put.ledger().realizedPnl()).isCloseTo(8400, within(1e-9));
        assertThat(Analyzer.analyze(edited).realizedPnl()).isCloseTo(8400, within(1e-9));
        // A partial quantity re-opens the rest: 4 bought back, 6 short still open at 21.40.
        Scenario partial = TradeLog.editFill(closedPut(), 0, 1, 1, Fill.of(NOW, 4, 12.00));
        assertThat(partial.layers().get(0).legs().get(1).quantity()).isEqualTo(-6);
    }

    @Test
    void removingTheLastFillRemovesTheLegAndAnEditKeepsTimeOrder() {
        Scenario live = TradeFixtures.live();
        Scenario removed = TradeLog.deleteFill(live, 2, 0, 0);
        assertThat(removed.layers().get(2).legs()).isEmpty();
        // Moving the opening fill after the close re-sorts the fills: the close then opens a long of 10 at 12.00.
        Scenario reordered = TradeLog.editFill(closedPut(), 0, 1, 0, Fill.of(NOW.plusHours(1), -10, 21.40));
        assertThat(reordered.layers().get(0).legs().get(1).fills()).extracting(Fill::quantity).containsExactly(10, -10);
        assertThatThrownBy(() -> TradeLog.editFill(Fixtures.hedged(), 0, 0, 0, Fill.of(NOW, 1, 1)))
                .hasMessageStartingWith("status: the scenario is a plan");
    }
}
