package org.condordesk.ui.widget;

import javafx.scene.control.Button;
import javafx.scene.layout.Region;

/** The small buttons in panel headers and tool rows. */
public final class Buttons {

    private Buttons() {
    }

    /**
     * A compact button (style class {@code compact}) with id {@code id} and tooltip {@code tip} that runs
     * {@code action}; never narrower than its text, so a crowded header elides a hint, not the button.
     */
    public static Button compact(String id, String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("compact");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> action.run());
        Tips.on(button, tip);
        return button;
    }
}
