package org.condordesk.ui.vm;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.condordesk.model.Scenario;

/**
 * Undo/redo over immutable scenarios: every entry is a whole scenario, so an undo is a swap, never an
 * inverse operation. A gesture (a slider drag) records only its first change, so it undoes in one step.
 */
final class UndoHistory {

    /** Scenarios are a few kB and share their unchanged parts, so a deep history is cheap. */
    static final int LIMIT = 500;

    private final Deque<Scenario> undo = new ArrayDeque<>();
    private final Deque<Scenario> redo = new ArrayDeque<>();
    private boolean inGesture;
    private boolean gestureRecorded;

    /** Remembers {@code before} as the state an undo returns to; a new edit forgets the redo branch. */
    void record(Scenario before) {
        if (inGesture && gestureRecorded) {
            return;
        }
        undo.push(before);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        gestureRecorded = inGesture;
    }

    Optional<Scenario> undo(Scenario current) {
        endGesture();
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        redo.push(current);
        return Optional.of(undo.pop());
    }

    Optional<Scenario> redo(Scenario current) {
        endGesture();
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        undo.push(current);
        return Optional.of(redo.pop());
    }

    void beginGesture() {
        inGesture = true;
        gestureRecorded = false;
    }

    void endGesture() {
        inGesture = false;
        gestureRecorded = false;
    }

    void clear() {
        undo.clear();
        redo.clear();
        endGesture();
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }
}
