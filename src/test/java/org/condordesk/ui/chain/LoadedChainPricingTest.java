package org.condordesk.ui.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.condordesk.model.RollMode;
import org.condordesk.model.Scenario;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.trade.Lifecycle;
import org.condordesk.trade.TradePrice;
import org.condordesk.ui.vm.ManualFxThread;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.work.AnalysisService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The ladder window's loaded chain is what the workstation's trades price from (issue 31 §2): after the sample chain
 * is opened, a roll at mid says "from chain, quoted 10:00" in the status line; once the window's chains are closed
 * the same roll is back at the legs' own quotes and the model.
 */
class LoadedChainPricingTest {

    private static final Scenario SAMPLE = ScenarioJson.read(Path.of("samples/condor-vix-hedge.json"));
    private final ManualFxThread fx = new ManualFxThread();
    private final AnalysisService service = new AnalysisService(AnalysisService.DEFAULT_ENGINE, fx);

    @AfterEach
    void close() {
        service.close();
    }

    @Test
    void aRollWhileTheLadderHoldsAChainSaysItsQuoteTime() throws InterruptedException {
        LocalDateTime opened = SAMPLE.valuationTime().minusDays(2);
        ScenarioViewModel vm = new ScenarioViewModel(service, Lifecycle.markLive(SAMPLE, opened), null);
        fx.settle(vm);
        LadderModel ladder = new LadderModel(vm, fx);
        assertThat(vm.chainQuotes().isLoaded()).isFalse();
        ladder.open(LadderModel.Underlying.SPX, QuoteSource.of(Path.of("samples/chains/spx-quotedata-sample.csv")));
        fx.runUntil(() -> ladder.loadedProperty(LadderModel.Underlying.SPX).get() != null);
        assertThat(vm.chainQuotes().isLoaded()).isTrue();

        LocalDate dec18 = LocalDate.of(2026, 12, 18);
        assertThat(vm.positions().roll(0, dec18, RollMode.SAME_STRIKES, TradePrice.mid(), SAMPLE.valuationTime()))
                .isEmpty();
        assertThat(vm.messageProperty().get()).startsWith("Roll: 8 fills").contains("from chain, quoted 10:00");
        vm.undo();

        ladder.close();
        assertThat(vm.chainQuotes().isLoaded()).as("the window's chains are no longer loaded").isFalse();
        assertThat(vm.positions().roll(0, dec18, RollMode.SAME_STRIKES, TradePrice.mid(), SAMPLE.valuationTime()))
                .isEmpty();
        assertThat(vm.messageProperty().get()).doesNotContain("from chain");
    }
}
