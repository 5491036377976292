package org.condordesk.ui.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.condordesk.model.ValidationException;
import org.condordesk.store.library.LibraryException;
import org.condordesk.ui.vm.ManualFxThread;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The one background mechanism: latest-only, cancellable up to the moment a result is shown, named daemon threads,
 * and every failure handed to the caller in one line of its kind. The test's thread stands in for the FX thread
 * ({@link ManualFxThread}), so "shown" is a moment the test chooses; latches replace every sleep.
 */
class WorkerTest {

    private final ManualFxThread fx = new ManualFxThread();
    private final Worker worker = new Worker("condordesk-test-worker", fx);
    private final List<String> shown = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        worker.close();
    }

    /** A job that waits at {@code gate} (so the test knows it is running) and then returns {@code value}. */
    private static java.util.function.Function<Worker.Job, String> held(CountDownLatch started, CountDownLatch gate,
            String value) {
        return job -> {
            started.countDown();
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return value;
        };
    }

    @Test
    void jobsSubmittedWhileOneRunsCollapseToTheLatestAndTheRunningOneIsStillShown() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        worker.submit(held(started, gate, "first"), shown::add, f -> shown.add("failed " + f.message()));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 2; i <= 5; i++) {
            String value = "job " + i;
            worker.submit(job -> value, shown::add, f -> shown.add("failed " + f.message()));
        }
        gate.countDown();
        assertThat(worker.awaitIdle(10, TimeUnit.SECONDS)).isTrue();
        fx.runUntil(() -> shown.size() == 2);
        // Jobs 2-4 were replaced while waiting: counted as dropped, never run (5 submitted = 2 ran + 3 dropped).
        assertThat(shown).containsExactly("first", "job 5");
        assertThat(worker.ranCount()).isEqualTo(2);
        assertThat(worker.droppedCount()).isEqualTo(3);
    }

    @Test
    void aCancelAfterTheWorkFinishedButBeforeItWasShownDropsTheResult() throws Exception {
        List<String> cancelled = new CopyOnWriteArrayList<>();
        worker.submit(job -> "computed", shown::add, f -> shown.add("failed"), () -> cancelled.add("cancelled"));
        // The work has finished and its result waits for the FX thread, which the test holds.
        assertThat(worker.awaitIdle(10, TimeUnit.SECONDS)).isTrue();
        worker.cancel();
        fx.runUntil(() -> !cancelled.isEmpty());
        assertThat(shown).isEmpty();
        assertThat(cancelled).containsExactly("cancelled");
    }

    @Test
    void replaceCancelsTheRunningJobSoOnlyTheNewOneIsShown() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        AtomicReference<Worker.Job> first = new AtomicReference<>();
        first.set(worker.replace(held(started, gate, "old"), shown::add, f -> shown.add("failed")));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        worker.replace(job -> "new", shown::add, f -> shown.add("failed"));
        assertThat(first.get().isCancelled()).isTrue();
        gate.countDown();
        assertThat(worker.awaitIdle(10, TimeUnit.SECONDS)).isTrue();
        fx.runUntil(() -> !shown.isEmpty());
        assertThat(shown).containsExactly("new");
    }

    @Test
    void everyFailureReachesTheCallerInOneLineOfItsKind() throws Exception {
        List<Worker.Failure> failures = new CopyOnWriteArrayList<>();
        worker.queue(job -> {
            throw new ValidationException("legs[0].strike", "must be > 0");
        }, v -> { }, failures::add, () -> { });
        worker.queue(job -> {
            throw new LibraryException("the library file is damaged");
        }, v -> { }, failures::add, () -> { });
        worker.queue(job -> {
            throw new UncheckedIOException("book.csv: permission denied", new IOException("denied"));
        }, v -> { }, failures::add, () -> { });
        worker.queue(job -> {
            throw new IllegalStateException("no curve\nat line 2");
        }, v -> { }, failures::add, () -> { });
        fx.runUntil(() -> failures.size() == 4);
        // The messages are the exceptions' own (ValidationException prefixes its path); a bug keeps its kind.
        assertThat(failures).containsExactly(
                new Worker.Failure("legs[0].strike: must be > 0", Worker.Failure.Kind.REFUSED),
                new Worker.Failure("the library file is damaged", Worker.Failure.Kind.REFUSED),
                new Worker.Failure("book.csv: permission denied", Worker.Failure.Kind.IO),
                new Worker.Failure("IllegalStateException: no curve", Worker.Failure.Kind.BUG));
    }

    @Test
    void queuedJobsAllRunInOrder() throws Exception {
        for (int i = 1; i <= 4; i++) {
            String value = "job " + i;
            worker.queue(job -> value, shown::add, f -> shown.add("failed"), () -> { });
        }
        fx.runUntil(() -> shown.size() == 4);
        assertThat(shown).containsExactly("job 1", "job 2", "job 3", "job 4");
        assertThat(worker.droppedCount()).isZero();
    }

    @Test
    void theWorkRunsOnANamedDaemonThread() throws Exception {
        AtomicReference<Thread> ran = new AtomicReference<>();
        worker.submit(job -> {
            ran.set(Thread.currentThread());
            return "";
        }, shown::add, f -> { });
        fx.runUntil(() -> !shown.isEmpty());
        assertThat(ran.get().getName()).isEqualTo("condordesk-test-worker");
        assertThat(ran.get().isDaemon()).isTrue();
        assertThat(ran.get()).isNotSameAs(Thread.currentThread());
    }

    @Test
    void aCancelledJobStopsAtItsCheckpointAndItsProgressIsNoLongerShown() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelledSeen = new CountDownLatch(1);
        List<String> cancelled = new CopyOnWriteArrayList<>();
        worker.submit(job -> {
            started.countDown();
            while (!job.isCancelled()) {
                Thread.onSpinWait();
            }
            worker.post(job, () -> shown.add("progress after cancel"));
            cancelledSeen.countDown();
            job.checkpoint();
            return "finished";
        }, shown::add, f -> shown.add("failed"), () -> cancelled.add("cancelled"));
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        worker.cancel();
        assertThat(cancelledSeen.await(10, TimeUnit.SECONDS)).isTrue();
        fx.runUntil(() -> !cancelled.isEmpty());
        assertThat(worker.awaitIdle(10, TimeUnit.SECONDS)).isTrue();
        assertThat(shown).isEmpty();
        assertThat(cancelled).containsExactly("cancelled");
    }

    @Test
    void aClosedWorkerRunsNothingAndAQueuedJobHearsItWasCancelled() throws Exception {
        worker.close();
        List<String> cancelled = new CopyOnWriteArrayList<>();
        worker.submit(job -> "late", shown::add, f -> shown.add("failed"));
        worker.queue(job -> "late", shown::add, f -> shown.add("failed"), () -> cancelled.add("closed"));
        fx.runUntil(() -> !cancelled.isEmpty());
        assertThat(shown).isEmpty();
        assertThat(worker.isClosed()).isTrue();
    }

    @Test
    void submitAfterRunsOnlyTheLastOfABurstOnceItsDelayHasPassed() throws Exception {
        // A burst of edits (a drag) within the delay: each call cancels the waiting one, so one write happens.
        for (String value : List.of("first", "second", "third")) {
            worker.submitAfter(200, job -> value, shown::add, f -> shown.add("failed"));
        }
        fx.runUntil(() -> !shown.isEmpty());
        assertThat(shown).containsExactly("third");
        assertThat(worker.ranCount()).isEqualTo(1);
    }
}
