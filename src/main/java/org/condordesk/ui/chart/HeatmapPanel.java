package org.condordesk.ui.chart;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.condordesk.risk.Analysis;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.widget.Tips;

/** The heatmap with its title: the date it is valued at and what the axes move. */
public final class HeatmapPanel extends VBox {

    private final HeatmapView view = new HeatmapView();
    private final Label subtitle = new Label();

    public HeatmapPanel() {
        getStyleClass().addAll("chart-panel", "heatmap-panel");
        setId("heatmapPanel");
        view.setId("heatmap");
        javafx.scene.layout.FlowPane header = PanelHeader.of("SPX × VIX", subtitle);
        VBox.setVgrow(view, Priority.ALWAYS);
        getChildren().addAll(header, view);
        Tips.on(subtitle, "P&L ($) with SPX and spot VIX moved independently (no spot–vol map) at the T+n date. "
                + "Black line: break-even (P&L = 0); ring: today's SPX and VIX.");
    }

    public HeatmapView view() {
        return view;
    }

    public void show(Analysis result, double spxSpot, double vixSpot) {
        result.heatmap().ifPresent(map -> {
            subtitle.setText("P&L at " + Fmt.dayDate(map.at().toLocalDate()) + " (T+n)");
            view.show(map, spxSpot, vixSpot);
        });
    }
}
