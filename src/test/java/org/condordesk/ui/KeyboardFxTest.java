package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.condordesk.ui.FxTestSupport.onFx;

import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The legs table and the combos from the keyboard alone, as the user guide promises. */
@Tag("slow")
class KeyboardFxTest extends WorkstationFxBase {

    private double strike(int leg) {
        return onFx(() -> app.vm.scenario().layers().get(0).legs().get(leg).instrument().optionStrike().getAsDouble());
    }

    @Test
    void typingOnAFocusedCellEditsItAndF2EditsItAsItIs(FxRobot robot) {
        app.settle();
        @SuppressWarnings("unchecked")
        TableView<Object> legs = robot.lookup("#legsTable").queryAs(TableView.class);
        onFx(() -> {
            legs.requestFocus();
            legs.getFocusModel().focus(1, legs.getColumns().get(2));
            return null;
        });
        // Type on the focused strike cell of leg 2: the typed text replaces the value; Enter commits.
        robot.write("7300").type(KeyCode.ENTER);
        app.settle();
        assertThat(strike(1)).isEqualTo(7300);
        assertThat(onFx(() -> app.vm.undoTextProperty().get())).isEqualTo("Undo change strike");
        // Down to leg 3, F2 opens its editor on the current value; Esc leaves it unchanged.
        robot.type(KeyCode.DOWN).type(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> legs.getEditingCell() != null && legs.getEditingCell().getRow() == 2)).isTrue();
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(strike(2)).isEqualTo(7800);
        // Delete removes the selected leg; Ctrl+Z brings it back.
        robot.type(KeyCode.DELETE);
        app.settle();
        assertThat(onFx(() -> app.vm.scenario().layers().get(0).legs().size())).isEqualTo(3);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        app.settle();
        assertThat(onFx(() -> app.vm.scenario().layers().get(0).legs().size())).isEqualTo(4);
    }

    @Test
    void typingOnAFocusedExpiryCellKeepsTheTypedDate(FxRobot robot) {
        app.settle();
        @SuppressWarnings("unchecked")
        TableView<Object> legs = robot.lookup("#legsTable").queryAs(TableView.class);
        java.time.LocalDate before = onFx(() -> app.vm.scenario().layers().get(0).legs().get(1).instrument().expiryDate().orElseThrow());
        // A week later is still an expiry after the valuation date; typed in full over the focused cell.
        java.time.LocalDate typed = before.plusDays(7);
        onFx(() -> {
            legs.requestFocus();
            legs.getFocusModel().focus(1, legs.getColumns().get(3));
            return null;
        });
        robot.write(typed.toString()).type(KeyCode.ENTER);
        app.settle();
        assertThat(onFx(() -> app.vm.scenario().layers().get(0).legs().get(1).instrument().expiryDate().orElseThrow())).isEqualTo(typed);
        assertThat(onFx(() -> app.vm.undoTextProperty().get())).isEqualTo("Undo change expiry");
    }

    @Test
    void aStrikeFarFromSpotIsAppliedOnlyWhenConfirmed(FxRobot robot) {
        app.settle();
        @SuppressWarnings("unchecked")
        TableView<Object> legs = robot.lookup("#legsTable").queryAs(TableView.class);
        double before = strike(1);
        onFx(() -> {
            legs.requestFocus();
            legs.getFocusModel().focus(1, legs.getColumns().get(2));
            return null;
        });
        // 75 against SPX near 7,000 (the sample) is 99 % away: asked; No keeps the strike.
        robot.write("75").type(KeyCode.ENTER);
        answer(javafx.scene.control.ButtonType.NO);
        app.settle();
        assertThat(strike(1)).isEqualTo(before);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        // Asked again, Yes applies it.
        robot.write("75").type(KeyCode.ENTER);
        answer(javafx.scene.control.ButtonType.YES);
        app.settle();
        assertThat(strike(1)).isEqualTo(75);
    }

    /** Presses {@code button} on the confirmation that is showing (fails when none is). */
    private void answer(javafx.scene.control.ButtonType button) {
        WaitForAsyncUtils.waitForFxEvents();
        onFx(() -> {
            javafx.scene.control.DialogPane pane = javafx.stage.Window.getWindows().stream()
                    .map(w -> w.getScene() == null ? null : w.getScene().getRoot().lookup(".dialog-pane"))
                    .filter(javafx.scene.control.DialogPane.class::isInstance).map(javafx.scene.control.DialogPane.class::cast)
                    .filter(p -> p.getHeaderText() != null && p.getHeaderText().startsWith("Strike far from spot"))
                    .findFirst().orElseThrow(() -> new AssertionError("no strike confirmation showing"));
            ((javafx.scene.control.Button) pane.lookupButton(button)).fire();
            return null;
        });
    }

    @Test
    void theArrowsStepAClosedCombo(FxRobot robot) {
        app.settle();
        ComboBox<?> solve = robot.lookup("#solveLayer").queryAs(ComboBox.class);
        onFx(() -> {
            solve.requestFocus();
            solve.getSelectionModel().select(1);
            return null;
        });
        robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> solve.getSelectionModel().getSelectedIndex())).isZero();
        assertThat(onFx(solve::isShowing)).isFalse();
        robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> solve.getSelectionModel().getSelectedIndex())).isEqualTo(1);
    }
}
