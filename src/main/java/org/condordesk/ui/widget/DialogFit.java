package org.condordesk.ui.widget;

import java.util.HashMap;
import java.util.Map;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;

/**
 * How every form dialog opens (issue 27 §3): resizable, sized to its content, centred over its owner window, at the
 * size the trader last gave it (remembered for the session, per dialog), and growing when a preview fills in after it
 * opened, so a figure is never cut to "…" (Import fills opened at 200×200; the Add-layer preview lost its VIX vega).
 */
public final class DialogFit {

    /** The last size of each kind of dialog, this session. */
    private static final Map<String, double[]> SIZES = new HashMap<>();

    private DialogFit() {
    }

    /** Applies the rules to {@code dialog}; {@code key} names its kind; {@code previews} grow it when their text changes. */
    public static void install(Dialog<?> dialog, String key, Labeled... previews) {
        dialog.setResizable(true);
        DialogPane pane = dialog.getDialogPane();
        // The pane never lays out smaller than its content wants: a tight window grows instead of eliding.
        pane.setMinHeight(Region.USE_PREF_SIZE);
        pane.setMinWidth(Region.USE_PREF_SIZE);
        for (Labeled preview : previews) {
            preview.setMinHeight(Region.USE_PREF_SIZE);
            if (!preview.isWrapText()) {
                // A one-line-per-fill preview: its lines are figures, shown whole (the window widens instead).
                preview.setMinWidth(Region.USE_PREF_SIZE);
            }
            preview.textProperty().addListener(o -> Platform.runLater(() -> grow(dialog)));
        }
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, e -> {
            double[] size = SIZES.get(key);
            Window window = pane.getScene().getWindow();
            if (size != null) {
                window.setWidth(Math.max(size[0], window.getWidth()));
                window.setHeight(Math.max(size[1], window.getHeight()));
            }
            grow(dialog);
            overOwner(window, dialog.getOwner());
        });
        pane.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scene.windowProperty().addListener((o, w0, window) -> {
                    if (window != null) {
                        window.setOnHiding(h -> SIZES.put(key, new double[] {window.getWidth(), window.getHeight()}));
                    }
                });
            }
        });
    }

    /** Grows the dialog's window to its content's preferred size (never shrinks what the trader made larger). */
    public static void grow(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        if (pane.getScene() == null || pane.getScene().getWindow() == null || !pane.getScene().getWindow().isShowing()) {
            return;
        }
        Window window = pane.getScene().getWindow();
        double extraWidth = window.getWidth() - pane.getWidth();
        double extraHeight = window.getHeight() - pane.getHeight();
        double width = Math.max(window.getWidth(), pane.prefWidth(-1) + extraWidth);
        double height = Math.max(window.getHeight(), pane.prefHeight(width - extraWidth) + extraHeight);
        Rectangle2D screen = screenOf(window);
        window.setWidth(Math.min(width, screen.getWidth()));
        window.setHeight(Math.min(height, screen.getHeight()));
        if (window.getY() + window.getHeight() > screen.getMaxY()) {
            window.setY(Math.max(screen.getMinY(), screen.getMaxY() - window.getHeight()));
        }
    }

    /** Centres {@code window} over {@code owner}, kept on the owner's screen. */
    public static void overOwner(Window window, Window owner) {
        if (owner == null) {
            return;
        }
        Rectangle2D screen = screenOf(owner);
        double x = owner.getX() + (owner.getWidth() - window.getWidth()) / 2;
        double y = owner.getY() + (owner.getHeight() - window.getHeight()) / 3;
        window.setX(Math.max(screen.getMinX(), Math.min(x, screen.getMaxX() - window.getWidth())));
        window.setY(Math.max(screen.getMinY(), Math.min(y, screen.getMaxY() - window.getHeight())));
    }

    private static Rectangle2D screenOf(Window window) {
        return Screen.getScreensForRectangle(window.getX(), window.getY(), Math.max(1, window.getWidth()),
                Math.max(1, window.getHeight())).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
    }
}
