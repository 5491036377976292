package org.condordesk.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.condordesk.ui.FxTestSupport.onFx;
import static org.condordesk.ui.FxTestSupport.shortcut;
import static org.condordesk.ui.FxTestSupport.waitUntil;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;

import org.condordesk.ui.WorkstationFxBase;
import org.condordesk.ui.chain.ChainWindow;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 27 §3 at 1280×800: every dialog, with its preview filled, shows every figure whole (Elision: each Labeled's
 * skin text), opens over the workstation, at least as large as its content, and resizable; the By-layer summary and
 * the Layer greeks table with a chain-built layer's long name keep their figures whole (the name gives way).
 * Each dialog's picture goes to target/dialog-*.png (the docs/ screenshots).
 */
@Tag("slow")
class DialogLayoutFxTest extends WorkstationFxBase {

    private static final String LONG_NAME = "VIX call diagonal from chain: short 22 Dec 2026 / long 20 Feb 2027 ×20";

    /** The dialog pane that holds the node {@code id}, once it is shown. */
    private DialogPane dialog(FxRobot robot, String id) {
        waitUntil(id + " is shown", 10, () -> robot.lookup(id).tryQuery().isPresent());
        Node node = robot.lookup(id).query();
        return (DialogPane) onFx(() -> {
            Node n = node;
            while (!(n instanceof DialogPane)) {
                n = n.getParent();
            }
            return n;
        });
    }

    private void waitForPreview(FxRobot robot, String id) {
        waitUntil(id + " is filled", 20, () -> {
            String text = robot.lookup(id).queryAs(Label.class).getText();
            return text != null && !text.isBlank() && !text.equals("…");
        });
    }

