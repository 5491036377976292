package org.condordesk.ui.work;

import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

import org.condordesk.model.ValidationException;
import org.condordesk.store.library.LibraryException;

/**
 * The one way the UI runs work off the FX thread. One named daemon thread per worker (the name shows in a thread
 * dump; a daemon never keeps the JVM alive after the window closed) runs the <em>latest</em> job: a job replaced
 * before the thread picks it up is dropped, so a drag never builds a queue. Results, failures and progress reach
 * the FX thread through {@code deliver}; there, just before it is shown, each is checked against the job's cancel
 * flag, so a cancel that comes after the work finished but before its result was shown still drops it.
 *
 * <p>A job submitted while another runs leaves the running one to finish and show its result (a drag shows every
 * analysis it gets); {@link #replace} cancels the running one first (a new backtest, a dialog's newer preview).
 * A failure always reaches {@code onFailed} (the caller's status line) as one line and the log, with the stack
 * trace only for what is not a refusal of bad input or an I/O failure, i.e. a bug.
 */
public final class Worker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Worker.class.getName());

    /** A submitted job: the work asks {@link #isCancelled()} (or passes {@link #cancelled()} on) to stop early. */
    public static final class Job {
        private final long sequence;
        private final AtomicBoolean cancelled = new AtomicBoolean();

        private Job(long sequence) {
            this.sequence = sequence;
        }

        public boolean isCancelled() {
            return cancelled.get();
        }

        /** The cancel flag as the engine's loops take it. */
        public BooleanSupplier cancelled() {
            return cancelled::get;
        }

        /** Throws {@link CancellationException} once cancelled: a checkpoint for long work. */
        public void checkpoint() {
            if (cancelled.get()) {
                throw new CancellationException();
            }
        }
    }

    /** Why a job failed, in one line: bad input refused, a file that could not be read or written, or a bug. */
    public record Failure(String message, Kind kind) {
        /** What kind of failure: the caller words its status line by it ("refused" or "failed"). */
        public enum Kind { REFUSED, IO, BUG }
    }

    /** What to do with a job's outcome on the FX thread. */
    private record Handlers<T>(Consumer<? super T> onDone, Consumer<Failure> onFailed, Runnable onCancelled,
            boolean everyCancel) {
    }

    private record Task<T>(Job job, Function<Job, T> work, Handlers<T> handlers) {
    }

    private final String name;
    private final Executor deliver;
    private final ScheduledExecutorService thread;
    private ScheduledFuture<?> delayed;
    private final AtomicReference<Task<?>> pending = new AtomicReference<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong ran = new AtomicLong();
    private volatile Job latest;
    private volatile Job running;
    private final AtomicLong lastStarted = new AtomicLong();

    /** A worker on its own daemon thread called {@code threadName}, handing outcomes to {@code deliver}. */
    public Worker(String threadName, Executor deliver) {
        this.name = threadName;
        this.deliver = deliver;
        this.thread = DaemonThreads.scheduled(threadName);
    }

    /** Queues {@code work}; a job still waiting is dropped in its favour, a running one finishes and is shown. */
    public <T> Job submit(Function<Job, T> work, Consumer<? super T> onDone, Consumer<Failure> onFailed) {
        return enqueue(work, new Handlers<>(onDone, onFailed, () -> { }, false));
    }

    /** Like {@link #submit}, and {@code onCancelled} runs (FX thread) when this job, still the latest, is cancelled. */
    public <T> Job submit(Function<Job, T> work, Consumer<? super T> onDone, Consumer<Failure> onFailed,
            Runnable onCancelled) {
        return enqueue(work, new Handlers<>(onDone, onFailed, onCancelled, false));
    }

    /** Cancels the job running or waiting (its result is dropped), then queues {@code work}. */
    public <T> Job replace(Function<Job, T> work, Consumer<? super T> onDone, Consumer<Failure> onFailed) {
        cancel();
        return submit(work, onDone, onFailed);
    }

    /** Cancels the job running or waiting, then queues {@code work}; {@code onCancelled} as in {@link #submit}. */
    public <T> Job replace(Function<Job, T> work, Consumer<? super T> onDone, Consumer<Failure> onFailed,
            Runnable onCancelled) {
        cancel();
        return submit(work, onDone, onFailed, onCancelled);
    }

    /**
     * Cancels the job running and the one waiting: each stops at its next check, and a result already computed but
     * not yet shown is dropped.
     */
    public void cancel() {
        for (Job job : new Job[] {running, latest}) {
            if (job != null) {
                job.cancelled.set(true);
            }
        }
    }

    /**
     * Queues {@code work} behind every job already queued: none is dropped (library commands, imports, a store after
     * an import). {@code onCancelled} as in {@link #submit}.
     */
    public <T> Job queue(Function<Job, T> work, Consumer<? super T> onDone, Consumer<Failure> onFailed,
            Runnable onCancelled) {
        Job job = new Job(sequence.incrementAndGet());
        latest = job;
        Task<T> task = new Task<>(job, work, new Handlers<>(onDone, onFailed, onCancelled, true));
        try {
            thread.execute(() -> run(task));
        } catch (RejectedExecutionException e) {
            // The worker was closed: the job never runs, and its caller hears so through onCancelled.
            job.cancelled.set(true);
            show(job, task.handlers());
        }
        return job;
    }

    /**
     * Runs {@code work} {@code delayMillis} after the last call (a debounce: each call cancels the one still waiting and
     * starts the delay again), so a drag's edits are written once it ends. Outcomes as in {@link #queue}.
     */
    public synchronized <T> Job submitAfter(long delayMillis, Function<Job, T> work, Consumer<? super T> onDone,
            Consumer<Failure> onFailed) {
        cancelDelayed();
        Job job = new Job(sequence.incrementAndGet());
        latest = job;
        Task<T> task = new Task<>(job, work, new Handlers<>(onDone, onFailed, () -> { }, true));
        try {
            delayed = thread.schedule(() -> run(task), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Closed: the window is gone and nothing waits for this job.
            job.cancelled.set(true);
        }
        return job;
    }

    /** Drops the {@link #submitAfter} job still waiting for its delay, if any. */
    public synchronized void cancelDelayed() {
        if (delayed != null) {
            delayed.cancel(false);
            delayed = null;
        }
    }

    /** Whether the worker was closed: new jobs are not run. */
    public boolean isClosed() {
        return thread.isShutdown();
    }

    /** Runs {@code apply} on the FX thread (progress) unless {@code job} was cancelled or a newer job has started. */
    public void post(Job job, Runnable apply) {
        deliver.execute(() -> {
            if (!job.isCancelled() && job.sequence >= lastStarted.get()) {
                apply.run();
            }
        });
    }

    private <T> Job enqueue(Function<Job, T> work, Handlers<T> handlers) {
        Job job = new Job(sequence.incrementAndGet());
        latest = job;
        if (thread.isShutdown()) {
            // The window is closing: a last event has nothing to be computed for.
            return job;
        }
        Task<?> replaced = pending.getAndSet(new Task<>(job, work, handlers));
        if (replaced != null) {
            // Not started and never will be: the drain already scheduled takes the newer one.
            dropped.incrementAndGet();
        } else {
            try {
                thread.execute(this::drain);
            } catch (RejectedExecutionException e) {
                // Shut down between the check and here: the window closed, nothing is waiting for the result.
                pending.set(null);
            }
        }
        return job;
    }

    private void drain() {
        Task<?> task = pending.getAndSet(null);
        if (task != null) {
            run(task);
        }
    }

    private <T> void run(Task<T> task) {
        Job job = task.job();
        Handlers<T> handlers = task.handlers();
        if (job.isCancelled()) {
            show(job, handlers);
            return;
        }
        ran.incrementAndGet();
        running = job;
        lastStarted.set(job.sequence);
        try {
            T value = task.work().apply(job);
            show(job, () -> handlers.onDone().accept(value), handlers);
        } catch (CancellationException e) {
            show(job, handlers);
        } catch (ValidationException | LibraryException e) {
            fail(job, handlers, new Failure(e.getMessage(), Failure.Kind.REFUSED), null);
        } catch (UncheckedIOException e) {
            fail(job, handlers, new Failure(oneLine(e), Failure.Kind.IO), null);
        } catch (RuntimeException e) {
            // Anything else is a bug in the work: the trader sees one line, the log keeps the stack trace.
            fail(job, handlers, new Failure(bugLine(e), Failure.Kind.BUG), e);
        } finally {
            running = null;
        }
    }

    private void fail(Job job, Handlers<?> handlers, Failure failure, Throwable bug) {
        LOG.log(bug == null ? Level.INFO : Level.ERROR, name + ": " + failure.message(), bug);
        show(job, () -> handlers.onFailed().accept(failure), handlers);
    }

    /** Shows an outcome unless the job was cancelled by then (checked on the FX thread, at the moment of showing). */
    private void show(Job job, Runnable apply, Handlers<?> handlers) {
        deliver.execute(() -> {
            if (!job.isCancelled()) {
                apply.run();
            } else {
                cancelled(job, handlers);
            }
        });
    }

    private void show(Job job, Handlers<?> handlers) {
        deliver.execute(() -> cancelled(job, handlers));
    }

    /**
     * A queued job always hears it was cancelled (its caller waits for it); a latest-only job only while it is still
     * the latest (a replaced run must not say "cancelled" over the new one).
     */
    private void cancelled(Job job, Handlers<?> handlers) {
        if (handlers.everyCancel() || job == latest) {
            handlers.onCancelled().run();
        }
    }

    /** The message of {@code e} (or its cause) on one line, never a stack trace. */
    public static String oneLine(Throwable e) {
        Throwable shown = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
        String message = shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** "IllegalStateException: no curve": a bug's one line, with its kind since its message alone may be empty. */
    static String bugLine(RuntimeException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
    }

    /** Jobs the thread started. */
    public long ranCount() {
        return ran.get();
    }

    /** Jobs replaced before the thread started them. */
    public long droppedCount() {
        return dropped.get();
    }

    /**
     * Waits until every job queued so far has run and handed its outcome to {@code deliver}: tests use it instead of
     * sleeping. False on timeout.
     */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        CountDownLatch idle = new CountDownLatch(1);
        try {
            thread.execute(idle::countDown);
        } catch (RejectedExecutionException e) {
            return thread.awaitTermination(timeout, unit);
        }
        return idle.await(timeout, unit);
    }

    /** Stops taking jobs and interrupts the one running; its outcome is dropped with the window. */
    @Override
    public void close() {
        cancel();
        thread.shutdownNow();
    }

    /** Stops taking jobs once those queued have run: a one-off worker (a file read at start-up) ends its thread. */
    public void closeWhenDone() {
        thread.shutdown();
    }

    /** Stops taking jobs but lets those queued finish (a file being written), waiting up to {@code timeout}. */
    public boolean closeAfterQueued(long timeout, TimeUnit unit) throws InterruptedException {
        thread.shutdown();
        return thread.awaitTermination(timeout, unit);
    }
}
