package org.condordesk.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;

import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.util.Duration;

import org.condordesk.market.EventCalendar;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.store.CustomEvents;
import org.condordesk.store.json.RecoveredScenario;
import org.condordesk.store.json.RecoveryFile;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.store.json.StartupCheck;
import org.condordesk.ui.export.PngExport;
import org.condordesk.ui.library.LibraryAccess;
import org.condordesk.ui.session.Autosaver;
import org.condordesk.ui.session.LastWorkspace;
import org.condordesk.ui.session.RecentFiles;
import org.condordesk.ui.shell.LaunchOptions;
import org.condordesk.ui.shell.Themes;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.work.AnalysisService;
import org.condordesk.ui.work.Worker;

/** The JavaFX application: opens the given file or the bundled sample, offers crash recovery, shows the workstation. */
public final class CondorDeskApp extends Application {

    /** The sample a bare start opens, packaged in the jar. */
    public static final String SAMPLE_RESOURCE = "/samples/condor-vix-hedge.json";

    /** Screens smaller than this multiple of the preferred window size open the window maximised. */
    static final double MAXIMISE_BELOW = 1.25;

    private AnalysisService service;
    private Autosaver autosaver;
    private LibraryAccess library;
    /** The window whose file the next start reopens; null in screenshot runs. */
    private Workstation lastWorkspace;

    @Override
    public void start(Stage stage) {
        StartupLog.mark("start()");
        LaunchOptions options = LaunchOptions.parse(getParameters().getRaw());
        Themes.Theme theme = options.theme().orElseGet(Themes::saved);
        Themes.apply(theme, null);
        StartupLog.mark("theme");
        boolean recoveryOn = options.screenshot().isEmpty();
        RecoveryFile recovery = RecoveryFile.inDataFolder();
        Optional<Path> toOpen = fileToOpen(options);
        StartupPreload.Opened opened = StartupPreload.take(toOpen);
        Scenario scenario = opened.scenario();
        Path file = opened.file();
        StartupLog.mark("scenario read");
        library = libraryAccess(options);
        // Tooltips are not seen in the first frame: they are made right after it (issue 27 §6, docs/performance.md).
        org.condordesk.ui.widget.Tips.deferUntilInstalled();
        Workstation workstation = openWorkstation(stage, theme, scenario, file);
        installTooltipsAfterFirstFrame(workstation);
        ScenarioViewModel vm = workstation.vm();
        loadCustomEvents(vm);
        if (opened.error() != null) {
            reportOpenError(stage, vm, toOpen.get(), opened.error(), options.file().isPresent());
        } else if (options.file().isEmpty() && toOpen.isPresent()) {
            vm.inform(StartupWords.reopened(toOpen.get()));
        }
        if (options.screenshot().isEmpty()) {
            lastWorkspace = workstation;
        }
        if (recoveryOn) {
            offerRecovery(stage, recovery, vm);
            startAutosave(recovery, vm);
        }
        reportStartup(vm);
        showOrShoot(workstation, options);
    }

    /**
     * A file that could not be opened at start-up, in the trader's words (the file's name and what is wrong with it);
     * the full path and the JSON path go to the status line's tooltip and the log (issue 27 §4).
     */
    private static void reportOpenError(Stage stage, ScenarioViewModel vm, Path file, ValidationException error,
                                        boolean asked) {
        System.getLogger(CondorDeskApp.class.getName()).log(System.Logger.Level.INFO, "cannot open " + file + ": " + error.getMessage());
        if (asked) {
            alert(stage, "Cannot open " + file.getFileName(), StartupWords.openRefused(file, error) + "\n\nThe bundled sample is open instead.");
        } else {
            vm.reportFailure(StartupWords.reopenRefused(file, error), "Could not reopen " + file + ": " + error.getMessage());
        }
    }

    /** {@code --show} opens a window for its screenshot; a bare {@code --screenshot} shoots the main window. */
    private static void showOrShoot(Workstation workstation, LaunchOptions options) {
        if (options.show().equals(Optional.of(LaunchOptions.Show.SIGNALS))) {
            SignalsDemo.show(workstation, options.screenshot());
        } else if (options.show().equals(Optional.of(LaunchOptions.Show.STRESS))) {
            StressDemo.show(workstation, options.screenshot());
        } else if (options.show().equals(Optional.of(LaunchOptions.Show.STRESS_LIVE))) {
            // The Stress tab on a live book (issue 27's screenshot): the sample marked live, as Position › Mark live.
            workstation.vm().positions().markLive();
            StressDemo.show(workstation, options.screenshot());
        } else if (options.show().isPresent()) {
            LibraryDemo.show(workstation, options.show().get(), options.screenshot());
        } else {
            options.screenshot().ifPresent(path -> screenshotAndExit(workstation, path));
        }
    }

