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
        // The chart's canvas has a text for screen readers: the days shown (the default last two years of the replay's
        // days, issue 27 §5) and every pane.
        java.time.LocalDate firstShown = onFx(() -> window.chart().shownRange()[0]);
        assertThat(onFx(() -> window.chart().getAccessibleText())).startsWith("Signal history " + firstShown + " to 2026-07-09, ")
                .contains("; SPX, SMA200: ").contains("; ALVH output (hedge layer size): ");
        readableChart(window);
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

    /**
     * Issue 27 §5: the chart opens on the last two years, its crosshair reads every pane on the day under the pointer
     * (SPX checked against the bundled CSV's close), and the window warns that the history stops months before the
     * sample book's date (2026-11-25; SPX ends 2026-07-09, VIX3M 2026-02-27: samples/history/README.md).
     */
    private void readableChart(SignalsWindow window) throws Exception {
        java.time.LocalDate[] shown = onFx(() -> window.chart().shownRange());
        assertThat(shown[1]).isEqualTo(java.time.LocalDate.of(2026, 7, 9));
        assertThat(shown[0]).isBetween(java.time.LocalDate.of(2024, 7, 9), java.time.LocalDate.of(2024, 7, 12));
        List<String> readout = onFx(() -> {
            window.chart().hoverAt(window.chart().getWidth() / 2);
            return window.chart().readout();
        });
        assertThat(readout).hasSize(7);
        java.time.LocalDate day = java.time.LocalDate.parse(readout.get(0));
        String close = java.nio.file.Files.readAllLines(Path.of("samples/history/SPX_History.csv")).stream()
                .filter(line -> line.startsWith(day.format(java.time.format.DateTimeFormatter.ofPattern("MM/dd/yyyy"))))
                .findFirst().orElseThrow().split(",")[4];
        assertThat(readout.get(1)).startsWith("SPX " + org.condordesk.ui.format.Fmt.number(Double.parseDouble(close), 2) + " · SMA200 ");
        assertThat(readout.get(3)).startsWith("RSI ");
        javafx.scene.control.Label stale = (javafx.scene.control.Label) onFx(() -> window.stage().getScene().lookup("#historyStale"));
        assertThat(onFx(stale::isVisible)).isTrue();
        assertThat(onFx(stale::getText)).contains("SPX ends 2026-07-09").contains("VIX3M ends 2026-02-27");
        onFx(() -> {
            window.chart().hoverAt(-1);
            return null;
        });
        assertThat(onFx(() -> window.chart().readout())).isEmpty();
    }
}
