package org.condordesk.ui.widget;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/**
 * One gesture on a slider, whatever started it: a thumb drag, a press-and-drag on the track, a held arrow (or
 * Page/Home/End) key, or a run of mouse-wheel steps. JavaFX sets {@code valueChanging} only for the thumb; a track
 * press-drag and the keyboard move the value with it false (SliderBehavior.trackPress / incrementValue), so a
 * listener that treats every such value as "between gestures" re-scales the slider under the pointer (issue 27 §1:
 * a 100-px track drag went from ×1 to ×788). {@link #activeProperty} is true from the first input to the last;
 * the owner keeps the range still while it is and groups the edits into one undo step.
 */
public final class SliderGestures {

    /** A wheel run ends after this pause: wheel steps carry no start or end event (only touch scrolls do). */
    static final Duration WHEEL_IDLE = Duration.millis(400);

    private final Slider slider;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private final PauseTransition wheelIdle = new PauseTransition(WHEEL_IDLE);
    private boolean pointerDown;
    private boolean keyDown;
    private boolean wheeling;

    private SliderGestures(Slider slider) {
        this.slider = slider;
        slider.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pointerDown = slider.isFocusTraversable() || !slider.isDisabled();
            update();
        });
        slider.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            pointerDown = false;
            update();
        });
        slider.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (movesValue(e.getCode())) {
                keyDown = true;
                update();
            }
        });
        slider.addEventFilter(KeyEvent.KEY_RELEASED, e -> {
            if (movesValue(e.getCode())) {
                keyDown = false;
                update();
            }
        });
        // The wheel steps by one block increment (the slider itself ignores the wheel).
        slider.addEventHandler(ScrollEvent.SCROLL, this::wheel);
        wheelIdle.setOnFinished(e -> {
            wheeling = false;
            update();
        });
        slider.valueChangingProperty().addListener(o -> update());
        // Focus lost mid-gesture (a dialog opened): no key release will come.
        slider.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                keyDown = false;
                update();
            }
        });
    }

    /** Watches {@code slider}'s gestures (and lets the wheel move it). */
    public static SliderGestures on(Slider slider) {
        return new SliderGestures(slider);
    }

    /** True while a gesture is in progress. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    private void wheel(ScrollEvent e) {
        if (slider.isDisabled() || e.getDeltaY() == 0 && e.getDeltaX() == 0) {
            return;
        }
        wheeling = true;
        update();
        double direction = Math.signum(e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX());
        if (direction > 0) {
            slider.increment();
        } else {
            slider.decrement();
        }
        wheelIdle.playFromStart();
        e.consume();
    }

    private void update() {
        boolean now = pointerDown || keyDown || wheeling || slider.isValueChanging();
        if (now != active.get()) {
            active.set(now);
        }
    }

    private static boolean movesValue(KeyCode code) {
        return switch (code) {
            case LEFT, RIGHT, UP, DOWN, KP_LEFT, KP_RIGHT, KP_UP, KP_DOWN, PAGE_UP, PAGE_DOWN, HOME, END -> true;
            default -> false;
        };
    }
}
