package org.condordesk.ui.widget;

import java.util.function.Supplier;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;

import org.condordesk.model.ValidationException;

/** The form dialogs' OK and Cancel: a bad input keeps the dialog open with the reason shown, nothing is lost. */
public final class Dialogs {

    private Dialogs() {
    }

    /**
     * Adds OK (labelled {@code okText}) and Cancel to {@code dialog}. OK closes it only when {@code result} gives a
     * value (when it gives null, having shown why, the dialog stays open), and that value is the dialog's result.
     */
    public static <R> Button okWhenValid(Dialog<R> dialog, String okText, Supplier<R> result) {
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setText(okText);
        ok.addEventFilter(ActionEvent.ACTION, event -> {
            if (result.get() == null) {
                event.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? result.get() : null);
        return ok;
    }

    /** What {@code read} gives from the inputs, {@code error} cleared; or null with its refusal shown on {@code error}. */
    public static <R> R readOrShow(Label error, Supplier<R> read) {
        try {
            R value = read.get();
            error.setText("");
            return value;
        } catch (ValidationException e) {
            error.setText(e.getMessage());
            return null;
        }
    }
}
