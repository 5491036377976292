package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.condordesk.ui.FxTestSupport.onFx;
import static org.condordesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;

import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;

import org.condordesk.signals.HedgeSizing;
import org.condordesk.store.library.HistoryStore;
import org.condordesk.ui.signals.SignalsWindow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * End-to-end: Ctrl+G opens the Signals window on a fresh library (seeded with the bundled history), the replay
 * explains today's output, Apply sets the adaptive HEDGE layer and Ctrl+Z in the main window undoes it.
 */
@Tag("slow")
class SignalsFxTest extends WorkstationFxBase {

    @TempDir
    Path folder;

    @Override
    protected List<String> launchArguments() {
        return List.of("--db", folder.resolve("lib.db").toString());
    }

    @Test
    void replayExplainsTheOutputAndApplyIsUndoable(FxRobot robot) throws Exception {
        app.settle();
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        SignalsWindow window = onFx(() -> app.workstation.showSignals());
        waitUntil("the replay is shown", 30, () -> !((TextArea) window.stage().getScene().lookup("#alvhExplanation")).getText().isEmpty());
        String explanation = onFx(() -> ((TextArea) window.stage().getScene().lookup("#alvhExplanation")).getText());
        assertThat(explanation).contains("Risk-off: twice the base size").contains("Replay 1990-01-02 to 2026-07-09");
        // The chart's canvas has a text for screen readers: the days shown (the replay's, above) and every pane.
        assertThat(onFx(() -> window.chart().getAccessibleText())).startsWith("Signal history 1990-01-02 to 2026-07-09, ")
                .contains("; SPX, SMA200: ").contains("; ALVH output (hedge layer size): ");
        try (HistoryStore store = HistoryStore.open(folder.resolve("lib.db"))) {
            assertThat(store.symbols()).extracting(HistoryStore.SymbolSummary::symbol).containsExactly("SPX", "VIX", "VIX3M");
        }
        int target = onFx(() -> HedgeSizing.targetLayer(app.vm.scenario()));
        onFx(() -> {
            app.vm.layers().setLayerSize(target, 3.0);
            return null;
        });
        robot.clickOn(robot.from(window.stage().getScene().getRoot()).lookup("#alvhApply").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        // The bundled history's last day (2026-07-09): no rule fires (VIX3M ends in February), so the fallback 1× applies.
        assertThat(onFx(() -> app.vm.scenario().layers().get(target).sizeMultiplier())).isEqualTo(1.0);
        onFx(() -> {
            stage.toFront();
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