    /** The bundled calendar plus the user's custom-events.csv, read off the FX thread; a bad file is reported, not fatal. */
    private static void loadCustomEvents(ScenarioViewModel vm) {
        Worker reader = new Worker("condordesk-events", Platform::runLater);
        reader.submit(job -> customEvents(), vm::setEventCalendar,
                failure -> vm.reportFailure("Custom events not loaded: " + failure.message()));
        reader.closeWhenDone();
    }

    private static EventCalendar customEvents() {
        Path file = CustomEvents.defaultFile();
        try {
            return CustomEvents.calendar(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /**
     * The file a start opens: the one on the command line, else the one open when the window last closed (not for
     * a screenshot, which shows the sample), else none (the bundled sample).
     */
    static Optional<Path> fileToOpen(LaunchOptions options) {
        return fileToOpen(options, LastWorkspace.inDataFolder());
    }

    static Optional<Path> fileToOpen(LaunchOptions options, LastWorkspace last) {
        if (options.file().isPresent() || options.screenshot().isPresent()) {
            return options.file();
        }
        return last.file();
    }

    /** The library the window uses: {@code --db PATH}, else the data folder's; opened on first use, never at start-up. */
    static LibraryAccess libraryAccess(LaunchOptions options) {
        return new LibraryAccess(options.libraryFile(), Platform::runLater);
    }

    /** Builds the view model and the window on {@code scenario} and shows it. */
    private Workstation openWorkstation(Stage stage, Themes.Theme theme, Scenario scenario, Path file) {
        service = new AnalysisService(AnalysisService.DEFAULT_ENGINE, Platform::runLater);
        ScenarioViewModel vm = new ScenarioViewModel(service, scenario, file);
        StartupLog.mark("view model");
        Workstation workstation = new Workstation(stage, vm, RecentFiles.forUser(), theme, library);
        StartupLog.mark("workstation built");
        if (file != null) {
            workstation.files().recent().add(file);
        }
        fitToScreen(stage);
        if (Boolean.getBoolean("condordesk.startupLog")) {
            workstation.scene().getRoot().applyCss();
            StartupLog.mark("css applied");
            workstation.scene().getRoot().layout();
            StartupLog.mark("laid out");
        }
        stage.setOnCloseRequest(e -> {
            if (!workstation.files().confirmDiscard()) {
                e.consume();
            }
        });
        stage.show();
        StartupLog.mark("shown");
        return workstation;
    }

    /** The bundled sample scenario. */
    public static Scenario sample() {
        try (InputStream in = CondorDeskApp.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample " + SAMPLE_RESOURCE + " is missing from the build");
            }
            return ScenarioJson.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled sample: " + e.getMessage(), e);
        }
    }

    /**
     * A laptop or an HD screen (up to 1.25 × the preferred size) gets the window maximised: the layout is made
     * for it (SideWidths). A larger screen gets the preferred size, which the window manager places.
     */
    private static void fitToScreen(Stage stage) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (screen.getWidth() < MAXIMISE_BELOW * Workstation.PREFERRED_WIDTH
                || screen.getHeight() < MAXIMISE_BELOW * Workstation.PREFERRED_HEIGHT) {
            // The size too, not only the flag: without a window manager (Xvfb) the flag alone does nothing.
            stage.setX(screen.getMinX());
            stage.setY(screen.getMinY());
            stage.setWidth(screen.getWidth());
            stage.setHeight(screen.getHeight());
            stage.setMaximized(true);
        }
    }

    private void offerRecovery(Stage stage, RecoveryFile recovery, ScenarioViewModel vm) {
        try {
            StartupCheck found = recovery.checkAtStartup();
            if (found instanceof StartupCheck.Recoverable recoverable) {
                offerRestore(stage, recovery, vm, recoverable.recovered());
            } else if (found instanceof StartupCheck.Unreadable unreadable) {
                alert(stage, "The autosave cannot be read",
                        unreadable.reason() + "\n\nIt was moved to " + unreadable.movedTo() + " (nothing was deleted).");
            }
        } catch (IOException e) {
            vm.reportFailure("Recovery: " + e.getMessage());
        }
    }

    private static void offerRestore(Stage stage, RecoveryFile recovery, ScenarioViewModel vm, RecoveredScenario recovered)
            throws IOException {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard);
        alert.initOwner(stage);
        alert.setTitle("Recover unsaved work");
        alert.setHeaderText("CondorDesk did not close cleanly last time.");
        alert.setContentText("An autosave of '" + recovered.scenario().name() + "' from " + recovered.savedAt()
                + recovered.originalFile().map(p -> " (opened from " + p + ")").orElse("")
                + " is available. Restore it?");
        if (alert.showAndWait().orElse(discard) == restore) {
            vm.load(recovered.scenario(), recovered.originalFile().orElse(null), true);
            vm.inform("Restored the autosave from " + recovered.savedAt() + ": save it to keep it");
        } else {
            recovery.discard();
        }
    }

