package org.condordesk.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.condordesk.ui.WorkstationFxBase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window at a laptop's size and larger: no header label, figure, button, tab or table column is
 * elided or cut off (how that is detected: {@link Elision}).
 */
@Tag("slow")
class LaptopLayoutFxTest extends WorkstationFxBase {

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "1600, 1000", "1920, 1080"})
    void nothingInTheMainWindowIsElided(int width, int height) throws Exception {
        resize(width, height);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> app.vm.live().isFor(app.vm.scenario())).get());
        assertThat(elidedAfterLayout()).as("elided at %d×%d", width, height).isEmpty();
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "1600, 1000"})
    void nothingInTheStressTabIsElided(int width, int height, FxRobot robot) throws Exception {
        resize(width, height);
        robot.clickOn("#tabStress");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> app.workstation.stress().resultProperty().get() != null).get());
        for (String view : List.of("#viewStresses", "#viewHedgeSizes", "#viewStressInputs")) {
            robot.clickOn(view);
            assertThat(elidedAfterLayout()).as("elided in the Stress tab's %s at %d×%d", view, width, height).isEmpty();
        }
    }

    private void resize(int width, int height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            stage.setWidth(width);
            stage.setHeight(height);
        }).get(10, TimeUnit.SECONDS);
    }

    /** What is elided once the window has laid out what it shows now. */
    private List<String> elidedAfterLayout() throws Exception {
        // Two pulses: the analysis is applied, then laid out with its figures.
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            app.workstation.scene().getRoot().applyCss();
            app.workstation.scene().getRoot().layout();
            return Elision.find(app.workstation.scene().getRoot());
        }).get(10, TimeUnit.SECONDS);
    }
}
