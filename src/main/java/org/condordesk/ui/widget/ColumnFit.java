package org.condordesk.ui.widget;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A table column never narrower than what it must show whole: its header and the widest text its cells can
 * hold (a sample such as {@code -$12,345}). With every column held at that minimum, a narrow table scrolls
 * sideways instead of eliding figures to "…". The fonts are the stylesheet's: headers 11px bold, cells 12px,
 * numeric columns monospace (condordesk.css, "tables").
 */
public final class ColumnFit {

    private static final Font HEADER = Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, 11);
    private static final Font TEXT = Font.font(Font.getDefault().getFamily(), 12);
    private static final Font NUMBERS = Font.font("monospace", 12);
    /** Cell padding 6px a side, plus the grid line. */
    private static final double CELL_PADDING = 14;
    /** The vertical scroll bar and the table's border. */
    public static final double SCROLL_BAR_ROOM = 16;
    /** Header padding and border. */
    private static final double HEADER_PADDING = 18;

    private ColumnFit() {
    }

    /** Holds {@code column} at least as wide as its header and every sample; its preferred width too. */
    public static <S, T> TableColumn<S, T> fit(TableColumn<S, T> column, String... samples) {
        Font cellFont = column.getStyleClass().contains("numeric") ? NUMBERS : TEXT;
        double width = width(headerText(column), HEADER) + HEADER_PADDING;
        for (String sample : samples) {
            width = Math.max(width, width(sample, cellFont) + CELL_PADDING);
        }
        width = Math.ceil(width);
        column.setMinWidth(width);
        column.setPrefWidth(Math.max(column.getPrefWidth(), width));
        return column;
    }

    /**
     * Lets {@code table} fill its width while its columns' minimums fit, and scroll sideways when they do not:
     * JavaFX's constrained policies hold columns at their minimums but never show a horizontal scroll bar, so
     * columns past the edge would be cut off.
     */
    public static void scrollWhenNarrow(TableView<?> table) {
        table.widthProperty().addListener((obs, old, width) -> {
            double needed = table.getColumns().stream().filter(TableColumn::isVisible)
                    .mapToDouble(TableColumn::getMinWidth).sum() + SCROLL_BAR_ROOM;
            var policy = width.doubleValue() >= needed ? TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS
                    : TableView.UNCONSTRAINED_RESIZE_POLICY;
            if (table.getColumnResizePolicy() != policy) {
                if (policy == TableView.UNCONSTRAINED_RESIZE_POLICY) {
                    table.getColumns().forEach(c -> c.setPrefWidth(c.getMinWidth()));
                }
                table.setColumnResizePolicy(policy);
            }
        });
    }

    private static String headerText(TableColumn<?, ?> column) {
        if (column.getGraphic() instanceof Label label) {
            return label.getText();
        }
        return column.getText() == null ? "" : column.getText();
    }

    /** Width of {@code text} in {@code font}, in pixels. */
    public static double width(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }
}
