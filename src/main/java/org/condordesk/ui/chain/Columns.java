package org.condordesk.ui.chain;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Read-only text columns for the chain window's tables; numeric ones are right-aligned by the stylesheet. */
final class Columns {

    private Columns() {
    }

    static <T> TableColumn<T, String> text(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    static <T> TableColumn<T, String> number(String title, double width, Function<T, String> value) {
        TableColumn<T, String> column = text(title, width, value);
        column.getStyleClass().add("numeric");
        return column;
    }

    @SafeVarargs
    static <T> TableView<T> table(String id, String placeholder, TableColumn<T, String>... columns) {
        TableView<T> table = new TableView<>();
        table.setId(id);
        for (TableColumn<T, String> column : columns) {
            table.getColumns().add(column); // one by one: handing the generic array on would risk heap pollution
        }
        table.setPlaceholder(new Label(placeholder));
        // JavaFX 20 deprecated CONSTRAINED_RESIZE_POLICY for this, its documented replacement (openjfx.io, JavaFX 20 deprecated list).
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }
}
