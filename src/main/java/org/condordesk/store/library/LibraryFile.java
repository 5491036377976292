package org.condordesk.store.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What a file given as a library is, judged from its 100-byte SQLite header alone, before SQLite opens it:
 * so a JSON file, random bytes or another program's database is refused without being touched.
 */
record LibraryFile(Path path, boolean exists) {

    /** {@code PRAGMA application_id} of a CondorDesk library: "CDSK". */
    static final int APPLICATION_ID = 0x4344534B;
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER_BYTES = 100;

    static LibraryFile inspect(Path path) {
        if (Files.isDirectory(path)) {
            throw new LibraryException(path + " is a directory, not a library database file");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            // /dev/null reads as an empty file: it would be taken for a new library, with a journal beside it.
            throw new LibraryException(path + " is not a regular file (a device, FIFO or socket): a library is a regular file,"
                    + " or a name that does not exist yet");
        }
        try {
            if (!Files.exists(path) || Files.size(path) == 0) {
                return new LibraryFile(path, false);
            }
            return fromHeader(path, readHeader(path), Files.size(path));
        } catch (IOException e) {
            throw new LibraryException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readHeader(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return in.readNBytes(HEADER_BYTES);
        }
    }

    private static LibraryFile fromHeader(Path path, byte[] header, long fileBytes) {
        if (header.length < HEADER_BYTES || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new LibraryException(path + " is not a CondorDesk library: it is not an SQLite database"
                    + " (the file was left unchanged)");
        }
        ByteBuffer fields = ByteBuffer.wrap(header);
        int pageSize = fields.getShort(16) & 0xFFFF;
        long pageBytes = pageSize == 1 ? 65_536 : pageSize;
        long pageCount = fields.getInt(28) & 0xFFFFFFFFL;
        boolean sizeValid = pageCount > 0 && fields.getInt(24) == fields.getInt(92);
        // With a live -wal file the main file may lag its header mid-checkpoint; SQLite repairs that itself.
        boolean walPending = Files.exists(Path.of(path + "-wal"));
        if (sizeValid && !walPending && pageCount * pageBytes > fileBytes) {
            throw new LibraryException(path + " is damaged: the file is " + fileBytes + " bytes but its header describes "
                    + pageCount * pageBytes + " (truncated?); the file was left unchanged");
        }
        int userVersion = fields.getInt(60);
        int applicationId = fields.getInt(68);
        // A library sets its application id in its first transaction; with no -wal pending, a database with
        // tables (more than one page) and no id is someone else's. Refusing it here keeps SQLite from
        // creating -wal/-shm files beside it, which even a read-only open of a WAL database would do.
        boolean foreignWithTables = applicationId == 0 && !walPending && sizeValid && pageCount > 1;
        if (applicationId != APPLICATION_ID && (applicationId != 0 || userVersion != 0 || foreignWithTables)) {
            throw new LibraryException(path + " is an SQLite database of another program, not a CondorDesk library"
                    + " (the file was left unchanged)");
        }
        // The authoritative versions are read by SQLite in the probe: a WAL file may hold newer header values.
        return new LibraryFile(path, true);
    }
}
