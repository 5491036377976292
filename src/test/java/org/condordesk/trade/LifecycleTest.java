package org.condordesk.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.condordesk.trade.TradeFixtures.NOW;
import static org.condordesk.trade.TradeFixtures.OPENED;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalInt;

import org.condordesk.Fixtures;
import org.condordesk.model.Fill;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Quote;
import org.condordesk.model.Scenario;
import org.condordesk.model.VixOption;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.Analyzer;
import org.junit.jupiter.api.Test;

/** Marking live, closing, the cash of a trade (docs/model.md §15). */
class LifecycleTest {

    @Test
    void markingLiveTurnsEveryLegIntoOneOpeningFillAtItsEntry() {
        Scenario live = TradeFixtures.live();
        assertThat(live.isLive()).isTrue();
        Leg shortPut = live.layers().get(0).legs().get(1);
        assertThat(shortPut.fills()).containsExactly(Fill.of(OPENED, -10, 21.40));
        assertThat(shortPut.quantity()).isEqualTo(-10);
        assertThat(shortPut.entryPrice()).isEqualTo(21.40);
        // Same book, same P&L: marking live changes no figure.
        assertThat(Analyzer.analyze(live).position().pnl())
                .isCloseTo(Analyzer.analyze(Fixtures.hedged()).position().pnl(), within(1e-9));
    }

    @Test
    void aWhatIfSizeMustBecomeWholeContractsFirst() {
        Scenario whatIf = Fixtures.hedged().mapLayer(2, l -> l.withSize(1.25)); // 2.5 VX
        assertThatThrownBy(() -> Lifecycle.markLive(whatIf, OPENED))
                .hasMessageStartingWith("layers[2].sizeMultiplier: 'Hedge 2: long Jan VIX futures' is at a what-if size of ×1.25");
        Scenario whole = Lifecycle.markLive(Fixtures.hedged().mapLayer(2, l -> l.withSize(1.5)), OPENED);
        assertThat(whole.layers().get(2).legs().get(0).quantity()).isEqualTo(3);
        assertThat(whole.layers().get(2).sizeMultiplier()).isEqualTo(1);
    }

    /** A long VIX call position: the numbers on a leg of multiplier 100. */
    private static Scenario tenCallsAt2140() {
        VixOption call = new VixOption(OptionRight.CALL, 15, LocalDate.of(2027, 1, 20));
        Leg leg = Leg.live(call, List.of(Fill.of(OPENED, 10, 21.40)), java.util.OptionalDouble.of(0.8), java.util.Optional.empty());
        return Fixtures.live(List.of(Layer.of("Calls", LayerRole.HEDGE, List.of(leg))));
    }

    @Test
    void openTenAt2140CloseFourAt12AndSixAt30() {
        // Bought 10 at 21.40 (cash −21 400). Sell 4 at 12.00: cash +4 800, realised (12.00 − 21.40)·4·100 = −3 760.
        // Sell 6 at 30.00: cash +18 000, realised (30.00 − 21.40)·6·100 = +5 160. Over the trade: cash +1 400 =
        // realised +1 400, nothing open.
        TradeResult first = Closing.close(tenCallsAt2140(), 0, OptionalInt.of(0), TradePrice.typed(12.00), NOW, org.condordesk.market.ChainQuotes.none());
        Leg afterFirst = first.scenario().layers().get(0).legs().get(0);
        // Closing 4 of 10 is a partial close: the CLI and GUI do it by resizing, here by a fill of −4.
        TradeResult four = Resizing.resize(tenCallsAt2140(), 0, 0.6, TradePrice.typed(12.00), NOW);
        assertThat(four.cash()).isCloseTo(4800, within(1e-9));
        assertThat(four.realizedPnl()).isCloseTo(-3760, within(1e-9));
        TradeResult six = Closing.close(four.scenario(), 0, OptionalInt.of(0), TradePrice.typed(30.00), NOW.plusHours(1), org.condordesk.market.ChainQuotes.none());
        assertThat(six.cash()).isCloseTo(18000, within(1e-9));
        assertThat(six.realizedPnl()).isCloseTo(5160, within(1e-9));
        Leg closed = six.scenario().layers().get(0).legs().get(0);
        assertThat(closed.isClosed()).isTrue();
        assertThat(closed.ledger().realizedPnl()).isCloseTo(1400, within(1e-9));
        Analysis analysis = Analyzer.analyze(six.scenario());
        assertThat(analysis.realizedPnl()).isCloseTo(1400, within(1e-9));
        assertThat(analysis.position().pnl()).isCloseTo(1400, within(1e-9));
        assertThat(analysis.netVixVega()).isZero();
        // Closing all 10 at 12.00 at once: (12.00 − 21.40)·10·100 = −9 400.
        assertThat(first.realizedPnl()).isCloseTo(-9400, within(1e-9));
        assertThat(afterFirst.isClosed()).isTrue();
    }

