package org.condordesk.ui.vm;

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
        history.record(a);
        history.record(b);
        assertThat(history.undo(c)).hasValue(b);
        assertThat(history.undo(b)).hasValue(a);
        assertThat(history.undo(a)).isEmpty();
        assertThat(history.redo(a)).hasValue(b);
    }

    @Test
    void aNewEditForgetsTheRedoBranch() {
        UndoHistory history = new UndoHistory();
        history.record(a);
        history.undo(b);
        assertThat(history.canRedo()).isTrue();
        history.record(a);
        assertThat(history.canRedo()).isFalse();
    }

    @Test
    void aGestureRecordsOnlyItsFirstState() {
        UndoHistory history = new UndoHistory();
        history.beginGesture();
        history.record(a);
        history.record(b);
        history.record(c);
        history.endGesture();
        assertThat(history.undo(c)).hasValue(a);
        assertThat(history.canUndo()).isFalse();
    }

    @Test
    void theHistoryIsBounded() {
        UndoHistory history = new UndoHistory();
        for (int i = 0; i < UndoHistory.LIMIT + 50; i++) {
            history.record(a.withName("s" + i));
        }
        int undos = 0;
        Scenario current = c;
        while (history.canUndo()) {
            current = history.undo(current).orElseThrow();
            undos++;
        }
        assertThat(undos).isEqualTo(UndoHistory.LIMIT);
        assertThat(current.name()).isEqualTo("s50");
    }
}
