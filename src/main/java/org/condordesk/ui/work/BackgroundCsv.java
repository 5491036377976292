package org.condordesk.ui.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.condordesk.store.json.SaveTargets;

/**
 * Writes a table's CSV to a file in the background, atomically; the status line says where it went or why it did not.
 * The text is made on the writer's thread too.
 */
public final class BackgroundCsv implements AutoCloseable {

    private record Job(Path file, Supplier<String> text) {
    }

    private final LatestOnly<Job, Path> writer;

    /** {@code what} names the table in the status line ("the P&L table"). */
    public BackgroundCsv(StatusLine status, Executor fxThread, String threadName, String what) {
        this.writer = new LatestOnly<>(threadName, BackgroundCsv::write, fxThread, outcome -> {
            if (outcome.failed()) {
                status.fail("Cannot export " + what + ": " + outcome.error());
            } else {
                status.inform(capitalised(what) + " written to " + outcome.output());
            }
        });
    }

    public void write(Path file, Supplier<String> text) {
        writer.submit(new Job(file, text));
    }

    private static Path write(Job job) {
        try {
            // The user confirmed the file in a dialog: forced, yet never over a library, a folder or a device.
            SaveTargets.write(job.file(), job.text().get().getBytes(StandardCharsets.UTF_8), SaveTargets.Kind.CSV, true,
                    java.util.List.of());
            return job.file();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** "the P&L table" → "P&L table": how the status line starts. */
    private static String capitalised(String what) {
        String bare = what.startsWith("the ") ? what.substring(4) : what;
        return bare.substring(0, 1).toUpperCase(Locale.ROOT) + bare.substring(1);
    }

    @Override
    public void close() {
        writer.close();
    }
}