    @Test
    void aPartialCloseTakesTheOldestLotsAndTheRestCloseLater() {
        // Open 10 at 21.40; close 4 at 12.00: (12.00 − 21.40)·4·100 = −3 760; then the 6 at 30.00: +5 160.
        TradeResult four = Closing.closePart(tenCallsAt2140(), 0, 0, 4, TradePrice.typed(12.00), NOW, org.condordesk.market.ChainQuotes.none());
        assertThat(four.realizedPnl()).isCloseTo(-3760, within(1e-9));
        assertThat(four.scenario().layers().get(0).legs().get(0).quantity()).isEqualTo(6);
        TradeResult six = Closing.closePart(four.scenario(), 0, 0, 6, TradePrice.typed(30.00), NOW.plusHours(1), org.condordesk.market.ChainQuotes.none());
        assertThat(six.realizedPnl()).isCloseTo(5160, within(1e-9));
        assertThat(six.scenario().layers().get(0).legs().get(0).ledger().realizedPnl()).isCloseTo(1400, within(1e-9));
        assertThatThrownBy(() -> Closing.closePart(tenCallsAt2140(), 0, 0, 11, TradePrice.model(), NOW, org.condordesk.market.ChainQuotes.none()))
                .hasMessage("quantity: closes 1 to 10 contracts of leg 1, got 11");
    }

    @Test
    void closingAtModelAtTheValuationTimeRealisesExactlyTheUnrealisedPnl() {
        Scenario live = TradeFixtures.live();
        Analysis before = Analyzer.analyze(live);
        TradeResult closed = Closing.close(live, 0, OptionalInt.empty(), TradePrice.model(), NOW, org.condordesk.market.ChainQuotes.none());
        Analysis after = Analyzer.analyze(closed.scenario());
        assertThat(closed.realizedPnl()).isCloseTo(before.layers().get(0).greeks().pnl(), within(1e-6));
        assertThat(after.position().pnl()).isCloseTo(before.position().pnl(), within(1e-6));
        assertThat(after.layers().get(0).greeks().spxDelta()).isZero();
        // Closing turns the layer's value into cash: a short condor's value is negative (engine, before), so buying
        // it back pays that much.
        assertThat(closed.cash()).isCloseTo(before.layers().get(0).greeks().value(), within(1e-6));
        assertThat(closed.cash()).isNegative();
        assertThat(closed.fills()).hasSize(4);
    }

    @Test
    void midFallsBackToModelAndSaysSoWhileBidAskNeedsAQuote() {
        Scenario live = TradeFixtures.live();
        TradeResult mid = Closing.close(live, 0, OptionalInt.of(1), TradePrice.mid(), NOW, org.condordesk.market.ChainQuotes.none());
        assertThat(mid.notes()).containsExactly("SPX 2026-12-09 PM 7350 PUT: at model (no bid/ask)");
        assertThatThrownBy(() -> Closing.close(live, 0, OptionalInt.of(1), TradePrice.bidAsk(), NOW, org.condordesk.market.ChainQuotes.none()))
                .hasMessageContaining("has no bid/ask");
        Scenario quoted = live.mapLayer(0, l -> l.withLeg(1, l.legs().get(1).withQuote(new Quote(20.10, 20.50))));
        // Buying back the short put: at the ask 20.50; at mid 20.30.
        assertThat(Closing.close(quoted, 0, OptionalInt.of(1), TradePrice.bidAsk(), NOW, org.condordesk.market.ChainQuotes.none()).fills().get(0).fill().price())
                .isEqualTo(20.50);
        assertThat(Closing.close(quoted, 0, OptionalInt.of(1), TradePrice.mid(), NOW, org.condordesk.market.ChainQuotes.none()).fills().get(0).fill().price())
                .isCloseTo(20.30, within(1e-12));
    }

