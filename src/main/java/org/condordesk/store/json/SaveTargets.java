package org.condordesk.store.json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;

import org.condordesk.model.ValidationException;
import org.condordesk.store.AtomicFiles;

/**
 * Decides whether a scenario may be written over an existing file: a save must never destroy something that
 * is not a scenario file. Refused always: a folder, anything but a regular file (a device, a FIFO: renaming
 * over {@code /dev/full} would replace the device), an SQLite database or its write-ahead log (a library).
 * Refused unless forced: a file that is not JSON. An empty file or a JSON file is replaced.
 */
public final class SaveTargets {

    /** What the caller appends to a "not JSON" refusal to say how to overwrite anyway (CLI: "--force"). */
    public static final String NOT_JSON = "exists and is not a JSON file: refusing to overwrite it";

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** The first 4 bytes of an SQLite WAL file, big-endian 0x377f0682 or 0x377f0683 (sqlite.org/fileformat2.html#walformat). */
    private static final byte[] WAL_MAGIC = {0x37, 0x7f, 0x06};

    private SaveTargets() {
    }

    /**
     * Throws a {@link ValidationException} naming {@code file} when a scenario must not be written there;
     * with {@code force} a non-JSON regular file may be replaced (never a database, device or folder).
     */
    public static void check(Path file, boolean force) {
        Path real;
        try {
            real = AtomicFiles.resolveLinks(file);
        } catch (IOException e) {
            throw new ValidationException(file.toString(), JsonInput.shortMessage(e.getMessage()));
        }
        if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(real)) {
            throw new ValidationException(file.toString(), "is a folder, not a scenario file");
        }
        if (!Files.isRegularFile(real)) {
            throw new ValidationException(file.toString(), "is not a regular file (a device, FIFO or socket): refusing to replace it");
        }
        byte[] head = head(file, real);
        if (startsWith(head, SQLITE_MAGIC) || (startsWith(head, WAL_MAGIC) && head.length >= 4 && (head[3] & 0xFE) == 0x82)) {
            throw new ValidationException(file.toString(), "is an SQLite database (a scenario library?): refusing to overwrite it");
        }
        if (!force && head.length > 0 && !isJson(real)) {
            throw new ValidationException(file.toString(), NOT_JSON);
        }
    }

    private static byte[] head(Path file, Path real) {
        try (InputStream in = Files.newInputStream(real)) {
            return in.readNBytes(SQLITE_MAGIC.length);
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

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
