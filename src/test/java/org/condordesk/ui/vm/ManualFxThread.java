package org.condordesk.ui.vm;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for the FX thread in view-model tests: the analysis worker posts results here and the test
 * runs them on its own thread when it chooses, so the view model is only ever touched by one thread.
 */
public final class ManualFxThread implements Executor {

    private final BlockingQueue<Runnable> posted = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable task) {
        posted.add(task);
    }

    /** Runs posted tasks until {@code done} holds, waiting up to 5 s for each. */
    public void runUntil(java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!done.getAsBoolean()) {
            Runnable task = posted.poll(50, TimeUnit.MILLISECONDS);
            if (task != null) {
                task.run();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting on the analysis worker");
            }
        }
    }

    /** Runs the results until the analysis on screen belongs to the view model's current scenario. */
    public void settle(ScenarioViewModel vm) throws InterruptedException {
        runUntil(() -> vm.live().isFor(vm.scenario()));
    }
}
