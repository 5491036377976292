package org.condordesk.ui.widget;

import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Spreadsheet keys for an editable table: the arrow keys move a visible cell focus, typing on a cell starts
 * editing it with what was typed, and F2 or Enter edits it as it is. The cells are {@link EditCell}s, which
 * take the typed text from the table when they start editing.
 */
public final class TableKeys {

    /** Table property under which the typed text waits for the cell that starts editing. */
    static final String TYPED = "condordesk.typed";

    private TableKeys() {
    }

    public static void install(TableView<?> table) {
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.getStyleClass().add("cell-focus");
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (table.getEditingCell() == null && (event.getCode() == KeyCode.F2 || event.getCode() == KeyCode.ENTER)
                    && !event.isShortcutDown() && editFocused(table, null)) {
                event.consume();
            }
        });
        table.addEventHandler(KeyEvent.KEY_TYPED, event -> {
            String typed = event.getCharacter();
            boolean printable = typed != null && typed.length() == 1 && !Character.isISOControl(typed.charAt(0))
                    && !event.isShortcutDown() && !event.isAltDown() && !event.isControlDown() && !event.isMetaDown();
            if (table.getEditingCell() == null && printable && editFocused(table, typed)) {
                event.consume();
            }
        });
    }

    /** Starts editing the focused cell (with {@code typed} as its text when given); false when there is none. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean editFocused(TableView table, String typed) {
        TablePosition<?, ?> focused = table.getFocusModel().getFocusedCell();
        if (focused == null || focused.getRow() < 0 || focused.getTableColumn() == null) {
            return false;
        }
        if (typed != null) {
            table.getProperties().put(TYPED, typed);
        }
        table.edit(focused.getRow(), focused.getTableColumn());
        table.getProperties().remove(TYPED);
        return table.getEditingCell() != null;
    }
}
