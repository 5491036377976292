package org.condordesk.store.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.condordesk.model.ValidationException;
import org.condordesk.store.AtomicFiles;
import org.condordesk.store.SharedFolders;

/**
 * The one guarded path every file a user names as an output goes through (docs/library.md §files): a save must
 * never destroy something that is not the kind of file it writes. Refused always: a folder, anything but a
 * regular file (a device, a FIFO: renaming over {@code /dev/full} would replace the device), an SQLite database
 * or its side files ({@code -wal}, {@code -shm}, {@code -journal}: a library), a file that is an input of the same
 * command, a link another user planted in a shared folder ({@link org.condordesk.store.SharedFolders}). Refused
 * unless forced: an existing file that is not of the kind written (not JSON for a scenario, not a text
 * {@code .csv} for a table, not a PNG for a picture). An empty file is replaced. The write itself is
 * {@link AtomicFiles#write}: temp file, fsync, rename, the old file's permissions and owner kept.
 */
public final class SaveTargets {

    /** What the caller appends to a "not JSON" refusal to say how to overwrite anyway (CLI: "--force"). */
    public static final String NOT_JSON = "exists and is not a JSON file: refusing to overwrite it";
    public static final String NOT_CSV = "exists and is not a CSV file (a text file named .csv): refusing to overwrite it";
    public static final String NOT_PNG = "exists and is not a PNG image: refusing to overwrite it";

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** The first 4 bytes of an SQLite WAL file, big-endian 0x377f0682 or 0x377f0683 (sqlite.org/fileformat2.html#walformat). */
    private static final byte[] WAL_MAGIC = {0x37, 0x7f, 0x06};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int HEAD_BYTES = 4096;

    /** The kind of file a writer produces: what an existing target must be to be replaced without force. */
    public enum Kind {
        JSON(NOT_JSON), CSV(NOT_CSV), PNG(NOT_PNG);

        private final String refusal;

        Kind(String refusal) {
            this.refusal = refusal;
        }

        public String refusal() {
            return refusal;
        }
    }

    private SaveTargets() {
    }

    /** True when {@code reason} is one of the refusals that {@code --force} overrides. */
    public static boolean forceable(String reason) {
        return Arrays.stream(Kind.values()).anyMatch(kind -> kind.refusal.equals(reason));
    }

    /**
     * Throws a {@link ValidationException} naming {@code file} when a scenario must not be written there;
     * with {@code force} a non-JSON regular file may be replaced (never a database, device or folder).
     */
    public static void check(Path file, boolean force) {
        check(file, Kind.JSON, force, List.of());
    }

    /**
     * Throws a {@link ValidationException} naming {@code file} when a file of {@code kind} must not be written there:
     * the rules above; {@code inputs} are the files the same command reads (never overwritten, forced or not).
     */
    public static void check(Path file, Kind kind, boolean force, Collection<Path> inputs) {
        Path real = real(file);
        refuseInputs(file, real, inputs);
        String name = real.getFileName() == null ? "" : real.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            refuseSideFileName(file, name);
            return;
        }
        if (Files.isDirectory(real)) {
            throw new ValidationException(file.toString(), "is a folder, not a file");
        }
        try {
            SharedFolders.refuseForeignFile(file, real);
        } catch (java.nio.file.FileSystemException e) {
            throw new ValidationException(file.toString(), e.getReason());
        } catch (IOException e) {
            throw new ValidationException(file.toString(), JsonInput.shortMessage(e.getMessage()));
        }
        if (!Files.isRegularFile(real)) {
            throw new ValidationException(file.toString(), "is not a regular file (a device, FIFO or socket): refusing to replace it");
        }
        byte[] head = head(file, real);
        if (startsWith(head, SQLITE_MAGIC) || (startsWith(head, WAL_MAGIC) && head.length >= 4 && (head[3] & 0xFE) == 0x82)) {
            throw new ValidationException(file.toString(), "is an SQLite database (a scenario library?): refusing to overwrite it");
        }
        refuseSideFileName(file, name);
        if (!force && head.length > 0 && !isKind(kind, name, head, real)) {
            throw new ValidationException(file.toString(), kind.refusal);
        }
    }

    /** A library's -wal, -shm or -journal (even empty or not yet there: SQLite would take it as its own). */
    private static void refuseSideFileName(Path file, String name) {
        if (name.endsWith("-wal") || name.endsWith("-shm") || name.endsWith("-journal")) {
            throw new ValidationException(file.toString(), "is named as an SQLite side file (a library's -wal, -shm or"
                    + " -journal): refusing to write it");
        }
    }

    /** Checks, then writes {@code content} atomically: the guarded path every output file takes. */
    public static void write(Path file, byte[] content, Kind kind, boolean force, Collection<Path> inputs) throws IOException {
        check(file, kind, force, inputs);
        AtomicFiles.write(file, content);
    }

    /**
     * Refuses two outputs of one command that name the same file (the second would silently replace the first):
     * {@code outputs} maps each flag to its file, absent flags left out.
     */
    public static void distinct(Map<String, Path> outputs) {
        List<Map.Entry<String, Path>> entries = List.copyOf(outputs.entrySet());
        for (int i = 0; i < entries.size(); i++) {
            for (int j = i + 1; j < entries.size(); j++) {
                if (sameFile(real(entries.get(i).getValue()), real(entries.get(j).getValue()))) {
                    throw new ValidationException(entries.get(j).getKey(), entries.get(j).getValue() + " is the same file as "
                            + entries.get(i).getKey() + ": each output needs its own file");
                }
            }
        }
    }

    private static void refuseInputs(Path file, Path real, Collection<Path> inputs) {
        for (Path input : inputs) {
            if (input != null && sameFile(real, real(input))) {
                throw new ValidationException(file.toString(), "is an input of this command (" + input
                        + "): refusing to overwrite it");
            }
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return a.equals(b) || Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    private static Path real(Path file) {
        try {
            return AtomicFiles.resolveLinks(file);
        } catch (java.nio.file.FileSystemException e) {
            throw new ValidationException(file.toString(), e.getReason() == null ? JsonInput.shortMessage(e.getMessage()) : e.getReason());
        } catch (IOException e) {
            throw new ValidationException(file.toString(), JsonInput.shortMessage(e.getMessage()));
        }
    }

    private static boolean isKind(Kind kind, String name, byte[] head, Path real) {
        return switch (kind) {
            case JSON -> isJson(real);
            // A CSV the app may replace: named .csv and text (no NUL byte in its first 4 KB).
            case CSV -> name.endsWith(".csv") && !contains(head, (byte) 0);
            case PNG -> startsWith(head, PNG_MAGIC);
        };
    }

    private static byte[] head(Path file, Path real) {
        try (InputStream in = Files.newInputStream(real)) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new ValidationException(file.toString(), "cannot read the file to be replaced: " + JsonInput.shortMessage(e.getMessage()));
        }
    }

    private static boolean isJson(Path real) {
        try {
            JsonInput.parse(ScenarioJson.readBytes(real));
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    private static boolean contains(byte[] bytes, byte value) {
        for (byte b : bytes) {
            if (b == value) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
