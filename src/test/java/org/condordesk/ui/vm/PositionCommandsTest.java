package org.condordesk.ui.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import org.condordesk.Fixtures;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Quote;
import org.condordesk.model.RollMode;
import org.condordesk.model.VixOption;
import org.condordesk.risk.HedgeSolve;
import org.condordesk.risk.LegRisk;
import org.condordesk.risk.WholeContractSize;
import org.condordesk.trade.TradePrice;
import org.condordesk.ui.edit.LegField;
import org.junit.jupiter.api.Test;

/** The trade lifecycle through the workstation's view model: plan re-pricing, live trades, whole contracts, undo. */
class PositionCommandsTest extends ViewModelTestBase {

    private Leg leg(int layer, int index) {
        return vm.scenario().layers().get(layer).legs().get(index);
    }

    @Test
    void movingAPlansStrikeRepricesItsEntryAtModelAndSaysSo() throws InterruptedException {
        // The issue: moving the short put 7345 → 7350 kept the old entry, a phantom P&L. Now the entry follows.
        assertThat(vm.legs().editLeg(0, 1, LegField.STRIKE, "7355")).isEmpty();
        fx.settle(vm);
        LegRisk moved = vm.analysis().layers().get(0).legs().get(1);
        assertThat(leg(0, 1).entryPrice()).isEqualTo(moved.pricePerUnit());
        assertThat(moved.greeks().pnl()).isCloseTo(0, within(1e-9));
        assertThat(vm.messageProperty().get()).startsWith("SPX 2026-12-09 PM 7355 PUT: entry re-priced at model ");
        // A typed entry is the trader's own price: kept as typed.
        assertThat(vm.legs().editLeg(0, 1, LegField.ENTRY_PRICE, "20")).isEmpty();
        assertThat(leg(0, 1).entryPrice()).isEqualTo(20);
    }

    @Test
    void aQuotedLegMovesToTheMidAndAChangedInstrumentDropsTheOldQuote() {
        vm.edit("quote", s -> s.mapLayer(0, l -> l.withLeg(1, l.legs().get(1).withQuote(new Quote(21.00, 21.60)))));
        assertThat(vm.legs().editLeg(0, 1, LegField.QUANTITY, "-12")).isEmpty();
        assertThat(leg(0, 1).entryPrice()).isCloseTo(21.30, within(1e-12));
        assertThat(vm.legs().editLeg(0, 1, LegField.STRIKE, "7360")).isEmpty();
        assertThat(leg(0, 1).quote()).isEmpty();
        assertThat(vm.messageProperty().get()).contains("entry re-priced at model");
    }

    @Test
    void aLivePositionTradesInsteadOfScalingAndUndoesEachTradeInOneStep() throws InterruptedException {
        vm.positions().markLive();
        assertThat(vm.scenario().isLive()).isTrue();
        // A slider cannot scale a live layer.
        assertThat(vm.layers().setLayerSize(2, 1.7)).isPresent();
        // Typing ×1.5 on the 2-lot VX layer buys one more contract at mid (model: no quote).
        assertThat(vm.layers().setLayerSizeText(2, "1.5")).isEmpty();
        assertThat(leg(2, 0).quantity()).isEqualTo(3);
        assertThat(leg(2, 0).fills()).hasSize(2);
        assertThat(vm.messageProperty().get()).startsWith("Resize: 1 fill, cash ");
        vm.undo();
        assertThat(leg(2, 0).quantity()).isEqualTo(2);
        assertThat(vm.legs().removeLeg(0, 0)).isPresent();
        assertThat(vm.layers().duplicateLayer(0)).isPresent();
        // A leg or layer added to a live position is opened with a fill.
        Layer calls = Layer.of("More calls", LayerRole.HEDGE, List.of(
                Leg.option(new VixOption(OptionRight.CALL, 22, LocalDate.of(2027, 2, 17)), 10, 1.0, 0.8)));
        assertThat(vm.layers().addLayer(calls)).isEmpty();
        assertThat(vm.scenario().layers().get(3).legs().get(0).fills()).hasSize(1);
        fx.settle(vm);
        assertThat(vm.analysis().layers().get(3).greeks().pnl()).isCloseTo(0, within(1e-9));
    }

