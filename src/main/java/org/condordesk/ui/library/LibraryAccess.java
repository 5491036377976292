package org.condordesk.ui.library;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.condordesk.model.ValidationException;
import org.condordesk.store.library.LibraryException;
import org.condordesk.store.library.ScenarioLibrary;
import org.condordesk.ui.work.Worker;

/**
 * The window's scenario library: which database file, whether it opened (read-only, or why not), and the one
 * background thread every SQLite call runs on. The file is opened on first use, not at start-up. Work is
 * handed in as {@link Work} and its result (or a one-line reason) is delivered through {@code deliver} (the FX
 * thread in the application); the {@link #stateProperty() state} is only changed there.
 */
public final class LibraryAccess implements AutoCloseable {

    /** The database file in use and what is known about it: not yet opened, open (maybe read-only), or refused. */
    public record State(Path file, boolean opened, Optional<String> readOnlyReason, Optional<String> error) {

        static State unopened(Path file) {
            return new State(file, false, Optional.empty(), Optional.empty());
        }

        /** Changes are refused: the file could not be opened, or was written by a newer CondorDesk. */
        public boolean refusesChanges() {
            return error.isPresent() || readOnlyReason.isPresent();
        }
    }

    /** Library work run on the background thread; it may throw {@link LibraryException}, {@link ValidationException}, {@link IOException}. */
    @FunctionalInterface
    public interface Work<T> {
        T run(ScenarioLibrary library) throws IOException;
    }

    private static final System.Logger LOG = System.getLogger(LibraryAccess.class.getName());

    private final Worker io;
    private final ReadOnlyObjectWrapper<State> state;
    /** The file the next task uses; written on the caller's thread, read on the library thread. */
    private volatile Path wanted;
    /** Library thread only. */
    private ScenarioLibrary library;
    private State opened;

    public LibraryAccess(Path file, Executor deliver) {
        this.io = new Worker("condordesk-library", deliver);
        Path absolute = file.toAbsolutePath();
        this.wanted = absolute;
        this.state = new ReadOnlyObjectWrapper<>(this, "state", State.unopened(absolute));
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** The database file in use. */
    public Path file() {
        return state.get().file();
    }

    /**
     * Uses {@code file} from now on (a missing one becomes a new library on first use) and opens it at once,
     * so a damaged or newer file is reported right away; the previous file is closed.
     */
    public CompletableFuture<Void> use(Path file) {
        Path absolute = file.toAbsolutePath();
        wanted = absolute;
        state.set(State.unopened(absolute));
        return submit(library -> null, ignored -> { }, ignored -> { });
    }

    /**
     * Runs {@code work} on the library thread, then {@code onResult} with its result or {@code onError} with a
     * one-line reason on the delivery thread. The future completes (on the delivery thread) after either ran.
     */
    public <T> CompletableFuture<Void> submit(Work<T> work, Consumer<T> onResult, Consumer<String> onError) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        // The state after the work, read on the library thread (the only one that writes it) before the hand-off.
        State[] after = new State[1];
        io.queue(job -> {
            try {
                return work.run(openWanted());
            } catch (IOException e) {
                throw new UncheckedIOException(describe(e), e);
            } finally {
                after[0] = opened;
            }
        }, result -> completing(done, after[0], () -> onResult.accept(result)),
                failure -> completing(done, after[0], () -> onError.accept(failure.message())),
                () -> completing(done, null, () -> onError.accept("the library is closed")));
        return done;
    }

    /** On the FX thread: shows the state the work left, runs {@code apply}, then completes {@code done}. */
    private void completing(CompletableFuture<Void> done, State now, Runnable apply) {
        try {
            if (now != null && now.file().equals(state.get().file()) && !now.equals(state.get())) {
                state.set(now);
            }
            apply.run();
        } finally {
            done.complete(null);
        }
    }

    /** The open library for {@link #wanted}, opening it (and closing the previous one) if needed. */
    private ScenarioLibrary openWanted() {
        Path file = wanted;
        if (opened != null && opened.file().equals(file)) {
            if (library == null) {
                // Refused before: try again, the trader may have replaced the file meanwhile.
                return openNow(file);
            }
            return library;
        }
        closeQuietly();
        return openNow(file);
    }

    private ScenarioLibrary openNow(Path file) {
        try {
            library = ScenarioLibrary.open(file);
            opened = new State(file, true, library.readOnlyReason(), Optional.empty());
            return library;
        } catch (LibraryException | ValidationException e) {
            library = null;
            opened = new State(file, true, Optional.empty(), Optional.of(e.getMessage()));
            throw e;
        }
    }

    private void closeQuietly() {
        if (library != null) {
            try {
                library.close();
            } catch (LibraryException e) {
                // Closing a connection we are done with: nothing the trader can act on, so only the log hears of it.
                LOG.log(System.Logger.Level.WARNING, "closing the library failed: " + e.getMessage());
            }
            library = null;
        }
    }

    static String describe(IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied: " + reason;
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder: " + reason;
        }
        return reason;
    }

    /**
     * Closes the database on the library thread after the work already queued, and stops the thread; waits up to
     * two seconds so that the application does not exit with the database still open.
     */
    @Override
    public void close() {
        if (io.isClosed()) {
            return;
        }
        io.queue(job -> {
            closeQuietly();
            return null;
        }, ignored -> { }, failure -> { }, () -> { });
        try {
            io.closeAfterQueued(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
