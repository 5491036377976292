package org.condordesk.ui.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.condordesk.Fixtures;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.ui.vm.ManualFxThread;
import org.junit.jupiter.api.Test;

class AnalysisServiceTest {

    @Test
    void requestsMadeWhileTheWorkerIsBusyCollapseToTheLatest() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Double> computedSizes = new CopyOnWriteArrayList<>();
        AnalysisService.Engine gated = (scenario, settings) -> {
            computedSizes.add(scenario.layers().get(2).sizeMultiplier());
            started.countDown();
            await(release);
            return AnalysisService.DEFAULT_ENGINE.analyze(scenario, settings);
        };
        ManualFxThread fx = new ManualFxThread();
        List<AnalysisService.Result> delivered = new CopyOnWriteArrayList<>();
        try (AnalysisService service = new AnalysisService(gated, fx)) {
            service.setSink(delivered::add);
            Scenario base = Fixtures.hedged();
            service.submit(base, AnalysisSettings.defaults());
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            AnalysisService.Request last = null;
            for (int i = 1; i <= 10; i++) {
                int size = 1 + i;
                last = service.submit(base.mapLayer(2, l -> l.withSize(size)), AnalysisSettings.defaults());
            }
            release.countDown();
            long lastSequence = last.sequence();
            fx.runUntil(() -> !delivered.isEmpty() && delivered.get(delivered.size() - 1).request().sequence() == lastSequence);
            assertThat(computedSizes).as("the first, then only the latest").hasSize(2);
            assertThat(computedSizes.get(1)).isEqualTo(last.scenario().layers().get(2).sizeMultiplier());
            assertThat(service.droppedCount()).isEqualTo(9);
            assertThat(delivered).hasSize(2);
            assertThat(delivered.get(1).analysis()).isNotNull();
        }
    }

    @Test
    void anEngineErrorBecomesAOneLineResult() throws InterruptedException {
        ManualFxThread fx = new ManualFxThread();
        List<AnalysisService.Result> delivered = new CopyOnWriteArrayList<>();
        AnalysisService.Engine failing = (scenario, settings) -> {
            throw new ValidationException("market.etfQuotes", "no price for VXX");
        };
        try (AnalysisService service = new AnalysisService(failing, fx)) {
            service.setSink(delivered::add);
            service.submit(Fixtures.hedged(), AnalysisSettings.defaults());
            fx.runUntil(() -> !delivered.isEmpty());
            assertThat(delivered.get(0).failed()).isTrue();
            assertThat(delivered.get(0).error()).isEqualTo("market.etfQuotes: no price for VXX");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
