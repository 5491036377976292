package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.condordesk.ui.FxTestSupport.onFx;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.ScrollEvent;

import org.condordesk.risk.WholeContracts;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 27 §1: the hedge slider's range stays what it was when a gesture began, whatever drives the gesture (a press
 * and drag on the track, a held arrow key, a wheel run), grows only between gestures and never past ×100, and one
 * gesture undoes in one step. At 451a207 a 100-px track drag took Hedge 1 from ×1 to ×788 and needed ~100 undos.
 */
@Tag("slow")
class HedgeSliderGestureFxTest extends WorkstationFxBase {

    /** The sample's Hedge 2 (layer index 2) at ×1. */
    private static final String SLIDER = "#hedgeSlider-2";
    private static final int LAYER = 2;

    private Slider slider(FxRobot robot) {
        return robot.lookup(SLIDER).queryAs(Slider.class);
    }

    private double size() {
        return onFx(() -> app.vm.scenario().layers().get(LAYER).sizeMultiplier());
    }

    private void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        app.settle();
    }

    /** A point on the track a quarter of the way along: left of the thumb at ×1 of a 0…4 range, so not on it. */
    private Point2D trackPoint(Slider slider, double fraction) {
        return onFx(() -> {
            Node track = slider.lookup(".track");
            Bounds b = track.localToScreen(track.getBoundsInLocal());
            return new Point2D(b.getMinX() + fraction * b.getWidth(), b.getCenterY());
        });
    }

    @Test
    void aTrackPressDragStaysInsideTheRangeItStartedWithAndUndoesInOneStep(FxRobot robot) {
        app.settle();
        Slider slider = slider(robot);
        double startMax = onFx(slider::getMax);
        assertThat(size()).isEqualTo(1.0);
        List<Double> maxima = new ArrayList<>();
        List<Double> sizes = new ArrayList<>();
        robot.moveTo(trackPoint(slider, 0.6)).press(MouseButton.PRIMARY);
        // The press alone moved the thumb (trackPress); the drag then runs 100 px right in 10-px steps, as the trader's did.
        for (int step = 0; step < 10; step++) {
            robot.moveBy(10, 0);
            WaitForAsyncUtils.waitForFxEvents();
            maxima.add(onFx(slider::getMax));
            sizes.add(size());
        }
        robot.release(MouseButton.PRIMARY);
        app.settle();
        // The range is the one the press began with for every step of the drag; the size never leaves it.
        assertThat(maxima).containsOnly(startMax);
        assertThat(sizes).allSatisfy(s -> assertThat(s).isBetween(0.0, startMax));
        assertThat(size()).isGreaterThan(1.0);
        undo(robot);
        assertThat(size()).as("one gesture, one undo").isEqualTo(1.0);
    }

    @Test
    void aHeldArrowKeyIsOneGestureInsideItsRange(FxRobot robot) {
        app.settle();
        Slider slider = slider(robot);
        onFx(() -> {
            slider.requestFocus();
            return null;
        });
        double startMax = onFx(slider::getMax);
        List<Double> maxima = new ArrayList<>();
        // A held key: the OS repeats KEY_PRESSED, with no release, until the key comes up. Monocle's robot sends a
        // key's press once, so the repeats are the events the OS's auto-repeat delivers, fired at the focused slider.
        robot.press(KeyCode.RIGHT);
        for (int repeat = 0; repeat < 80; repeat++) {
            onFx(() -> {
                javafx.event.Event.fireEvent(slider, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.RIGHT,
                        false, false, false, false));
                return null;
            });
            maxima.add(onFx(slider::getMax));
        }
        robot.release(KeyCode.RIGHT);
        app.settle();
        assertThat(maxima).containsOnly(startMax);
        assertThat(size()).as("the hold ran to the end of its range and stopped there").isEqualTo(startMax);
        undo(robot);
        assertThat(size()).isEqualTo(1.0);
    }

    @Test
    void aWheelRunIsOneGesture(FxRobot robot) throws InterruptedException {
        app.settle();
        Slider slider = slider(robot);
        double startMax = onFx(slider::getMax);
        // Five notches of −40 px (a wheel turned towards the trader), as fast as a hand turns it: one FX call, since
        // the robot's own notches can land more than the 400-ms idle apart on a loaded machine.
        onFx(() -> {
            Bounds b = slider.localToScene(slider.getBoundsInLocal());
            for (int notch = 0; notch < 5; notch++) {
                javafx.event.Event.fireEvent(slider, new ScrollEvent(ScrollEvent.SCROLL, b.getCenterX(), b.getCenterY(),
                        b.getCenterX(), b.getCenterY(), false, false, false, false, false, false, 0, -40, 0, -40,
                        ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
            }
            return null;
        });
        assertThat(onFx(slider::getMax)).isEqualTo(startMax);
        // The run ends after the wheel has been still for 400 ms.
        Thread.sleep(700);
        app.settle();
        assertThat(size()).isEqualTo(0.5, within(1e-9));
        undo(robot);
        assertThat(size()).isEqualTo(1.0);
    }

    @Test
    void theRangeGrowsOnlyBetweenGesturesAndNeverPastItsBound(FxRobot robot) {
        app.settle();
        Slider slider = slider(robot);
        onFx(() -> {
            slider.requestFocus();
            return null;
        });
        List<Double> ends = new ArrayList<>();
        for (int gesture = 0; gesture < 12; gesture++) {
            // End takes the size to the end of the range; the range may grow only after the key comes up.
            double before = onFx(slider::getMax);
            robot.press(KeyCode.END);
            assertThat(onFx(slider::getMax)).isEqualTo(before);
            robot.release(KeyCode.END);
            app.settle();
            ends.add(onFx(slider::getMax));
        }
        // HedgeScale.BOUND: ×100, however many gestures run to the end.
        assertThat(ends).allSatisfy(end -> assertThat(end).isLessThanOrEqualTo(100.0));
        assertThat(ends.get(ends.size() - 1)).isEqualTo(100.0);
        assertThat(ends).isSorted();
    }

    @Test
    void wholeContractsSnapsTheDragToWholeSizesOnWholeContractTicks(FxRobot robot) {
        app.settle();
        robot.clickOn("#wholeContracts");
        assertThat(onFx(() -> robot.lookup("#wholeContracts").queryAs(CheckBox.class).isSelected())).isTrue();
        Slider slider = slider(robot);
        double step = onFx(() -> WholeContracts.step(app.vm.scenario().layers().get(LAYER)));
        robot.moveTo(trackPoint(slider, 0.55)).press(MouseButton.PRIMARY).moveBy(17, 0).release(MouseButton.PRIMARY);
        app.settle();
        double size = size();
        assertThat(size / step).as("a whole number of steps of " + step).isCloseTo(Math.rint(size / step), within(1e-9));
        assertThat(onFx(() -> WholeContracts.isWhole(app.vm.scenario().layers().get(LAYER), size))).isTrue();
        double tick = onFx(slider::getMajorTickUnit);
        assertThat(tick / step).isCloseTo(Math.rint(tick / step), within(1e-9));
    }

    @Test
    void aLiveLayersGestureIsOneConfirmedTradeToAWholeSize(FxRobot robot) {
        app.settle();
        onFx(() -> app.vm.positions().markLive());
        app.settle();
        Slider slider = slider(robot);
        org.condordesk.model.Scenario before = onFx(app.vm::scenario);
        List<Integer> contractsBefore = onFx(() -> WholeContracts.contracts(app.vm.scenario().layers().get(LAYER), size()));
        onFx(() -> {
            slider.requestFocus();
            return null;
        });
        // Three held steps right (block increment = one whole step on a live layer), then the key comes up.
        robot.press(KeyCode.RIGHT);
        for (int repeat = 0; repeat < 2; repeat++) {
            onFx(() -> {
                javafx.event.Event.fireEvent(slider, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.RIGHT,
                        false, false, false, false));
                return null;
            });
        }
        assertThat(onFx(app.vm::scenario)).as("no trade while the key is held").isSameAs(before);
        robot.release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Trade");
        app.settle();
        double step = WholeContracts.step(before.layers().get(LAYER));
        // The layer now holds its contracts times (1 + 3 steps) / 1: every leg scaled by the same whole factor.
        List<Integer> contractsAfter = onFx(() -> {
            org.condordesk.model.Layer layer = app.vm.scenario().layers().get(LAYER);
            return WholeContracts.contracts(layer, layer.sizeMultiplier());
        });
        double factor = 1 + 3 * step;
        assertThat(contractsAfter).hasSameSizeAs(contractsBefore);
        for (int i = 0; i < contractsBefore.size(); i++) {
            assertThat((double) contractsAfter.get(i)).isEqualTo(contractsBefore.get(i) * factor, within(1e-9));
        }
        undo(robot);
        assertThat(onFx(app.vm::scenario)).as("one gesture, one trade, one undo").isEqualTo(before);
    }
}
