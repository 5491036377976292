package org.condordesk.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.ui.vm.LiveAnalysis;
import org.condordesk.ui.work.AnalysisService;
import org.condordesk.ui.work.Worker;

/**
 * Reads the scenario to open and runs one analysis of it on a background thread while the JavaFX toolkit
 * starts, so the JSON reader and the engine are loaded and warm when the window asks for them.
 */
final class StartupPreload {

    /** The scenario to open, or why the requested file could not be read (null when it was). */
    record Opened(Scenario scenario, Path file, ValidationException error) {
    }

    private static volatile CompletableFuture<Opened> pending;

    private StartupPreload() {
    }

    /** Starts reading {@code file} (or the bundled sample when empty). */
    static void start(Optional<Path> file) {
        CompletableFuture<Opened> future = new CompletableFuture<>();
        pending = future;
        // No FX thread yet: the outcome is handed over on the worker's own thread, to take() below.
        Worker preload = new Worker("condordesk-preload", Runnable::run);
        preload.submit(job -> {
            Opened opened = read(file);
            // The first analysis loads and compiles the engine; its result is not kept.
            AnalysisService.DEFAULT_ENGINE.analyze(opened.scenario(), LiveAnalysis.DEFAULT_SETTINGS);
            return opened;
        }, future::complete, failure -> future.completeExceptionally(new IllegalStateException(failure.message())));
        preload.closeWhenDone();
    }

    /** The preloaded scenario, or a fresh read when nothing was preloaded (tests, a second window). */
    static Opened take(Optional<Path> file) {
        CompletableFuture<Opened> future = pending;
        pending = null;
        if (future == null) {
            return read(file);
        }
        try {
            return future.get();
        } catch (ExecutionException e) {
            // The warm-up analysis failed, not the read: read again and let the workstation report it.
            return read(file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return read(file);
        }
    }

    private static Opened read(Optional<Path> file) {
        if (file.isPresent()) {
            try {
                return new Opened(ScenarioJson.read(file.get()), file.get(), null);
            } catch (ValidationException e) {
                return new Opened(CondorDeskApp.sample(), null, e);
            }
        }
        return new Opened(CondorDeskApp.sample(), null, null);
    }
}
