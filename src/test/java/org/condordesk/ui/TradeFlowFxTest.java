package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.condordesk.ui.FxTestSupport.onFx;
import static org.condordesk.ui.FxTestSupport.shortcut;

import java.io.File;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 17's GUI flow as a trader would drive it: mark the sample live, close the short put at a typed price, roll
 * the VIX futures a month out (reading the roll's cash and the greeks before and after), then undo step by step.
 * Screenshots of the roll dialog and of the window with the trade log go to target/ (docs/screenshot-trade.png).
 */
@Tag("slow")
class TradeFlowFxTest extends WorkstationFxBase {

    private static void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void snapshot(Scene scene, String file) {
        onFx(() -> ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new File(file)));
    }

    private static void waitForText(FxRobot robot, String id, String notText) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> {
            Label label = robot.lookup(id).queryAs(Label.class);
            return label != null && !label.getText().isEmpty() && !label.getText().equals(notText);
        }));
    }

    @Test
    void markLiveCloseALegRollALayerAndUndo(FxRobot robot) throws Exception {
        app.settle();
        Scenario plan = onFx(() -> app.vm.scenario());

        // 1. Mark live: every leg one opening fill at its entry; the header says LIVE.
        shortcut(robot, KeyCode.M);
        assertThat(onFx(() -> app.vm.scenario().isLive())).isTrue();
        assertThat(robot.lookup("#positionStatus").queryAs(Label.class).getText()).isEqualTo("LIVE");
        app.settle();

        // 2. Close the short 7350 put (layer 1, leg 2) at a typed 12.00.
        robot.clickOn(FxTestSupport.cell(robot, "legs-strike-1"));
        shortcut(robot, KeyCode.X);
        ChoiceBox<?> source = robot.lookup("#closePriceSource").queryAs(ChoiceBox.class);
        onFx(() -> {
            @SuppressWarnings("unchecked")
            ChoiceBox<String> box = (ChoiceBox<String>) source;
            box.setValue("Typed price");
            return null;
        });
        robot.clickOn("#closePriceTyped").write("12.00");
        waitForText(robot, "#closePreview", "…");
        assertThat(robot.lookup("#closePreview").queryAs(Label.class).getText()).contains("+10 SPX 2026-12-09 PM 7350 PUT at 12");
        robot.clickOn("#closeOk");
        WaitForAsyncUtils.waitForFxEvents();
        Leg put = onFx(() -> app.vm.scenario().layers().get(0).legs().get(1));
        assertThat(put.isClosed()).isTrue();
        // Sold 10 at 21.40 (the sample's entry), bought back at 12.00: (21.40 − 12.00)·10·100 = 9 400 realised.
        assertThat(put.ledger().realizedPnl()).isCloseTo(9400, within(1e-9));
        app.settle();
        assertThat(onFx(() -> app.vm.analysis().realizedPnl())).isCloseTo(9400, within(1e-9));
        assertThat(robot.lookup("#realizedPnl").queryAs(Label.class).getText()).isEqualTo("+$9,400");

        // 3. Roll the Jan VX futures (layer 3) to February at model: the dialog shows the cash and both greeks.
        onFx(() -> {
            app.vm.selectedLayerProperty().set(2);
            return null;
        });
        shortcut(robot, KeyCode.J);
        TextField expiry = robot.lookup("#rollExpiry").queryAs(TextField.class);
        onFx(() -> {
            expiry.setText("2027-02-17");
            @SuppressWarnings("unchecked")
            ChoiceBox<String> box = (ChoiceBox<String>) robot.lookup("#rollPriceSource").queryAs(ChoiceBox.class);
            box.setValue("Model price");
            return null;
        });
        waitForText(robot, "#rollCash", "…");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> robot.lookup("#rollGreek-5-3").tryQuery().isPresent()));
        // 2 Jan VX bought at 18.50, closed at the curve's 18.55: (18.55 − 18.50)·2·1000 = +$100 of variation margin.
        assertThat(robot.lookup("#rollCash").queryAs(Label.class).getText()).startsWith("Net cash of the roll +$100.00");
        Window dialog = robot.lookup("#rollOk").query().getScene().getWindow();
        snapshot(dialog.getScene(), "target/trade-roll-dialog.png");
        robot.clickOn("#rollOk");
        WaitForAsyncUtils.waitForFxEvents();
        Scenario rolled = onFx(() -> app.vm.scenario());
        assertThat(rolled.layers().get(2).rolls()).hasSize(1);
        assertThat(rolled.layers().get(2).legs().get(1).instrument().label()).isEqualTo("VX 2027-02-17");
        app.settle();
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT8).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#rollHistory").queryAs(Label.class).getText()).contains("2027-01-20 → 2027-02-17");
        onFx(() -> {
            app.vm.selectedLayerProperty().set(0);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(app.workstation.scene(), "target/trade-window.png");

        // 4. Undo: the roll in one step, then the close, then marking live.
        undo(robot);
        assertThat(onFx(() -> app.vm.scenario().layers().get(2).rolls())).isEmpty();
        assertThat(onFx(() -> app.vm.scenario().layers().get(0).legs().get(1).isClosed())).isTrue();
        undo(robot);
        assertThat(onFx(() -> app.vm.scenario().layers().get(0).legs().get(1).quantity())).isEqualTo(-10);
        undo(robot);
        assertThat(onFx(() -> app.vm.scenario())).isEqualTo(plan);
        assertThat(robot.lookup("#positionStatus").queryAs(Label.class).getText()).isEqualTo("PLAN");
    }
}
