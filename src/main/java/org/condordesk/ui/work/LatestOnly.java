package org.condordesk.ui.work;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

import org.condordesk.model.ValidationException;

/**
 * One background thread that runs the latest of a stream of jobs: a job replaced before the thread picks it
 * up is dropped, so a drag never builds a queue. The result (or the one-line reason it failed) is handed to
 * the sink through {@code deliver} (the FX thread in the application): the FX thread never computes.
 */
public final class LatestOnly<I, O> implements AutoCloseable {

    /** What a job produced: its input and output, or the reason it failed. */
    public record Outcome<I, O>(I input, O output, String error) {
        public boolean failed() {
            return error != null;
        }
    }

    private final Function<I, O> work;
    private final Executor deliver;
    private final Consumer<Outcome<I, O>> sink;
    private final AtomicReference<I> pending = new AtomicReference<>();
    private final ExecutorService worker;

    public LatestOnly(String threadName, Function<I, O> work, Executor deliver, Consumer<Outcome<I, O>> sink) {
        this.work = work;
        this.deliver = deliver;
        this.sink = sink;
        this.worker = DaemonThreads.single(threadName);
    }

    /** Queues {@code input}; a job still waiting is dropped in its favour. */
    public void submit(I input) {
        if (worker.isShutdown()) {
            return;
        }
        if (pending.getAndSet(input) == null) {
            worker.execute(this::drain);
        }
    }

    private void drain() {
        I input = pending.getAndSet(null);
        if (input == null) {
            return;
        }
        Outcome<I, O> outcome;
        try {
            outcome = new Outcome<>(input, work.apply(input), null);
        } catch (ValidationException e) {
            outcome = new Outcome<>(input, null, e.getMessage());
        } catch (RuntimeException e) {
            outcome = new Outcome<>(input, null, e.toString());
        }
        Outcome<I, O> delivered = outcome;
        deliver.execute(() -> sink.accept(delivered));
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
