package org.condordesk.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.condordesk.ui.FxTestSupport.onFx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Slider;
import javafx.scene.input.MouseButton;

import org.condordesk.ui.WorkstationFxBase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 27 §2: nothing moves under the cursor. At 1280×800 each slider of the Tuning panel is dragged from end to
 * end; at every step the screen box of every slider is recorded, and none may differ from where it was when the
 * drag began. At 451a207 the hedge hint wrapped to four lines during a VIX-shift drag and pushed the date and
 * VIX-shift sliders ~40 px down, with a new scroll bar.
 */
@Tag("slow")
class StillUnderCursorFxTest extends WorkstationFxBase {

    private static final List<String> SLIDERS = List.of("#hedgeSlider-2", "#dateSlider", "#vixShiftSlider");

    @ParameterizedTest
    @ValueSource(strings = {"#vixShiftSlider", "#dateSlider", "#hedgeSlider-2"})
    void noSliderMovesWhileAnyIsDragged(String dragged, FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
        }).get(10, TimeUnit.SECONDS);
        app.settle();
        // The window's new size is laid out before the drag begins (a loaded machine lags a pulse or two).
        waitUntilLaidOut();
        Slider slider = robot.lookup(dragged).queryAs(Slider.class);
        Node thumb = onFx(() -> slider.lookup(".thumb"));
        Bounds track = onFx(() -> slider.lookup(".track").localToScreen(slider.lookup(".track").getBoundsInLocal()));
        List<String> moved = new ArrayList<>();
        robot.moveTo(thumb).press(MouseButton.PRIMARY);
        // Where everything is once the gesture has begun; from here on nothing may move.
        Map<String, Bounds> start = boxes(robot);
        // Both ends of the track and back: the far ends are where the hints grow longest (no neutral size at −10 pts).
        List<Double> stops = List.of(0.0, 0.25, 0.5, 0.75, 1.0, 0.6, 0.3, 0.0);
        for (double stop : stops) {
            robot.moveTo(new Point2D(track.getMinX() + stop * track.getWidth(), track.getCenterY()));
            app.settle();
            Thread.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
            Map<String, Bounds> now = boxes(robot);
            for (String id : SLIDERS) {
                if (!now.get(id).equals(start.get(id))) {
                    moved.add(id + " at " + stop + " of " + dragged + ": " + start.get(id) + " → " + now.get(id));
                }
            }
        }
        robot.release(MouseButton.PRIMARY);
        app.settle();
        assertThat(moved).as("sliders that moved during the drag of " + dragged).isEmpty();
    }

    private void waitUntilLaidOut() throws InterruptedException {
        for (int pass = 0; pass < 3; pass++) {
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
        }
        org.condordesk.ui.FxTestSupport.waitUntil("the scene is 1280 wide", 10,
                () -> app.workstation.scene().getWidth() == 1280);
    }

    private static Map<String, Bounds> boxes(FxRobot robot) {
        return onFx(() -> {
            Map<String, Bounds> boxes = new LinkedHashMap<>();
            for (String id : SLIDERS) {
                Node node = robot.lookup(id).query();
                boxes.put(id, node.localToScreen(node.getBoundsInLocal()));
            }
            return boxes;
        });
    }
}
