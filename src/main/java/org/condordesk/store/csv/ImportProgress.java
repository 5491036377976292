package org.condordesk.store.csv;

import java.util.concurrent.CancellationException;

/** Where a long import reports how far it is, and how it learns that the user cancelled it. */
public interface ImportProgress {

    /** No progress shown, never cancelled. */
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void update(long bytesRead, long totalBytes) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Called every few thousand lines; {@code totalBytes} is -1 when the size is unknown. */
    void update(long bytesRead, long totalBytes);

    boolean isCancelled();

    /** Throws {@link CancellationException} once the user has cancelled (a thread interrupt counts too). */
    default void checkCancelled() {
        if (isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new CancellationException("import cancelled");
        }
    }
}
