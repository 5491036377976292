package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.condordesk.ui.FxTestSupport.onFx;
import static org.condordesk.ui.FxTestSupport.shortcut;
import static org.condordesk.ui.FxTestSupport.waitUntil;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.chart.LineChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.condordesk.ui.chain.ChainWindow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The option-chain window as a trader uses it: opened with Ctrl+Shift+C from the workstation, a chain imported,
 * the expiries and smile shown, the market set from the chain with one click and undone with Ctrl+Z. Writes
 * target/chain-window.png for a look.
 */
@Tag("slow")
class ChainWindowFxTest extends WorkstationFxBase {

    @Test
    void importShowTheSmileAndSetTheMarket(FxRobot robot) throws IOException {
        app.settle();
        shortcut(robot, KeyCode.C);
        ChainWindow window = onFx(() -> (ChainWindow) app.workstation.stage().getProperties().get(ChainWindow.class));
        assertThat(window).isNotNull();
        assertThat(onFx(() -> window.stage().isShowing())).isTrue();

        onFx(() -> window.model().importChain(Path.of("samples/chains/spx-quotedata-sample.csv")));
        waitUntil("the chain is analysed", 20, () -> !window.model().busyProperty().get() && window.model().analysisProperty().get() != null);
        TableView<?> expiries = onFx(() -> (TableView<?>) window.stage().getScene().lookup("#chainExpiries"));
        assertThat(onFx(() -> expiries.getItems().size())).isEqualTo(9);
        LineChart<?, ?> smile = onFx(() -> (LineChart<?, ?>) window.stage().getScene().lookup("#smileChart"));
        assertThat(onFx(() -> smile.getData().size())).isEqualTo(4);               // bid, ask, mid, fit
        assertThat(onFx(() -> ((Label) window.stage().getScene().lookup("#chainVix")).getText())).startsWith("VIX from the chain ");
        app.settle();
        waitUntil("the liquidity table is filled", 20, () -> window.model().liquidity().size() == 3);

        // A normal window now (issue 27 §3): not kept above the workstation, so it is brought to the front, as a
        // trader's click on it would, before the robot clicks at its buttons' screen positions.
        // Fired on the FX thread: with the chain window no longer owned by the workstation (issue 27 §3), Monocle's
        // z-order after toFront() is not dependable and a robot click at the button's screen position could land on
        // the workstation; the button's own action runs either way.
        // The button is disabled while the window's worker is busy (the loaded chain's quotes are indexed there after
        // the analysis): fire it once it is enabled, as a trader's click would wait for it.
        javafx.scene.control.Button setMarket = onFx(() ->
                (javafx.scene.control.Button) window.stage().getScene().lookup("#chainSetMarket"));
        waitUntil("Set market from chain is enabled", 20, () -> onFx(() -> !setMarket.isDisabled()));
        onFx(() -> {
            setMarket.fire();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> app.vm.scenario().market().spxSpot())).isEqualTo(7600);
        assertThat(onFx(() -> app.vm.scenario().valuationTime().toString())).isEqualTo("2026-11-25T10:00");
        // Issue 27 §4: when the chain's recomputed VIX moved spot VIX, the status line says so, with the figure it set.
        // On a loaded machine the click's action can land after the robot returns: wait for the edit itself.
        waitUntil("the market is set from the chain", 20,
                () -> !app.vm.scenario().market().equals(CondorDeskApp.sample().market()));
        double vixBefore = CondorDeskApp.sample().market().vixSpot();
        double vixAfter = onFx(() -> app.vm.scenario().market().vixSpot());
        String message = onFx(() -> app.vm.messageProperty().get());
        assertThat(message).startsWith("Market set from the chain");
        if (vixAfter != vixBefore) {
            assertThat(message).contains("spot VIX set to the chain's recomputed "
                    + org.condordesk.ui.format.Fmt.number(vixAfter, 2));
        } else {
            assertThat(message).doesNotContain("spot VIX set");
        }
        app.settle();
        onFx(() -> {
            window.model().selectedProperty().set(window.model().expiries().get(1));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        File png = new File("target/chain-window.png");
        onFx(() -> ImageIO.write(SwingFXUtils.fromFXImage(window.stage().getScene().snapshot(null), null), "png", png));

        assertThat(onFx(() -> app.vm.scenario().market())).isNotEqualTo(CondorDeskApp.sample().market());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> app.vm.scenario().equals(CondorDeskApp.sample()))).as("undone from the chain window").isTrue();

        onFx(() -> {
            window.stage().toFront();
            return null;
        });
        // Build layer from chain…: the default 16-delta, 50-point condor on the selected expiry, added as one step
        robot.clickOn("#chainBuild");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Add layer");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> app.vm.scenario().layers().size())).isEqualTo(CondorDeskApp.sample().layers().size() + 1);
        assertThat(onFx(() -> app.vm.scenario().layers().get(3).legs())).hasSize(4)
                .allMatch(leg -> leg.quote().isPresent());
    }
}
