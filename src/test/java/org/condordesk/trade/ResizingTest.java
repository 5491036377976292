package org.condordesk.trade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.condordesk.trade.TradeFixtures.NOW;

import java.util.List;

import org.condordesk.Fixtures;
import org.condordesk.model.Fill;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.Analyzer;
import org.condordesk.risk.HedgeSolve;
import org.condordesk.risk.WholeContractSize;
import org.junit.jupiter.api.Test;

/** Live layers resize by trading (docs/model.md §15, §17): new lots at today's price, closes FIFO, entries never scaled. */
class ResizingTest {

    @Test
    void growingALiveLayerAddsALotAtTodaysPriceAndKeepsTheOldEntry() {
        // 2 Jan VX at 18.50 → ×1.5 = 3: one more bought at the model's 18.55.
        TradeResult grown = Resizing.resize(TradeFixtures.live(), 2, 1.5, TradePrice.model(), NOW);
        Leg leg = grown.scenario().layers().get(2).legs().get(0);
        assertThat(leg.fills()).extracting(Fill::quantity).containsExactly(2, 1);
        assertThat(leg.fills().get(1).price()).isCloseTo(18.55, within(1e-9));
        // Entry shown: (2·18.50 + 1·18.55)/3 = 18.51666…; the old lots were not re-priced.
        assertThat(leg.entryPrice()).isCloseTo((2 * 18.50 + 18.55) / 3, within(1e-12));
        assertThat(grown.realizedPnl()).isZero();
        // The new lot shows no P&L at the model price: the layer's P&L is the old lots' (18.55 − 18.50)·2·1000 = 100.
        assertThat(Analyzer.analyze(grown.scenario()).layers().get(2).greeks().pnl()).isCloseTo(100, within(1e-9));
    }

    @Test
    void shrinkingALiveLayerClosesTheOldestLotsAndRealisesThem() {
        Scenario grown = Resizing.resize(TradeFixtures.live(), 2, 1.5, TradePrice.typed(19.00), NOW).scenario();
        // 3 VX: 2 at 18.50 (oldest) and 1 at 19.00. Down to 1 (×1/3) at 19.10 closes the two oldest:
        // (19.10 − 18.50)·2·1000 = 1 200 realised; 1 left at 19.00.
        TradeResult shrunk = Resizing.resize(grown, 2, 1.0 / 3, TradePrice.typed(19.10), NOW.plusHours(1));
        assertThat(shrunk.realizedPnl()).isCloseTo(1200, within(1e-9));
        assertThat(shrunk.cash()).isCloseTo(1200, within(1e-9)); // futures: cash is the variation margin
        Leg leg = shrunk.scenario().layers().get(2).legs().get(0);
        assertThat(leg.quantity()).isEqualTo(1);
        assertThat(leg.entryPrice()).isEqualTo(19.00);
    }

    @Test
    void aFractionalContractCountIsRefused() {
        assertThatThrownBy(() -> Resizing.resize(TradeFixtures.live(), 2, 1.25, TradePrice.model(), NOW))
                .hasMessageContaining("is not a whole number of contracts");
    }

    @Test
    void theSolvesMixedSizeOpensAVxmLegAndReachesItsResidual() {
        Scenario live = TradeFixtures.live();
        Analysis analysis = Analyzer.analyze(live);
        HedgeSolve solve = analysis.selectedHedge().orElseThrow();
        WholeContractSize mixed = solve.wholeContracts().stream().filter(WholeContractSize::mixesMinis).findFirst()
                .orElseThrow();
        TradeResult result = Resizing.resize(live, solve.layerIndex(), mixed, TradePrice.model(), NOW);
        Layer layer = result.scenario().layers().get(solve.layerIndex());
        List<String> labels = layer.legs().stream().map(l -> l.instrument().label() + " " + l.quantity()).toList();
        assertThat(labels).contains("VXM 2027-01-20 " + mixed.minis());
        assertThat(Analyzer.analyze(result.scenario()).netVixVega()).isCloseTo(mixed.netVixVega(), within(1e-6));
    }

    @Test
    void aPlanIsResizedByItsMultiplierNotByTrading() {
        assertThatThrownBy(() -> Resizing.resize(Fixtures.hedged(), 2, 2, TradePrice.model(), NOW))
                .hasMessageStartingWith("status: the scenario is a plan");
    }
}
