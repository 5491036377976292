package org.condordesk.ui.work;

import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A {@link Worker} for a stream of inputs of one kind: each submitted input replaces the one still waiting, and the
 * sink hears every outcome (its input with the output, or the one-line reason it failed) on the FX thread.
 */
public final class LatestOnly<I, O> implements AutoCloseable {

    /** What a job produced: its input and output, or why it failed (its kind words the window's message). */
    public record Outcome<I, O>(I input, O output, Worker.Failure failure) {
        public boolean failed() {
            return failure != null;
        }

        /** The failure's one line as the worker gave it (paths and all: the log's and the tooltip's form). */
        public String error() {
            return failure == null ? null : failure.message();
        }
    }

    private final Function<I, O> work;
    private final Consumer<Outcome<I, O>> sink;
    private final Worker worker;

    public LatestOnly(String threadName, Function<I, O> work, Executor deliver, Consumer<Outcome<I, O>> sink) {
        this.work = work;
        this.sink = sink;
        this.worker = new Worker(threadName, deliver);
    }

    /** Queues {@code input}; a job still waiting is dropped in its favour. */
    public void submit(I input) {
        worker.submit(job -> work.apply(input), output -> sink.accept(new Outcome<>(input, output, null)),
                failure -> sink.accept(new Outcome<>(input, null, failure)));
    }

    /** Waits until every input submitted so far has run and its outcome was handed over (tests). */
    public boolean awaitIdle(long timeout, java.util.concurrent.TimeUnit unit) throws InterruptedException {
        return worker.awaitIdle(timeout, unit);
    }

    @Override
    public void close() {
        worker.close();
    }
}
