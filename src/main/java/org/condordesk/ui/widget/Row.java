package org.condordesk.ui.widget;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;

/**
 * A table row over an immutable value, updated in place: a new scenario with the same number of rows
 * changes the values, not the rows, so a cell being edited elsewhere in the table keeps its editor.
 */
public final class Row<T> {

    private final int index;
    private final ReadOnlyObjectWrapper<T> value;

    public Row(int index, T value) {
        this.index = index;
        this.value = new ReadOnlyObjectWrapper<>(value);
    }

    /** Position of the value in the list it came from (the model index, not the sorted view index). */
    public int index() {
        return index;
    }

    public T get() {
        return value.get();
    }

    public ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** Brings {@code rows} to {@code values}: in place when the count matches, rebuilt otherwise. */
    public static <T> void sync(ObservableList<Row<T>> rows, List<T> values) {
        if (rows.size() == values.size()) {
            for (int i = 0; i < values.size(); i++) {
                // An equal value (a leg whose risk did not move) leaves the row alone: no cell update, no layout.
                if (!java.util.Objects.equals(rows.get(i).value.get(), values.get(i))) {
                    rows.get(i).value.set(values.get(i));
                }
            }
            return;
        }
        List<Row<T>> fresh = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            fresh.add(new Row<>(i, values.get(i)));
        }
        rows.setAll(fresh);
    }
}
