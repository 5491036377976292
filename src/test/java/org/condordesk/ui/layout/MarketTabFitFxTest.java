package org.condordesk.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.condordesk.ui.FxTestSupport.onFx;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;

import org.condordesk.ui.WorkstationFxBase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Market tab at a laptop's 1280×800 (issue 27 §3: nothing a trader needs is cut off): the tab's scroll pane
 * needs no horizontal scrolling, and the VX curve's and ETF table's +/− buttons are inside its visible viewport.
 */
@Tag("slow")
class MarketTabFitFxTest extends WorkstationFxBase {

    @Test
    void theMarketTabFitsALaptopsWidth(FxRobot robot) throws Exception {
        atLaptopSize();
        robot.clickOn("#tabMarket");
        WaitForAsyncUtils.waitForFxEvents();
        double[] fit = onFx(() -> {
            app.workstation.scene().getRoot().applyCss();
            app.workstation.scene().getRoot().layout();
            ScrollPane scroll = scrollPaneOf(robot.lookup("#marketPanel").query());
            // The content's width against the viewport's: wider content is what a horizontal bar scrolls.
            double content = scroll.getContent().getLayoutBounds().getWidth();
            double viewport = scroll.getViewportBounds().getWidth();
            boolean bar = scroll.lookupAll(".scroll-bar").stream().anyMatch(n -> n instanceof ScrollBar b
                    && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible());
            return new double[] {content, viewport, bar ? 1 : 0};
        });
        assertThat(fit[0]).as("Market panel width vs the viewport's at 1280×800").isLessThanOrEqualTo(fit[1]);
        assertThat(fit[2]).as("a horizontal scroll bar is shown").isZero();
        // Narrower tables cut nothing: every heading, column header and cell of the tab shows its whole text.
        assertThat(onFx(() -> Elision.find((javafx.scene.Parent) robot.lookup("#marketPanel").query())))
                .as("elided in the Market tab at 1280×800").isEmpty();
        for (String id : List.of("#futuresCurve-add", "#futuresCurve-remove", "#etfQuotes-add", "#etfQuotes-remove")) {
            double[] edges = onFx(() -> {
                Node button = robot.lookup(id).query();
                ScrollPane scroll = scrollPaneOf(button);
                Bounds shown = button.localToScene(button.getLayoutBounds());
                Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
                return new double[] {shown.getMinX(), shown.getMaxX(), viewport.getMinX(), viewport.getMaxX()};
            });
            assertThat(edges[0]).as("%s left edge inside the tab's viewport", id).isGreaterThanOrEqualTo(edges[2]);
            assertThat(edges[1]).as("%s right edge inside the tab's viewport", id).isLessThanOrEqualTo(edges[3]);
        }
    }

    private static ScrollPane scrollPaneOf(Node node) {
        Node at = node;
        while (at != null && !(at instanceof ScrollPane)) {
            at = at.getParent();
        }
        return (ScrollPane) at;
    }
}

