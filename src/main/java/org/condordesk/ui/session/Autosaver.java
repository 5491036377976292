package org.condordesk.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.condordesk.model.Scenario;
import org.condordesk.store.json.RecoveryFile;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.work.DaemonThreads;

/**
 * Writes the open scenario to the recovery file a few seconds after the last edit (so a drag writes once),
 * and forgets it once the scenario is saved. Writes happen on their own thread, never on the FX thread.
 */
public final class Autosaver implements AutoCloseable {

    public static final long DEFAULT_DELAY_MILLIS = 3000;

    private final RecoveryFile recovery;
    private final long delayMillis;
    private final Consumer<String> problems;
    private final ScheduledExecutorService writer = DaemonThreads.scheduled("condordesk-autosave");
    private ScheduledFuture<?> pending;

    /** {@code problems} hears a one-line message when a write fails (called on the writer thread). */
    public Autosaver(RecoveryFile recovery, long delayMillis, Consumer<String> problems) {
        this.recovery = recovery;
        this.delayMillis = delayMillis;
        this.problems = problems;
    }

    /** Follows the view model: every dirty scenario is scheduled, a clean one discards the autosave. */
    public void attach(ScenarioViewModel viewModel) {
        viewModel.scenarioProperty().addListener((obs, old, scenario) -> changed(viewModel));
        viewModel.dirtyProperty().addListener((obs, old, dirty) -> changed(viewModel));
    }

    private void changed(ScenarioViewModel viewModel) {
        if (viewModel.isDirty()) {
            schedule(viewModel.scenario(), viewModel.file());
        } else {
            discard();
        }
    }

    /** Autosaves {@code scenario} after the delay unless another change comes first. */
    public synchronized void schedule(Scenario scenario, Path originalFile) {
        cancelPending();
        pending = writer.schedule(() -> write(scenario, originalFile), delayMillis, TimeUnit.MILLISECONDS);
    }

    public synchronized void discard() {
        cancelPending();
        writer.execute(() -> {
            try {
                recovery.discard();
            } catch (IOException e) {
                problems.accept("Could not remove the recovery file: " + e.getMessage());
            }
        });
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
    }

    private void write(Scenario scenario, Path originalFile) {
        try {
            recovery.autosave(scenario, originalFile);
        } catch (IOException | RuntimeException e) {
            problems.accept("Autosave failed: " + e.getMessage());
        }
    }

    /** Waits for queued writes; after a clean exit the session marker and autosave are removed. */
    public void close(boolean cleanExit) {
        synchronized (this) {
            cancelPending();
        }
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
            if (cleanExit) {
                recovery.endSession();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            problems.accept("Could not end the recovery session: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        close(true);
    }
}