    private void startAutosave(RecoveryFile recovery, ScenarioViewModel vm) {
        try {
            recovery.startSession();
            autosaver = new Autosaver(recovery, Autosaver.DEFAULT_DELAY_MILLIS,
                    message -> Platform.runLater(() -> vm.reportFailure(message)));
            autosaver.attach(vm);
            if (vm.isDirty()) {
                autosaver.schedule(vm.scenario(), vm.file());
            }
        } catch (IOException e) {
            vm.reportFailure("Crash recovery is off: cannot write " + recovery.sessionMarker().getParent() + " (" + e.getMessage() + ")");
        }
    }

    /**
     * Once the first result (analysis or failure) has been laid out in a frame, installs the tooltips noted while the
     * window was built: after that pulse, so the first analysed frame does not wait for a hundred popup windows.
     */
    private static void installTooltipsAfterFirstFrame(Workstation workstation) {
        Runnable afterNextPulse = () -> workstation.scene().addPostLayoutPulseListener(new Runnable() {
            @Override
            public void run() {
                workstation.scene().removePostLayoutPulseListener(this);
                Platform.runLater(org.condordesk.ui.widget.Tips::installDeferred);
            }
        });
        if (workstation.vm().live().lastResultProperty().get() != null) {
            afterNextPulse.run();
            return;
        }
        workstation.vm().live().lastResultProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends AnalysisService.Result> obs,
                                AnalysisService.Result old, AnalysisService.Result value) {
                obs.removeListener(this);
                afterNextPulse.run();
                Platform.requestNextPulse();
            }
        });
    }

    /** With -Dcondordesk.startupLog=true, prints when the first analysis reached the screen. */
    private static void reportStartup(ScenarioViewModel vm) {
        if (!Boolean.getBoolean("condordesk.startupLog")) {
            return;
        }
        vm.live().analysisProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends org.condordesk.risk.Analysis> obs,
                                org.condordesk.risk.Analysis old, org.condordesk.risk.Analysis value) {
                obs.removeListener(this);
                StartupLog.mark("first analysis on screen");
            }
        });
    }

    /** Once the first analysis has been applied and laid out, snapshots the window and exits. */
    private static void screenshotAndExit(Workstation workstation, Path path) {
        Runnable shoot = () -> shootAndExit(workstation, path, 600);
        if (workstation.vm().analysis() != null) {
            shoot.run();
        } else {
            workstation.vm().live().analysisProperty().addListener((obs, old, value) -> {
                if (old == null) {
                    shoot.run();
                }
            });
        }
    }

    /** After {@code settleMillis} for the layout to finish, writes the window as a PNG and exits. */
    static void shootAndExit(Workstation workstation, Path path, long settleMillis) {
        PauseTransition settle = new PauseTransition(Duration.millis(settleMillis));
        settle.setOnFinished(e -> {
            try {
                PngExport.write(workstation.scene().getRoot(), path, 1);
                System.err.println("condordesk: screenshot written to " + path);
            } catch (IOException ex) {
                System.err.println("condordesk: screenshot failed: " + ex.getMessage());
            } finally {
                // A bug in the snapshot still ends the screenshot run (its stack trace goes to the FX thread's handler).
                Platform.exit();
            }
        });
        settle.play();
    }

    private static void alert(Stage owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.initOwner(owner);
        alert.setHeaderText(header);
        alert.show();
    }

    @Override
    public void stop() {
        if (lastWorkspace != null) {
            try {
                LastWorkspace.inDataFolder().remember(lastWorkspace.vm().file());
            } catch (IOException e) {
                System.err.println("condordesk: could not record the last workspace: " + e.getMessage());
            }
        }
        if (autosaver != null) {
            autosaver.close(true);
        }
        if (service != null) {
            service.close();
        }
        if (library != null) {
            library.close();
        }
    }
}