    @Test
    void theStressTabsHedgeSizesTradeEveryLiveLayerInOneUndoableStep() {
        // Issue 25 §1: Apply on a live book trades. Hand: Hedge 2 holds 2 VX, ×0.5 sells 1; Hedge 1 (−40/+40 VIX
        // calls) at ×0 buys back 40 and sells 40.
        vm.positions().markLive();
        assertThat(vm.positions().resizeAll(new java.util.LinkedHashMap<>(java.util.Map.of(1, 0.0, 2, 0.5)))).isEmpty();
        assertThat(leg(2, 0).quantity()).isEqualTo(1);
        assertThat(leg(1, 0).quantity()).isZero();
        assertThat(leg(1, 1).quantity()).isZero();
        assertThat(vm.messageProperty().get()).startsWith("Hedge sizes: 3 fills, cash ");
        vm.undo();
        assertThat(leg(2, 0).quantity()).isEqualTo(2);
        assertThat(leg(1, 0).quantity()).isEqualTo(-40);
    }

    @Test
    void closeAndRollThroughTheCommandsAreUndoable() {
        vm.positions().markLive();
        assertThat(vm.positions().close(0, OptionalInt.of(1), TradePrice.typed(12.00), Fixtures.VALUATION)).isEmpty();
        assertThat(leg(0, 1).isClosed()).isTrue();
        assertThat(vm.messageProperty().get()).isEqualTo("Close: 1 fill, cash -$12,000, realised +$9,400");
        assertThat(vm.positions().roll(2, LocalDate.of(2027, 2, 17), RollMode.SAME_STRIKES, TradePrice.model(),
                Fixtures.VALUATION)).isEmpty();
        assertThat(vm.scenario().layers().get(2).rolls()).hasSize(1);
        vm.undo();
        assertThat(vm.scenario().layers().get(2).rolls()).isEmpty();
        vm.undo();
        assertThat(leg(0, 1).quantity()).isEqualTo(-10);
    }

    @Test
    void aWholeContractSizeOfTheSolveBecomesContractsInAPlanAndTradesInALivePosition() throws InterruptedException {
        HedgeSolve solve = vm.analysis().hedgeSolves().stream().filter(h -> h.layerIndex() == 2).findFirst().orElseThrow();
        WholeContractSize upper = solve.wholeContracts().get(1);
        assertThat(vm.positions().applyWholeSize(2, upper)).isEmpty();
        assertThat(vm.scenario().layers().get(2).sizeMultiplier()).isEqualTo(1);
        assertThat(leg(2, 0).quantity()).isEqualTo(upper.legContracts().get(0));
        fx.settle(vm);
        assertThat(vm.analysis().netVixVega()).isCloseTo(upper.netVixVega(), within(1e-6));
        vm.undo();
        fx.settle(vm);
        vm.positions().markLive();
        fx.settle(vm);
        HedgeSolve live = vm.analysis().hedgeSolves().stream().filter(h -> h.layerIndex() == 2).findFirst().orElseThrow();
        WholeContractSize mixed = live.wholeContracts().stream().filter(WholeContractSize::mixesMinis).findFirst().orElseThrow();
        assertThat(vm.positions().applyWholeSize(2, mixed)).isEmpty();
        fx.settle(vm);
        assertThat(vm.analysis().netVixVega()).isCloseTo(mixed.netVixVega(), within(1e-6));
        assertThat(vm.scenario().layers().get(2).legs()).extracting(l -> l.instrument().label())
                .contains("VXM 2027-01-20");
        // The closed-form solve refuses a live layer: it would be a fraction of a contract.
        vm.hedge().solveHedge(2);
        assertThat(vm.hedge().solveMessageProperty().get()).startsWith("A live layer trades whole contracts");
    }
}
