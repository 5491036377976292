package org.condordesk.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.condordesk.model.Scenario;
import org.condordesk.model.VolFactorModel;
import org.condordesk.risk.SampleOracle;
import org.condordesk.store.json.PreferencesFile;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.library.LibraryAccess;
import org.condordesk.ui.session.RecentFiles;
import org.condordesk.ui.shell.LaunchOptions;
import org.condordesk.ui.shell.Themes;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.work.AnalysisService;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the workstation on the bundled sample for a TestFX test, and waits for the background worker properly. */
public final class FxTestSupport {

    public final ScenarioViewModel vm;
    public final Workstation workstation;
    private final AnalysisService service;
    private final LibraryAccess library;
    private final Path preferencesFolder;

    private FxTestSupport(Stage stage, Scenario scenario, LaunchOptions options) {
        Themes.apply(Themes.Theme.LIGHT, null);
        service = new AnalysisService(AnalysisService.DEFAULT_ENGINE, Platform::runLater);
        vm = new ScenarioViewModel(service, scenario, null);
        try {
            preferencesFolder = Files.createTempDirectory("condordesk-fx-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The library comes from the command line exactly as in the application (--db PATH).
        library = CondorDeskApp.libraryAccess(options);
        workstation = new Workstation(stage, vm, new RecentFiles(new PreferencesFile(preferencesFolder.resolve(PreferencesFile.FILE_NAME))), Themes.Theme.LIGHT, library);
        stage.show();
    }

    /** Call from the {@code @Start} method (on the FX thread); {@code args} as on the command line. */
    public static FxTestSupport open(Stage stage, String... args) {
        return new FxTestSupport(stage, CondorDeskApp.sample(), LaunchOptions.parse(java.util.List.of(args)));
    }

    public void close() throws IOException {
        service.close();
        library.close();
        Files.deleteIfExists(preferencesFolder.resolve(PreferencesFile.FILE_NAME));
        Files.deleteIfExists(preferencesFolder);
    }

    /** Waits until the analysis on screen belongs to the current scenario and settings, then for the FX queue to drain. */
    public void settle() {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> onFx(() -> vm.live().isFor(vm.scenario())));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the analysis of the current scenario never arrived", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The table cell named {@code name} ({@code legs-strike-1}: EditCell's {@link org.condordesk.ui.widget.EditCell#CELL_NAME},
     * not a CSS id), in any of the robot's windows; waits up to 10 s for it.
     */
    public static org.condordesk.ui.widget.EditCell<?> cell(FxRobot robot, String name) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            org.condordesk.ui.widget.EditCell<?> found = onFx(() -> robot.lookup(".edit-cell")
                    .match(node -> name.equals(node.getProperties().get(org.condordesk.ui.widget.EditCell.CELL_NAME)))
                    .tryQueryAs(org.condordesk.ui.widget.EditCell.class).orElse(null));
            if (found != null) {
                return found;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no table cell named " + name);
            }
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
    }

    public static <T> T onFx(Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Waits up to {@code seconds} until {@code condition} holds on the FX thread, then for the FX queue to drain. */
    public static void waitUntil(String what, int seconds, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> onFx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the label with CSS id {@code id} ({@code "#netVixVega"}). */
    public static String text(FxRobot robot, String id) {
        return onFx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    /** Ctrl+Shift+{@code keys}, as a trader types a menu shortcut, then waits for the FX queue to drain. */
    public static void shortcut(FxRobot robot, KeyCode... keys) {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(keys).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * The sample's net VIX vega as the workstation shows it, from tools/sample_oracle.py's CSV (an independent
     * implementation of docs/model.md), formatted as the panel formats dollars.
     */
    static String sampleNetVixVega() {
        return Fmt.usd0(SampleOracle.get("netVixVega", VolFactorModel.DEFAULT_VOL_RESPONSE.key()));
    }

    /** The sample's vega-neutral size of Hedge 2 (the oracle's), to the 4 decimals the solve applies. */
    static double sampleNeutralSize() {
        return Math.round(SampleOracle.get("neutralSize", VolFactorModel.DEFAULT_VOL_RESPONSE.key() + ":2") * 1e4) / 1e4;
    }

    /** A displayed dollar figure read back as a number: "-$1,687" → -1687. */
    static double dollars(String text) {
        return Fmt.parse(text);
    }
}
