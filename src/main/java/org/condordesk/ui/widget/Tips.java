package org.condordesk.ui.widget;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Tooltips that say what a figure is and in which unit, shown quickly as on a trading screen. */
public final class Tips {

    private static final Duration SHOW_DELAY = Duration.millis(350);

    private Tips() {
    }

    public static Tooltip tooltip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setShowDelay(SHOW_DELAY);
        tip.setShowDuration(Duration.seconds(30));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        return tip;
    }

    /** Installs a tooltip on any node; controls keep it in their tooltip property. */
    public static <N extends Node> N on(N node, String text) {
        if (node instanceof Control control) {
            control.setTooltip(tooltip(text));
        } else {
            Tooltip.install(node, tooltip(text));
        }
        return node;
    }

    /**
     * Sets a control's tooltip text, reusing its tooltip: a new Tooltip is a popup window whose creation
     * and CSS cost a frame's budget when done on every analysis. Null removes it.
     */
    public static void set(Control control, String text) {
        Tooltip tip = control.getTooltip();
        if (text == null) {
            if (tip != null) {
                control.setTooltip(null);
            }
        } else if (tip == null) {
            control.setTooltip(tooltip(text));
        } else if (!text.equals(tip.getText())) {
            tip.setText(text);
        }
    }

    /** Replaces a node's style classes only when they differ: any change re-applies CSS to the node. */
    public static void styleClasses(Node node, String... classes) {
        java.util.List<String> wanted = java.util.List.of(classes);
        if (!node.getStyleClass().equals(wanted)) {
            node.getStyleClass().setAll(wanted);
        }
    }

    /** Row height of every table: fixed, so the table never measures its cells on a layout pass. */
    public static final double ROW_HEIGHT = 24;

    /** A column header with a tooltip: a label graphic, since a header has no tooltip of its own. */
    public static <S, T> TableColumn<S, T> column(String title, String tip) {
        TableColumn<S, T> column = new TableColumn<>();
        Label header = new Label(title);
        header.getStyleClass().add("header-label");
        header.setTooltip(tooltip(tip));
        header.setMaxWidth(Double.MAX_VALUE);
        column.setGraphic(header);
        column.setUserData(title);
        return column;
    }
}
