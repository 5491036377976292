package org.condordesk.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.condordesk.Fixtures;
import org.condordesk.store.json.RecoveredScenario;
import org.condordesk.store.json.RecoveryFile;
import org.condordesk.ui.vm.ManualFxThread;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.work.AnalysisService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutosaverTest {

    @TempDir
    Path folder;

    @Test
    void anEditIsAutosavedAfterTheDelayAndASaveForgetsIt() throws Exception {
        RecoveryFile recovery = new RecoveryFile(folder);
        recovery.startSession();
        List<String> problems = new CopyOnWriteArrayList<>();
        ManualFxThread fx = new ManualFxThread();
        try (AnalysisService service = new AnalysisService(AnalysisService.DEFAULT_ENGINE, fx)) {
            ScenarioViewModel vm = new ScenarioViewModel(service, Fixtures.hedged(), folder.resolve("book.json"));
            Autosaver autosaver = new Autosaver(recovery, 100, problems::add);
            autosaver.attach(vm);
            vm.layers().setLayerSize(2, 2.5);
            waitFor(() -> Files.exists(recovery.autosaveFile()));
            RecoveredScenario saved = recovery.load().orElseThrow();
            assertThat(saved.scenario().layers().get(2).sizeMultiplier()).isEqualTo(2.5);
            assertThat(saved.originalFile()).hasValue(folder.resolve("book.json").toAbsolutePath());
            vm.markSaved(folder.resolve("book.json"));
            waitFor(() -> !Files.exists(recovery.autosaveFile()));
            autosaver.close(true);
            assertThat(Files.exists(recovery.sessionMarker())).as("clean exit").isFalse();
            assertThat(problems).isEmpty();
        }
    }

    @Test
    void aCrashLeavesTheAutosaveForTheNextStart() throws Exception {
        RecoveryFile recovery = new RecoveryFile(folder);
        recovery.startSession();
        ManualFxThread fx = new ManualFxThread();
        try (AnalysisService service = new AnalysisService(AnalysisService.DEFAULT_ENGINE, fx)) {
            ScenarioViewModel vm = new ScenarioViewModel(service, Fixtures.hedged(), null);
            Autosaver autosaver = new Autosaver(recovery, 50, message -> { });
            autosaver.attach(vm);
            vm.layers().renameLayer(0, "Core after crash");
            waitFor(() -> Files.exists(recovery.autosaveFile()));
            autosaver.close(false);
        }
        // This process still holds the session marker; a new start in another process would see it as crashed.
        assertThat(recovery.load().orElseThrow().scenario().layers().get(0).name()).isEqualTo("Core after crash");
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(20);
        }
    }
}
