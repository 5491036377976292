package org.condordesk.ui.widget;

import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SingleSelectionModel;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** Up and Down step through a closed combo's or choice box's items, as in a native desktop list box. */
public final class ArrowKeys {

    private ArrowKeys() {
    }

    public static <T> ComboBox<T> step(ComboBox<T> box) {
        box.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!box.isShowing() && !box.isEditable() && move(box.getSelectionModel(), box.getItems().size(), event)) {
                event.consume();
            }
        });
        return box;
    }

    public static <T> ChoiceBox<T> step(ChoiceBox<T> box) {
        box.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (!box.isShowing() && move(box.getSelectionModel(), box.getItems().size(), event)) {
                event.consume();
            }
        });
        return box;
    }

    /** Selects the previous (Up) or next (Down) item, staying at the ends; true when the key was one of them. */
    static boolean move(SingleSelectionModel<?> selection, int size, KeyEvent event) {
        if (event.isAltDown() || size == 0 || (event.getCode() != KeyCode.UP && event.getCode() != KeyCode.DOWN)) {
            return false;
        }
        int index = selection.getSelectedIndex();
        int next = event.getCode() == KeyCode.UP ? Math.max(0, index - 1) : Math.min(size - 1, index + 1);
        selection.select(next);
        return true;
    }
}
