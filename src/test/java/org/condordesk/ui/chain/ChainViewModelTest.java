package org.condordesk.ui.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.condordesk.chain.ChainBuilder;
import org.condordesk.chain.Fill;
import org.condordesk.model.FuturesQuote;
import org.condordesk.model.Scenario;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.ui.vm.ManualFxThread;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.work.AnalysisService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chain window's model against the real workstation view model: imports, cancel, undoable actions. */
class ChainViewModelTest {

    private static final Path SPX = Path.of("samples/chains/spx-quotedata-sample.csv");
    private static final Scenario SAMPLE = ScenarioJson.read(Path.of("samples/condor-vix-hedge.json"));

    private ManualFxThread fx;
    private AnalysisService service;
    private ScenarioViewModel vm;
    private ChainViewModel chain;

    @BeforeEach
    void open() throws InterruptedException {
        fx = new ManualFxThread();
        service = new AnalysisService(AnalysisService.DEFAULT_ENGINE, fx);
        vm = new ScenarioViewModel(service, SAMPLE, null);
        fx.settle(vm);
        chain = new ChainViewModel(vm, fx::execute);
    }

    @AfterEach
    void close() {
        chain.dispose();
        service.close();
    }

    private void importSample() throws InterruptedException {
        chain.importChain(SPX);
        fx.runUntil(() -> !chain.busyProperty().get() && chain.analysisProperty().get() != null);
    }

    @Test
    void importAnalysesEveryExpiryAndComputesTheVix() throws InterruptedException {
        importSample();
        assertThat(chain.expiries()).hasSize(9);
        assertThat(chain.selectedProperty().get()).isSameAs(chain.expiries().get(0));
        assertThat(chain.vixProperty().get()).isPresent();
        assertThat(chain.statusProperty().get()).startsWith("spx-quotedata-sample.csv: 8126 quotes, 9 expiries analysed")
                .contains("VIX from the chain");
        assertThat(chain.statusIsErrorProperty().get()).isFalse();
        assertThat(chain.parity()).isEmpty();
        assertThat(chain.boxRates()).hasSize(9);
    }

    @Test
    void setMarketFromChainIsOneUndoableStep() throws InterruptedException {
        importSample();
        assertThat(chain.setMarketFromChain()).isEmpty();
        assertThat(vm.scenario().market().spxSpot()).isEqualTo(7600);
        assertThat(vm.scenario().market().vixSpot()).isNotEqualTo(SAMPLE.market().vixSpot());
        vm.undo();
        assertThat(vm.scenario()).isEqualTo(SAMPLE);
    }

    @Test
    void buildingALayerAddsItUndoably() throws InterruptedException {
        importSample();
        var expiry = chain.expiries().stream().filter(e -> e.expiry().equals(LocalDate.of(2026, 12, 18))).findFirst().orElseThrow();
        assertThat(chain.addLayer(ChainBuilder.ironCondorByDelta(expiry, "IC Dec-18", 0.16, 50, 5, Fill.MID))).isEmpty();
        assertThat(vm.scenario().layers()).hasSize(SAMPLE.layers().size() + 1);
        assertThat(vm.scenario().layers().get(3).legs()).allMatch(leg -> leg.quote().isPresent());
        vm.undo();
        assertThat(vm.scenario().layers()).hasSize(SAMPLE.layers().size());
    }

    @Test
    void vxSettlementsReplaceTheCurveAndPriceVixExpiries() throws InterruptedException {
        chain.importFutures(Path.of("samples/chains/vx-settlements-sample.csv"));
        fx.runUntil(() -> !chain.futuresProperty().get().isEmpty());
        assertThat(chain.applyFutures()).isEmpty();
        assertThat(vm.scenario().market().vixFutures()).hasSize(6)
                .startsWith(new FuturesQuote(LocalDate.of(2026, 12, 16), 17.45));
    }

    @Test
    void liquidityFollowsTheWorkstationsAnalysis() throws InterruptedException {
        fx.runUntil(() -> chain.liquidity().size() == 3);
        assertThat(chain.liquidity().get(1).flagged()).isTrue();
        chain.maxCostShareProperty().set(10);
        assertThat(chain.liquidity().get(1).flagged()).isFalse();
    }

    @Test
    void cancelStopsTheImportAndKeepsThePreviousChain() throws InterruptedException {
        AtomicBoolean first = new AtomicBoolean(true);
        AtomicReference<ChainViewModel> self = new AtomicReference<>();
        // the first progress report (line 2,000, on the worker) cancels; the next checkpoint (line 4,000) stops
        Consumer<Runnable> cancelling = task -> {
            if (first.getAndSet(false)) {
                self.get().cancel();
            }
            fx.execute(task);
        };
        ChainViewModel cancelled = new ChainViewModel(vm, cancelling);
        self.set(cancelled);
        cancelled.importChain(SPX);
        fx.runUntil(() -> !cancelled.busyProperty().get());
        assertThat(cancelled.statusProperty().get()).isEqualTo("Import of spx-quotedata-sample.csv cancelled; nothing changed.");
        assertThat(cancelled.analysisProperty().get()).isNull();
        cancelled.dispose();
    }

    @Test
    void aBrokenFileSaysWhereAndChangesNothing() throws InterruptedException {
        chain.importChain(Path.of("samples/condor-only.json"));
        fx.runUntil(() -> !chain.busyProperty().get() && chain.statusIsErrorProperty().get());
        assertThat(chain.statusProperty().get()).startsWith("Cannot import condor-only.json: condor-only.json line 1:");
        assertThat(chain.analysisProperty().get()).isNull();
    }
}
