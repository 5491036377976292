package org.condordesk.ui.view;

import javafx.scene.control.TextArea;

import org.condordesk.ui.vm.ScenarioViewModel;

/** The Notes tab: the scenario's notes, saved with it; leaving the field after a change is one undoable edit. */
public final class NotesArea {

    private NotesArea() {
    }

    /** A text area that follows the scenario (unless the trader is typing in it) and edits its notes. */
    public static TextArea of(ScenarioViewModel vm) {
        TextArea notes = new TextArea();
        notes.setId("notes");
        notes.setWrapText(true);
        notes.setPromptText("Notes saved with the scenario: thesis, adjustment rules, exits…");
        vm.scenarioProperty().addListener((obs, old, s) -> {
            if (!notes.isFocused()) {
                notes.setText(s.notes());
            }
        });
        notes.setText(vm.scenario().notes());
        notes.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && !notes.getText().equals(vm.scenario().notes())) {
                vm.edit("edit notes", s -> s.withNotes(notes.getText()));
            }
        });
        return notes;
    }
}
