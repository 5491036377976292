package org.condordesk.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.control.Button;
import javafx.stage.Stage;

import org.condordesk.ui.backtest.BacktestWindow;
import org.condordesk.ui.shell.Themes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Backtest window at a laptop's size and larger, after a default run over the whole history and a sweep: no label, header, button, tab or table
 * cell in any of its four tabs (the frontier one before a run) is elided or cut off (how that is detected: {@link Elision}).
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class BacktestLayoutFxTest {

    private BacktestWindow window;

    @Start
    void start(Stage owner) {
        Themes.apply(Themes.Theme.LIGHT, null);
        window = new BacktestWindow(owner, Themes.Theme.LIGHT);
        window.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.stage().close()).get(10, TimeUnit.SECONDS);
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1280, 800", "1600, 1000"})
    void nothingInTheBacktestWindowIsElided(int width, int height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.stage().setWidth(width);
            window.stage().setHeight(height);
            // The whole history: the longest notes and the widest figures the default run gives.
            window.setWindow("", "");
            window.run();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> window.model().resultProperty().get() != null && !window.model().runningProperty().get()).get());
        WaitForAsyncUtils.asyncFx(() -> {
            window.setSweepAxes("0.10, 0.16", "7, 14", "1");
            ((Button) window.stage().getScene().lookup("#sweepRun")).fire();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> window.model().sweepProperty().get() != null && !window.model().runningProperty().get()).get());
        for (int tab = 0; tab < 4; tab++) {
            int shown = tab;
            WaitForAsyncUtils.asyncFx(() -> window.showTab(shown)).get(10, TimeUnit.SECONDS);
            // Two pulses: the tab's content is shown, then laid out with its figures.
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            List<String> elided = WaitForAsyncUtils.asyncFx(() -> {
                window.stage().getScene().getRoot().applyCss();
                window.stage().getScene().getRoot().layout();
                return Elision.find(window.stage().getScene().getRoot());
            }).get(10, TimeUnit.SECONDS);
            assertThat(elided).as("elided in tab %d at %d×%d", tab, width, height).isEmpty();
        }
    }
}
