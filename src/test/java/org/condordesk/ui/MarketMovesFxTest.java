package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.condordesk.ui.FxTestSupport.onFx;
import static org.condordesk.ui.FxTestSupport.text;
import static org.condordesk.ui.FxTestSupport.waitUntil;

import javafx.scene.control.ChoiceBox;
import javafx.scene.input.KeyCode;

import org.condordesk.ui.edit.MarketMoves;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Market edits from the Market tab: VIX through the model or alone, the VX curve shift, the SPX IV bump. */
@Tag("slow")
class MarketMovesFxTest extends WorkstationFxBase {

    private void type(FxRobot robot, String id, String text) {
        robot.doubleClickOn(id);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
        // Under load a robot event can land after the next step starts: wait until the field holds what was typed
        // before committing it (the field may reformat the number once committed).
        waitUntil(id + " reads " + text, 10, () -> text.equals(onFx(() -> robot.lookup(id)
                .queryAs(javafx.scene.control.TextInputControl.class).getText())));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double vol(int layer, int leg) {
        return onFx(() -> app.vm.scenario().layers().get(layer).legs().get(leg).vol());
    }

    @Test
    void typingVixMovesSpxVolsAndTheCurveUnlessTheIndexAloneIsAskedFor(FxRobot robot) {
        app.settle();
        robot.clickOn("#tabMarket");
        double putVol = vol(0, 1);
        double front = onFx(() -> app.vm.scenario().market().vixFutures().get(0).price());
        type(robot, "#vixSpot", "20");
        app.settle();
        assertThat(vol(0, 1)).isGreaterThan(putVol);
        assertThat(onFx(() -> app.vm.scenario().market().vixFutures().get(0).price())).isGreaterThan(front);
        assertThat(onFx(() -> app.vm.messageProperty().get())).startsWith("VIX 16.40 → 20.00: SPX leg vols");
        // Futures and VIX3M move less than spot (betas below 1): a 3.6-point jump in VIX inverts the front of the
        // curve, and the header says what the three inputs say together.
        double movedFront = onFx(() -> app.vm.scenario().market().vixFutures().get(0).price());
        double movedVix3m = onFx(() -> app.vm.scenario().market().vix3m());
        assertThat(movedFront).isLessThan(20);
        assertThat(text(robot, "#headerFront"))
                .endsWith(movedVix3m < 20 ? "backwardation" : "mixed: VIX > front");
        assertThat(onFx(() -> app.vm.undoTextProperty().get())).isEqualTo("Undo change VIX");

        onFx(() -> {
            app.vm.undo();
            robot.lookup("#vixEditMode").<ChoiceBox<MarketMoves.VixEdit>>query().setValue(MarketMoves.VixEdit.INDEX_ONLY);
            return null;
        });
        type(robot, "#vixSpot", "18");
        app.settle();
        assertThat(vol(0, 1)).isEqualTo(putVol);
        assertThat(onFx(() -> app.vm.messageProperty().get())).contains("only the index changed");
        // 18 is above the 17.45 front future and below VIX3M 18.60: the header says the inputs disagree.
        assertThat(text(robot, "#headerFront")).endsWith("mixed: VIX > front");
    }

    @Test
    void theCurveShiftsAndSpxVolsBumpFromTheMovesSection(FxRobot robot) {
        app.settle();
        robot.clickOn("#tabMarket");
        double front = onFx(() -> app.vm.scenario().market().vixFutures().get(0).price());
        type(robot, "#curveShiftFront", "2");
        type(robot, "#curveShiftBack", "0.5");
        robot.clickOn("#applyCurveShift");
        app.settle();
        waitUntil("the curve shift is applied", 10,
                () -> onFx(() -> app.vm.scenario().market().vixFutures().get(0).price()) != front);
        assertThat(onFx(() -> app.vm.scenario().market().vixFutures().get(0).price())).isEqualTo(front + 2, within(1e-9));
        double putVol = vol(0, 1);
        type(robot, "#ivBumpPoints", "-1.5");
        robot.clickOn("#applyIvBump");
        app.settle();
        assertThat(vol(0, 1)).isEqualTo(putVol - 0.015, within(1e-12));
        assertThat(onFx(() -> app.vm.undoTextProperty().get())).isEqualTo("Undo bump SPX IV");
    }
}
