package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.condordesk.ui.FxTestSupport.onFx;
import static org.condordesk.ui.FxTestSupport.text;
import static org.condordesk.ui.FxTestSupport.waitUntil;

import javafx.scene.control.ChoiceBox;
import javafx.scene.input.KeyCode;

import org.condordesk.ui.edit.MarketMoves;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Market edits from the Market tab: VIX through the model or alone, the VX curve shift, the SPX IV bump. */
@Tag("slow")
class MarketMovesFxTest extends WorkstationFxBase {

    private void type(FxRobot robot, String id, String text) {
        // Focus the field itself (a click at a narrow field's centre could land beside it on a loaded machine), then
        // type as a trader does.
        onFx(() -> {
            robot.lookup(id).queryAs(javafx.scene.control.TextInputControl.class).requestFocus();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(text);
        // Under load a robot event can land after the next step starts: wait until the field holds what was typed
        // before committing it (the field may reformat the number once committed).
        waitUntil(id + " reads " + text, 10, () -> text.equals(onFx(() -> robot.lookup(id)
                .queryAs(javafx.scene.control.TextInputControl.class).getText())));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private double vol(int layer, int leg) {
        return onFx(() -> app.vm.scenario().layers().get(layer).legs().get(leg).vol());
    }

    @Test
    void typingVixMovesSpxVolsAndTheCurveUnlessTheIndexAloneIsAskedFor(FxRobot robot) {
        app.settle();
        robot.clickOn("#tabMarket");
        double putVol = vol(0, 1);
        double front = onFx(() -> app.vm.scenario().market().vixFutures().get(0).price());
        type(robot, "#vixSpot", "20");
        app.settle();
        assertThat(vol(0, 1)).isGreaterThan(putVol);
        assertThat(onFx(() -> app.vm.scenario().market().vixFutures().get(0).price())).isGreaterThan(front);
        assertThat(onFx(() -> app.vm.messageProperty().get())).startsWith("VIX 16.40 → 20.00: SPX leg vols");
        // Futures and VIX3M move less than spot (betas below 1): a 3.6-point jump in VIX inverts the front of the
        // curve, and the header says what the three inputs say together.
        double movedFront = onFx(() -> app.vm.scenario().market().vixFutures().get(0).price());
        double movedVix3m = onFx(() -> app.vm.scenario().market().vix3m());
        assertThat(movedFront).isLessThan(20);
        assertThat(text(robot, "#headerFront"))
                .endsWith(movedVix3m < 20 ? "backwardation" : "mixed: VIX > front");
        assertThat(onFx(() -> app.vm.undoTextProperty().get())).isEqualTo("Undo change VIX");

        onFx(() -> {
            app.vm.undo();
            robot.lookup("#vixEditMode").<ChoiceBox<MarketMoves.VixEdit>>query().setValue(MarketMoves.VixEdit.INDEX_ONLY);
            return null;
        });
        type(robot, "#vixSpot", "18");
        app.settle();
        assertThat(vol(0, 1)).isEqualTo(putVol);
        assertThat(onFx(() -> app.vm.messageProperty().get())).contains("only the index changed");
        // 18 is above the 17.45 front future and below VIX3M 18.60: the header says the inputs disagree.
        assertThat(text(robot, "#headerFront")).endsWith("mixed: VIX > front");
    }

    @Test
    void theCurveShiftsAndSpxVolsBumpFromTheMovesSection(FxRobot robot) {
        app.settle();
        robot.clickOn("#tabMarket");
        double front = onFx(() -> app.vm.scenario().market().vixFutures().get(0).price());
        type(robot, "#curveShiftFront", "2");
        type(robot, "#curveShiftBack", "0.5");
        robot.clickOn("#applyCurveShift");
        app.settle();
        waitUntil("the curve shift is applied", 10,
                () -> onFx(() -> app.vm.scenario().market().vixFutures().get(0).price()) != front);
        assertThat(onFx(() -> app.vm.scenario().market().vixFutures().get(0).price())).isEqualTo(front + 2, within(1e-9));
        double putVol = vol(0, 1);
        type(robot, "#ivBumpPoints", "-1.5");
        robot.clickOn("#applyIvBump");
        app.settle();
        assertThat(vol(0, 1)).isEqualTo(putVol - 0.015, within(1e-12));
        assertThat(onFx(() -> app.vm.undoTextProperty().get())).isEqualTo("Undo bump SPX IV");
    }

    @Test
    void theShiftAndBumpFieldsShowTheirNumbersAtALaptopSize(FxRobot robot) throws Exception {
        atLaptopSize();
        robot.clickOn("#tabMarket");
        WaitForAsyncUtils.waitForFxEvents();
        java.util.Map<String, javafx.geometry.Bounds> before = controlBounds();
        java.util.Map<String, double[]> measured = new java.util.LinkedHashMap<>();
        for (String id : java.util.List.of("#curveShiftFront", "#curveShiftBack", "#ivBumpPoints")) {
            type(robot, id, "-12.50");
            double[] widths = onFx(() -> {
                javafx.scene.control.TextField field = robot.lookup(id).queryAs(javafx.scene.control.TextField.class);
                field.getScene().getRoot().applyCss();
                field.getScene().getRoot().layout();
                // The text's own width (a second measurement: a Text node in the field's font) plus the field's padding.
                javafx.scene.text.Text probe = new javafx.scene.text.Text("-12.50");
                probe.setFont(field.getFont());
                double needed = probe.getLayoutBounds().getWidth() + field.snappedLeftInset() + field.snappedRightInset();
                javafx.geometry.Bounds shown = field.localToScene(field.getLayoutBounds());
                return new double[] {field.getWidth(), needed, shown.getMaxX(), field.getScene().getWidth()};
            });
            measured.put(id, widths);
        }
        // The picture first (target/market-1280.png: look at it), then the checks.
        onFx(() -> {
            // The whole Market panel, and the window with the tab scrolled down to the Moves section.
            org.condordesk.ui.export.PngExport.write(robot.lookup("#marketPanel").query(), java.nio.file.Path.of("target/market-panel-1280.png"), 1);
            javafx.scene.Node node = robot.lookup("#marketMoves").query();
            while (node != null && !(node instanceof javafx.scene.control.ScrollPane)) {
                node = node.getParent();
            }
            if (node instanceof javafx.scene.control.ScrollPane scroll) {
                scroll.setVvalue(scroll.getVmax());
            }
            app.workstation.scene().getRoot().layout();
            org.condordesk.ui.export.PngExport.write(app.workstation.scene().getRoot(), java.nio.file.Path.of("target/market-1280.png"), 1);
            if (node instanceof javafx.scene.control.ScrollPane scroll) {
                scroll.setVvalue(scroll.getVmin());
            }
            return null;
        });
        measured.forEach((id, widths) -> {
            assertThat(widths[0]).as("%s width vs its text '-12.50'", id).isGreaterThanOrEqualTo(widths[1]);
            assertThat(widths[2]).as("%s right edge inside the window", id).isLessThanOrEqualTo(widths[3]);
        });
        // Typing and committing moved no control of the window (the fields do not grow with their text).
        java.util.Map<String, javafx.geometry.Bounds> after = controlBounds();
        assertThat(after.keySet()).containsAll(before.keySet());
        before.forEach((id, bounds) -> assertThat(after.get(id)).as("%s moved", id).isEqualTo(bounds));
        // Nothing in the Moves section is cut (every Labeled's skin text whole, the choices' too), and the buttons stay
        // inside the window.
        assertThat(onFx(() -> org.condordesk.ui.layout.Elision.find((javafx.scene.Parent) robot.lookup("#marketMoves").query())))
                .isEmpty();
        // The section asks the column for no more width than the smile form above it: the column, and every control
        // right of it, stays where it was before the fields had room (the smile form sets the column's width).
        double[] widths = onFx(() -> new double[] {robot.lookup("#marketMoves").queryAs(javafx.scene.layout.Region.class).prefWidth(-1),
                robot.lookup("#marketSmile").queryAs(javafx.scene.layout.Region.class).prefWidth(-1)});
        assertThat(widths[0]).as("Moves' preferred width vs the smile form's").isLessThanOrEqualTo(widths[1]);
        for (String id : java.util.List.of("#applyCurveShift", "#applyIvBump", "#ivBumpExpiry")) {
            double[] edge = onFx(() -> {
                javafx.scene.Node node = robot.lookup(id).query();
                return new double[] {node.localToScene(node.getLayoutBounds()).getMaxX(), node.getScene().getWidth()};
            });
            assertThat(edge[0]).as("%s inside the window", id).isLessThanOrEqualTo(edge[1]);
        }
    }

    /** Every control of the window with an id, by id, in scene coordinates. */
    private java.util.Map<String, javafx.geometry.Bounds> controlBounds() {
        return onFx(() -> {
            javafx.scene.Parent root = app.workstation.scene().getRoot();
            root.applyCss();
            root.layout();
            java.util.Map<String, javafx.geometry.Bounds> found = new java.util.TreeMap<>();
            collectControls(root, found);
            return found;
        });
    }

    private static void collectControls(javafx.scene.Node node, java.util.Map<String, javafx.geometry.Bounds> found) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof javafx.scene.control.Control && node.getId() != null) {
            found.put(node.getId(), node.localToScene(node.getLayoutBounds()));
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectControls(child, found));
        }
    }
}
