package org.condordesk.trade;

import java.time.LocalDateTime;

import org.condordesk.Fixtures;
import org.condordesk.model.Scenario;

/** The sample hedged book marked live two days before the fixture's valuation time, at its plan entries. */
final class TradeFixtures {

    static final LocalDateTime OPENED = Fixtures.VALUATION.minusDays(2);
    static final LocalDateTime NOW = Fixtures.VALUATION;

    private TradeFixtures() {
    }

    static Scenario live() {
        return Lifecycle.markLive(Fixtures.hedged(), OPENED);
    }
}
