package org.condordesk.ui;

import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;

/**
 * Gives one editor tab more height while it is shown: the middle column's divider moves up to {@code position} when
 * the tab is selected, and back where it was when the tab is left, unless the trader moved it meanwhile. The Stress
 * tab's table, chart and figures need more than the 140 px the tabs get on a 1280 × 800 screen.
 */
final class TallTab {

    private double before = Double.NaN;
    private double set = Double.NaN;

    private TallTab() {
    }

    static void install(SplitPane middle, Tab tab, double position) {
        TallTab tall = new TallTab();
        tab.selectedProperty().addListener((obs, was, selected) -> {
            double now = middle.getDividerPositions()[0];
            if (selected && now > position) {
                tall.before = now;
                tall.set = position;
                middle.setDividerPosition(0, position);
            } else if (!selected && !Double.isNaN(tall.set)) {
                if (Math.abs(now - tall.set) < 0.01) {
                    middle.setDividerPosition(0, tall.before);
                }
                tall.set = Double.NaN;
            }
        });
    }
}
