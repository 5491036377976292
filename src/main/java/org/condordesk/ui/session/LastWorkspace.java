package org.condordesk.ui.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

import org.condordesk.store.AtomicFiles;
import org.condordesk.store.DataFolders;

/**
 * The scenario file that was open when the window last closed, so a bare start reopens it instead of the
 * bundled sample. One line in {@code last-workspace.txt} in the data folder (so {@code CONDORDESK_DATA}
 * redirects it like everything else); a scenario that was never saved to a file is not recorded (crash recovery
 * keeps unsaved work).
 */
public final class LastWorkspace {

    static final String FILE_NAME = "last-workspace.txt";

    private final Path record;

    public LastWorkspace(Path record) {
        this.record = record;
    }

    public static LastWorkspace inDataFolder() {
        return new LastWorkspace(DataFolders.dataFolder().resolve(FILE_NAME));
    }

    /** The file to reopen: recorded, and still a regular file; empty otherwise (or when the record is unreadable). */
    public Optional<Path> file() {
        try {
            if (!Files.isRegularFile(record)) {
                return Optional.empty();
            }
            String line = Files.readString(record, StandardCharsets.UTF_8).strip();
            if (line.isEmpty()) {
                return Optional.empty();
            }
            Path file = Path.of(line);
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        } catch (IOException | InvalidPathException e) {
            // An unreadable record, or a line that is no path on this system: start with the sample, as on a first run.
            return Optional.empty();
        }
    }

    /** Records {@code file} (absolute) as the one to reopen; null forgets it. */
    public void remember(Path file) throws IOException {
        DataFolders.createPrivate(record.getParent());
        String line = file == null ? "" : file.toAbsolutePath().normalize().toString();
        // Private like every data-folder file: it names the user's position file (issue 26 §7: it was 0644).
        AtomicFiles.writePrivate(record, (line + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
