package org.condordesk.ui.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.condordesk.model.Scenario;
import org.condordesk.store.json.RecoveryFile;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.work.Worker;

/**
 * Writes the open scenario to the recovery file a few seconds after the last edit (so a drag writes once),
 * and forgets it once the scenario is saved. Writes happen on their own thread, never on the FX thread.
 */
public final class Autosaver implements AutoCloseable {

    public static final long DEFAULT_DELAY_MILLIS = 3000;

    private final RecoveryFile recovery;
    private final long delayMillis;
    private final Consumer<String> problems;
    /** Outcomes are handed over on the writer's own thread: {@code problems} does its own hand-off. */
    private final Worker writer = new Worker("condordesk-autosave", Runnable::run);

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
    public void schedule(Scenario scenario, Path originalFile) {
        writer.submitAfter(delayMillis, job -> {
            write(scenario, originalFile);
            return scenario;
        }, done -> { }, failure -> problems.accept("Autosave failed: " + failure.message()));
    }

    public void discard() {
        writer.cancelDelayed();
        writer.queue(job -> {
            discardNow();
            return Boolean.TRUE;
        }, done -> { }, failure -> problems.accept("Could not remove the recovery file: " + failure.message()), () -> { });
    }

    private void discardNow() {
        try {
            recovery.discard();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** Writes the autosave; a full disk or a data folder that is not ours (refused) goes to {@code problems}. */
    private void write(Scenario scenario, Path originalFile) {
        try {
            recovery.autosave(scenario, originalFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** Waits for queued writes; after a clean exit the session marker and autosave are removed. */
    public void close(boolean cleanExit) {
        writer.cancelDelayed();
        try {
            writer.closeAfterQueued(5, TimeUnit.SECONDS);
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
