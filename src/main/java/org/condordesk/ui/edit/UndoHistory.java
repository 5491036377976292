package org.condordesk.ui.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

import org.condordesk.model.Scenario;

/**
 * Undo/redo over immutable scenarios: every entry is a whole scenario, so an undo is a swap, never an
 * inverse operation. A gesture (a slider drag) records only its first change, so it undoes in one step.
 * Each entry keeps the name of the edit that left it ("change strike"), so the menu can say what an undo
 * or a redo will do.
 */
public final class UndoHistory {

    /** A state to return to and the edit that left it. */
    public record Step(Scenario scenario, String action) {
    }

    /** Scenarios are a few kB and share their unchanged parts, so a deep history is cheap. */
    public static final int LIMIT = 500;

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private boolean inGesture;
    private boolean gestureRecorded;

    /**
     * Remembers {@code before} as the state an undo returns to, left by the edit named {@code action}; a new
     * edit forgets the redo branch.
     */
    public void record(Scenario before, String action) {
        if (inGesture && gestureRecorded) {
            return;
        }
        undo.push(new Step(before, action));
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        gestureRecorded = inGesture;
    }

    /** The state before the last edit (and that edit's name); {@code current} becomes redoable. */
    public Optional<Step> undo(Scenario current) {
        endGesture();
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        Step step = undo.pop();
        redo.push(new Step(current, step.action()));
        return Optional.of(step);
    }

    /** The state the last undo left (and the undone edit's name). */
    public Optional<Step> redo(Scenario current) {
        endGesture();
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        Step step = redo.pop();
        undo.push(new Step(current, step.action()));
        return Optional.of(step);
    }

    /** The name of the edit an undo would revert, or empty. */
    public Optional<String> undoAction() {
        return undo.isEmpty() ? Optional.empty() : Optional.of(undo.peek().action());
    }

    /** The name of the edit a redo would apply again, or empty. */
    public Optional<String> redoAction() {
        return redo.isEmpty() ? Optional.empty() : Optional.of(redo.peek().action());
    }

    public void beginGesture() {
        inGesture = true;
        gestureRecorded = false;
    }

    public void endGesture() {
        inGesture = false;
        gestureRecorded = false;
    }

    public void clear() {
        undo.clear();
        redo.clear();
        endGesture();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }
}
