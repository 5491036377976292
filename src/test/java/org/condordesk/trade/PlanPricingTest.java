package org.condordesk.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.condordesk.Fixtures;
import org.condordesk.model.Leg;
import org.condordesk.model.Quote;
import org.condordesk.model.Scenario;
import org.condordesk.model.SpxOption;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.Analyzer;
import org.condordesk.risk.LegRisk;
import org.junit.jupiter.api.Test;

/** Issue 17's first phantom: moving a plan's short put kept the old entry. A re-priced leg shows no P&L of its own. */
class PlanPricingTest {

    @Test
    void aMovedLegIsRepricedAtModelAndShowsNoPhantomPnl() {
        Scenario plan = Fixtures.condorOnly();
        Leg put = plan.layers().get(0).legs().get(1);
        Scenario moved = plan.mapLayer(0, l -> l.withLeg(1, put.withInstrument(((SpxOption) put.instrument()).withStrike(7355))));
        PlanPricing.Repriced repriced = PlanPricing.repriceLeg(moved, 0, 1);
        LegRisk leg = Analyzer.analyze(repriced.scenario()).layers().get(0).legs().get(1);
        // The entry is the engine's own price per unit: the leg's P&L at the valuation time is zero.
        assertThat(repriced.scenario().layers().get(0).legs().get(1).entryPrice()).isEqualTo(leg.pricePerUnit());
        assertThat(leg.greeks().pnl()).isCloseTo(0, within(1e-9));
        assertThat(repriced.message()).startsWith("SPX 2026-12-09 PM 7355 PUT: entry re-priced at model ");
    }

    @Test
    void aQuotedLegIsRepricedAtItsMid() {
        Scenario plan = Fixtures.condorOnly().mapLayer(0, l -> l.withLeg(1, l.legs().get(1).withQuote(new Quote(24.40, 24.90))));
        PlanPricing.Repriced repriced = PlanPricing.repriceLeg(plan, 0, 1);
        assertThat(repriced.scenario().layers().get(0).legs().get(1).entryPrice()).isCloseTo(24.65, within(1e-12));
        assertThat(repriced.message()).isEqualTo("SPX 2026-12-09 PM 7350 PUT: entry re-priced at mid 24.65");
    }

    @Test
    void resetEntriesToMarketZeroesThePlansPnl() {
        PlanPricing.Repriced reset = PlanPricing.resetEntries(Fixtures.hedged());
        Analysis analysis = Analyzer.analyze(reset.scenario());
        // No quotes in the fixture except the futures' none: every leg at model, P&L 0 at the valuation time.
        assertThat(analysis.position().pnl()).isCloseTo(0, within(1e-6));
        assertThat(reset.message()).isEqualTo("Entries reset to market: 0 at mid, 7 at model");
        assertThatThrownBy(() -> PlanPricing.resetEntries(TradeFixtures.live()))
                .hasMessageStartingWith("status: a live position's entries come from its fills");
    }
}
