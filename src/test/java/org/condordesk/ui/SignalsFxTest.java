package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.condordesk.ui.FxTestSupport.onFx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.condordesk.signals.HedgeSizing;
import org.condordesk.store.library.HistoryStore;
import org.condordesk.ui.signals.SignalsWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * End-to-end: Ctrl+G opens the Signals window on a fresh library (seeded with the bundled history), the replay
 * explains today's output, Apply sets the adaptive HEDGE layer and Ctrl+Z in the main window undoes it.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class SignalsFxTest {

    private FxTestSupport app;
    private Path folder;
    private Stage main;

    @Start
    void start(Stage stage) throws IOException {
        folder = Files.createTempDirectory("condordesk-signals-fx");
        main = stage;
        app = FxTestSupport.open(stage, "--db", folder.resolve("lib.db").toString());
    }

    @AfterEach
    void close() throws Exception {
        app.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void replayExplainsTheOutputAndApplyIsUndoable(FxRobot robot) throws Exception {
        app.settle();
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        SignalsWindow window = onFx(() -> app.workstation.showSignals());
        waitUntil("the replay is shown", () -> !((TextArea) window.stage().getScene().lookup("#alvhExplanation")).getText().isEmpty());
        String explanation = onFx(() -> ((TextArea) window.stage().getScene().lookup("#alvhExplanation")).getText());
        assertThat(explanation).contains("Risk-off: twice the base size").contains("Replay 1990-01-02 to 2026-07-09");
        try (HistoryStore store = HistoryStore.open(folder.resolve("lib.db"))) {
            assertThat(store.symbols()).extracting(HistoryStore.SymbolSummary::symbol).containsExactly("SPX", "VIX", "VIX3M");
        }
        int target = onFx(() -> HedgeSizing.targetLayer(app.vm.scenario()));
        onFx(() -> {
            app.vm.setLayerSize(target, 3.0);
            return null;
        });
        robot.clickOn(robot.from(window.stage().getScene().getRoot()).lookup("#alvhApply").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        // The bundled history's last day (2026-07-09): no rule fires (VIX3M ends in February), so the fallback 1× applies.
        assertThat(onFx(() -> app.vm.scenario().layers().get(target).sizeMultiplier())).isEqualTo(1.0);
        onFx(() -> {
            main.toFront();
            app.vm.undo();
            return null;
        });
        assertThat(onFx(() -> app.vm.scenario().layers().get(target).sizeMultiplier())).isEqualTo(3.0);
        onFx(() -> {
            window.stage().close();
            return null;
        });
    }
}
