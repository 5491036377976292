package org.condordesk.ui.chart;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;

/**
 * The header of a chart panel: title, subtitle, then the panel's figures. It wraps instead of eliding: on a
 * narrow panel the figures move to a second line whole, so a key number (max loss, a break-even) is never cut
 * to "…".
 */
final class PanelHeader {

    private static final double GAP = 8;

    private PanelHeader() {
    }

    static FlowPane of(String titleText, Label subtitle, Node... figures) {
        Label title = new Label(titleText);
        title.getStyleClass().add("panel-title");
        subtitle.getStyleClass().add("panel-subtitle");
        FlowPane header = new FlowPane(GAP, 2, title, subtitle);
        header.getChildren().addAll(figures);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setRowValignment(javafx.geometry.VPos.CENTER);
        header.getStyleClass().add("panel-header");
        // Lines break at the panel's width when laid out; the wrap length only sets the header's preferred
        // width, kept small so a header never widens its grid column.
        header.setPrefWrapLength(120);
        return header;
    }

    /** Puts the panel's explanation on its title and subtitle, where hovering asks for it. */
    static void explain(FlowPane header, String tip) {
        for (Node child : header.getChildren().subList(0, 2)) {
            if (child instanceof Label label) {
                org.condordesk.ui.widget.Tips.onIfNone(label, tip);
            }
        }
    }
}