    @Test
    void refusalsNameWhatIsWrong() {
        Scenario live = TradeFixtures.live();
        assertThatThrownBy(() -> Closing.close(Fixtures.hedged(), 0, OptionalInt.empty(), TradePrice.model(), NOW, org.condordesk.market.ChainQuotes.none()))
                .hasMessage("status: the scenario is a plan: mark it live first (its legs need fills)");
        assertThatThrownBy(() -> Closing.close(live, 0, OptionalInt.empty(), TradePrice.typed(1), NOW, org.condordesk.market.ChainQuotes.none()))
                .hasMessageStartingWith("price: a typed price closes one leg");
        assertThatThrownBy(() -> Closing.close(live, 7, OptionalInt.empty(), TradePrice.model(), NOW, org.condordesk.market.ChainQuotes.none()))
                .hasMessage("layer: there is no layer 8 (the scenario has 3)");
        assertThatThrownBy(() -> Closing.close(live, 0, OptionalInt.of(4), TradePrice.model(), NOW, org.condordesk.market.ChainQuotes.none()))
                .hasMessage("leg: layer 1 'Core condor' has no leg 5 (it has 4)");
        assertThatThrownBy(() -> Closing.close(live, 0, OptionalInt.of(0), TradePrice.model(), OPENED.minusDays(1), org.condordesk.market.ChainQuotes.none()))
                .hasMessageStartingWith("layers[0].legs[0].fills[1].time: is before the previous fill's");
        Scenario closed = Closing.close(live, 0, OptionalInt.of(0), TradePrice.model(), NOW, org.condordesk.market.ChainQuotes.none()).scenario();
        assertThatThrownBy(() -> Closing.close(closed, 0, OptionalInt.of(0), TradePrice.model(), NOW, org.condordesk.market.ChainQuotes.none()))
                .hasMessage("leg: leg 1 of 'Core condor' is already closed");
    }

    @Test
    void expiredLegsSettleAtTheirIntrinsicValueOnTheHeldPath() {
        // The condor settles on 9 Dec 16:00 at SPX 7600: every leg out of the money, closed at 0. Realised:
        // (0 − 15.90)·10·100 + (21.40 − 0)·10·100 + (12.30 − 0)·10·100 + (0 − 4.50)·10·100 = 13 300.
        Scenario live = Lifecycle.markLive(Fixtures.condorOnly(), OPENED);
        TradeResult settled = Lifecycle.settleExpired(live, LocalDateTime.of(2026, 12, 9, 16, 0));
        assertThat(settled.realizedPnl()).isCloseTo(13_300, within(1e-9));
        assertThat(settled.fills()).allSatisfy(f -> assertThat(f.fill().price()).isZero());
        Scenario later = settled.scenario().withValuationTime(LocalDateTime.of(2026, 12, 10, 10, 0));
        assertThat(Analyzer.analyze(later).position().pnl()).isCloseTo(13_300, within(1e-9));
        assertThat(Lifecycle.settleExpired(live, NOW).fills()).isEmpty();
    }

    @Test
    void aLayerOpenedInALivePositionIsTradedAtModel() {
        Scenario live = TradeFixtures.live();
        Layer plan = Layer.of("More calls", LayerRole.HEDGE, List.of(
                Leg.option(new VixOption(OptionRight.CALL, 20, LocalDate.of(2027, 2, 17)), 10, 9.99, 0.80)));
        TradeResult opened = Lifecycle.openLayer(live, plan, TradePrice.model(), NOW);
        Leg leg = opened.scenario().layers().get(3).legs().get(0);
        assertThat(leg.fills()).hasSize(1);
        // The typed 9.99 was a plan entry: the trade is at the model price, where it shows no P&L.
        assertThat(Analyzer.analyze(opened.scenario()).layers().get(3).greeks().pnl()).isCloseTo(0, within(1e-9));
        assertThat(opened.cash()).isCloseTo(-leg.entryPrice() * 10 * 100, within(1e-9));
    }
}
