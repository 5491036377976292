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

    /** The node property that marks a tooltip asked for during start-up and not installed yet. */
    private static final String PENDING = "condordesk.tooltip.pending";

    /** Tooltips asked for while the window is first built, installed after its first frame; null when not deferring. */
    private static java.util.List<Runnable> deferred;

    /**
     * From now until {@link #installDeferred}, {@link #on} only notes the tooltip: each one is a popup window with a
     * scene of its own (about a millisecond each, and a start builds a hundred), and none is seen before the first
     * frame. Called on the FX thread by the application's start, not by tests or later windows.
     */
    public static void deferUntilInstalled() {
        deferred = new java.util.ArrayList<>();
    }

    /** Installs the tooltips noted since {@link #deferUntilInstalled} (a control given one meanwhile keeps its own). */
    public static void installDeferred() {
        java.util.List<Runnable> noted = deferred;
        deferred = null;
        if (noted != null) {
            noted.forEach(Runnable::run);
        }
    }

    /** Installs a tooltip on any node; controls keep it in their tooltip property. */
    public static <N extends Node> N on(N node, String text) {
        if (deferred != null) {
            node.getProperties().put(PENDING, text);
            deferred.add(() -> {
                node.getProperties().remove(PENDING);
                if (!(node instanceof Control control) || control.getTooltip() == null) {
                    install(node, text);
                }
            });
        } else {
            install(node, text);
        }
        return node;
    }

    /** As {@link #on}, unless the node has a tooltip already or one is noted for it. */
    public static void onIfNone(Control control, String text) {
        if (control.getTooltip() == null && !control.getProperties().containsKey(PENDING)) {
            on(control, text);
        }
    }

    /** {@code to} shows the same tooltip as {@code from} (one popup for both), once {@code from} has it. */
    public static void share(Control from, Control to) {
        if (deferred != null && from.getTooltip() == null) {
            deferred.add(() -> to.setTooltip(from.getTooltip()));
        } else {
            to.setTooltip(from.getTooltip());
        }
    }

    private static void install(Node node, String text) {
        if (node instanceof Control control) {
            control.setTooltip(tooltip(text));
        } else {
            Tooltip.install(node, tooltip(text));
        }
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
        on(header, tip);
        header.setMaxWidth(Double.MAX_VALUE);
        column.setGraphic(header);
        column.setUserData(title);
        return column;
    }
}
