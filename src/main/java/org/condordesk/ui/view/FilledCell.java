package org.condordesk.ui.view;

import java.util.function.BiConsumer;

import javafx.scene.control.TableCell;

import org.condordesk.ui.format.Fmt;

/** A table cell that {@code fill} fills from its item, cleared (text, tooltip, sign colour) when it has none. */
final class FilledCell<S, T> extends TableCell<S, T> {

    private final BiConsumer<TableCell<S, T>, T> fill;

    FilledCell(BiConsumer<TableCell<S, T>, T> fill) {
        this.fill = fill;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        if (empty || item == null) {
            setText(null);
            setTooltip(null);
            Fmt.colourBySign(this, 0, 0);
        } else {
            fill.accept(this, item);
        }
    }
}
