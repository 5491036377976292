package org.condordesk.ui.chart;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The header row of a chart panel: title, subtitle, then any figures pushed to the right. */
final class PanelHeader {

    private PanelHeader() {
    }

    static HBox of(String titleText, Label subtitle, Node... right) {
        Label title = new Label(titleText);
        title.getStyleClass().add("panel-title");
        subtitle.getStyleClass().add("panel-subtitle");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox header = new HBox(8, title, subtitle, grow);
        header.getChildren().addAll(right);
        header.getStyleClass().add("panel-header");
        return header;
    }
}