    /** Checks the dialog and writes its picture; then cancels it. */
    private void checkAndClose(FxRobot robot, DialogPane pane, String name) throws Exception {
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> elided = onFx(() -> {
            pane.applyCss();
            pane.layout();
            return Elision.find(pane);
        });
        Window window = onFx(() -> pane.getScene().getWindow());
        Window owner = app.workstation.stage();
        assertThat(elided).as("elided in the " + name + " dialog").isEmpty();
        assertThat(onFx(() -> ((javafx.stage.Stage) window).isResizable())).as(name + " is resizable").isTrue();
        assertThat(onFx(() -> pane.getHeight() + 1 >= pane.prefHeight(pane.getWidth()))).as(name + " holds its content").isTrue();
        double centreX = onFx(() -> window.getX() + window.getWidth() / 2);
        assertThat(centreX).as(name + " opens over its owner")
                .isBetween(onFx(owner::getX), onFx(() -> owner.getX() + owner.getWidth()));
        onFx(() -> ImageIO.write(SwingFXUtils.fromFXImage(pane.getScene().snapshot(null), null), "png",
                new File("target/dialog-" + name + ".png")));
        onFx(() -> {
            ((javafx.stage.Stage) window).close();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void everyDialogShowsItsFiguresWhole(FxRobot robot) throws Exception {
        atLaptopSize();
        // Add layer (Ctrl+L): the preview with its VIX vega.
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        DialogPane add = dialog(robot, "#templatePreview");
        waitForPreview(robot, "#templatePreview");
        waitUntil("focus starts in the template list", 10,
                () -> add.getScene().getFocusOwner() != null && "templateChoice".equals(add.getScene().getFocusOwner().getId()));
        assertThat(onFx(() -> robot.lookup("#templatePreview").queryAs(Label.class).getText())).contains("VIX vega");
        checkAndClose(robot, add, "add-layer");

        // Make vega-neutral: the whole-contract choice.
        robot.clickOn("#makeNeutral");
        checkAndClose(robot, dialog(robot, "#wholeSizeOk"), "hedge-size");

        // Import fills (Ctrl+Shift+I) read from the IBKR sample.
        shortcut(robot, KeyCode.I);
        TextField file = robot.lookup("#importFile").queryAs(TextField.class);
        onFx(() -> {
            file.setText(Path.of("samples/fills/ibkr-flex.csv").toAbsolutePath().toString());
            return null;
        });
        robot.clickOn("#importRead");
        DialogPane fills = dialog(robot, "#importFile");
        Thread.sleep(1500);
        checkAndClose(robot, fills, "import-fills");

        // Live: Close (Ctrl+Shift+X) on the short put, Roll (Ctrl+Shift+J) the VX layer, Move wing of the condor.
        shortcut(robot, KeyCode.M);
        app.settle();
        robot.clickOn(org.condordesk.ui.FxTestSupport.cell(robot, "legs-strike-1"));
        shortcut(robot, KeyCode.X);
        DialogPane close = dialog(robot, "#closePreview");
        waitForPreview(robot, "#closePreview");
        checkAndClose(robot, close, "close");
        onFx(() -> {
            app.vm.selectedLayerProperty().set(2);
            return null;
        });
        shortcut(robot, KeyCode.J);
        DialogPane roll = dialog(robot, "#rollCash");
        onFx(() -> {
            robot.lookup("#rollExpiry").queryAs(TextField.class).setText("2027-02-17");
            return null;
        });
        waitForPreview(robot, "#rollCash");
        checkAndClose(robot, roll, "roll");
        onFx(() -> {
            app.vm.selectedLayerProperty().set(0);
            Platform.runLater(() -> app.workstation.positions().moveWing());
            return null;
        });
        DialogPane wing = dialog(robot, "#wingPreview");
        onFx(() -> {
            robot.lookup("#wingStrike").queryAs(TextField.class).setText("7300");
            return null;
        });
        waitForPreview(robot, "#wingPreview");
        checkAndClose(robot, wing, "move-wing");
    }

    @Test
    void buildFromChainPreviewsTheLayer(FxRobot robot) throws Exception {
        atLaptopSize();
        shortcut(robot, KeyCode.C);
        ChainWindow window = onFx(() -> (ChainWindow) app.workstation.stage().getProperties().get(ChainWindow.class));
        assertThat(onFx(() -> window.stage().getOwner())).as("a normal window, not owned by the workstation").isNull();
        assertThat(onFx(() -> window.stage().isAlwaysOnTop())).isFalse();
        onFx(() -> window.model().importChain(Path.of("samples/chains/spx-quotedata-sample.csv")));
        waitUntil("the chain is analysed", 30, () -> !window.model().busyProperty().get() && window.model().analysisProperty().get() != null);
        onFx(() -> {
            window.stage().toFront();
            return null;
        });
        robot.clickOn("#chainBuild");
        DialogPane build = dialog(robot, "#buildPreview");
        waitForPreview(robot, "#buildPreview");
        assertThat(onFx(() -> robot.lookup("#buildPreview").queryAs(Label.class).getText())).contains("VIX vega");
        checkAndClose(robot, build, "build-from-chain");
        onFx(() -> {
            window.stage().close();
            return null;
        });
    }

    @Test
    void aLongLayerNameGivesWayToTheFigures(FxRobot robot) throws Exception {
        atLaptopSize();
        onFx(() -> app.vm.layers().renameLayer(2, LONG_NAME));
        app.settle();
        robot.clickOn("#tabGreeks");
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> elided = onFx(() -> {
            Parent root = app.workstation.scene().getRoot();
            root.applyCss();
            root.layout();
            return Elision.find(root);
        });
        assertThat(elided).as("elided with a long layer name at 1280×800").isEmpty();
        // The By-layer summary's figures for that layer are whole (no "…"), whatever the name does.
        for (int c = 1; c <= 3; c++) {
            int column = c;
            String text = onFx(() -> {
                Label label = (Label) app.workstation.scene().lookup("#layerFigure-2-" + column);
                Node shown = label.lookup(".text");
                return ((javafx.scene.text.Text) shown).getText();
            });
            assertThat(text).doesNotContain("…");
        }
    }
}
