package org.condordesk.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.stage.Stage;

import org.condordesk.ui.FxTestSupport;
import org.condordesk.ui.Workstation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window at a laptop's size and larger: no header label, figure, button, tab or table column is
 * elided or cut off (how that is detected: {@link Elision}).
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class LaptopLayoutFxTest {

    private FxTestSupport app;
    private Workstation workstation;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        app = FxTestSupport.open(stage);
        workstation = app.workstation;
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "1600, 1000", "1920, 1080"})
    void nothingInTheMainWindowIsElided(int width, int height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> workstation.vm().live().isFor(workstation.vm().scenario())).get());
        // Two pulses: the analysis is applied, then laid out with its figures.
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> elided = WaitForAsyncUtils.asyncFx(() -> {
            workstation.scene().getRoot().applyCss();
            workstation.scene().getRoot().layout();
            return Elision.find(workstation.scene().getRoot());
        }).get(10, TimeUnit.SECONDS);
        assertThat(elided).as("elided at %d×%d", width, height).isEmpty();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "1600, 1000"})
    void nothingInTheStressTabIsElided(int width, int height, FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        }).get(10, TimeUnit.SECONDS);
        robot.clickOn("#tabStress");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> workstation.stress().resultProperty().get() != null).get());
        for (String view : List.of("#viewStresses", "#viewHedgeSizes", "#viewStressInputs")) {
            robot.clickOn(view);
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            List<String> elided = WaitForAsyncUtils.asyncFx(() -> {
                workstation.scene().getRoot().applyCss();
                workstation.scene().getRoot().layout();
                return Elision.find(workstation.scene().getRoot());
            }).get(10, TimeUnit.SECONDS);
            assertThat(elided).as("elided in the Stress tab's %s at %d×%d", view, width, height).isEmpty();
        }
    }
}
