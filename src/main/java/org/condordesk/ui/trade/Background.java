package org.condordesk.ui.trade;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;

import org.condordesk.model.ValidationException;
import org.condordesk.ui.work.DaemonThreads;

/**
 * One daemon thread for the trade dialogs' work (a roll's before/after analyses, parsing a broker file): the FX
 * thread only applies results, and a result overtaken by a newer request is dropped.
 */
final class Background {

    private static final ExecutorService WORKER = DaemonThreads.single("condordesk-trade");

    private final AtomicLong latest = new AtomicLong();

    /** Runs {@code work} off the FX thread; {@code done} or {@code failed} (one line) runs on it if still the latest. */
    <T> void run(Supplier<T> work, Consumer<T> done, Consumer<String> failed) {
        long ticket = latest.incrementAndGet();
        WORKER.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (ValidationException e) {
                post(ticket, () -> failed.accept(e.getMessage()));
                return;
            } catch (RuntimeException e) {
                post(ticket, () -> failed.accept(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                return;
            }
            post(ticket, () -> done.accept(result));
        });
    }

    /** Drops whatever is running: its result will not be applied. */
    void cancel() {
        latest.incrementAndGet();
    }

    private void post(long ticket, Runnable apply) {
        Platform.runLater(() -> {
            if (ticket == latest.get()) {
                apply.run();
            }
        });
    }
}
