package org.condordesk.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.condordesk.Fixtures;
import org.condordesk.model.Scenario;
import org.junit.jupiter.api.Test;

class UndoHistoryTest {

    private final Scenario a = Fixtures.hedged();
    private final Scenario b = a.withName("b");
    private final Scenario c = a.withName("c");

    @Test
    void undoAndRedoSwapWholeScenarios() {
        UndoHistory history = new UndoHistory();
        history.record(a, "rename");
        history.record(b, "rename");
        assertThat(history.undo(c).map(UndoHistory.Step::scenario)).hasValue(b);
        assertThat(history.undo(b).map(UndoHistory.Step::scenario)).hasValue(a);
        assertThat(history.undo(a)).isEmpty();
        assertThat(history.redo(a).map(UndoHistory.Step::scenario)).hasValue(b);
    }

    @Test
    void undoAndRedoNameTheEditTheyRevertOrRepeat() {
        UndoHistory history = new UndoHistory();
        history.record(a, "change strike");
        history.record(b, "delete layer");
        assertThat(history.undoAction()).hasValue("delete layer");
        assertThat(history.undo(c).map(UndoHistory.Step::action)).hasValue("delete layer");
        assertThat(history.undoAction()).hasValue("change strike");
        assertThat(history.redoAction()).hasValue("delete layer");
        history.undo(b);
        assertThat(history.undoAction()).isEmpty();
        assertThat(history.redoAction()).hasValue("change strike");
        assertThat(history.redo(a).map(UndoHistory.Step::action)).hasValue("change strike");
        assertThat(history.redoAction()).hasValue("delete layer");
    }

    @Test
    void aNewEditForgetsTheRedoBranch() {
        UndoHistory history = new UndoHistory();
        history.record(a, "edit");
        history.undo(b);
        assertThat(history.canRedo()).isTrue();
        history.record(a, "edit");
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void aGestureRecordsOnlyItsFirstState() {
        UndoHistory history = new UndoHistory();
        history.beginGesture();
        history.record(a, "edit");
        history.record(b, "edit");
        history.record(c, "edit");
        history.endGesture();
        assertThat(history.undo(c).map(UndoHistory.Step::scenario)).hasValue(a);
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void theHistoryIsBounded() {
        UndoHistory history = new UndoHistory();
        for (int i = 0; i < UndoHistory.LIMIT + 50; i++) {
            history.record(a.withName("s" + i), "rename");
        }
        int undos = 0;
        Scenario current = c;
        while (history.canUndo()) {
            current = history.undo(current).orElseThrow().scenario();
            undos++;
        }
        assertThat(undos).isEqualTo(UndoHistory.LIMIT);
        assertThat(current.name()).isEqualTo("s50");
    }
}
