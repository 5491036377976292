package org.condordesk.store.library;

import org.condordesk.store.AtomicFiles;
import org.condordesk.store.DataFolders;
import org.condordesk.store.Housekeeping;
import org.condordesk.store.json.JsonInput;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Opens a library database safely: header check, then a read-only probe (application id, schema version,
 * tables, {@code quick_check}), and only then a writable connection that creates or migrates the schema.
 * A damaged or foreign file is refused with one message and never written to.
 */
final class LibraryConnections {

    static final int BUSY_TIMEOUT_MS = 5_000;

    /** An open connection; {@code readOnlyReason} is present when writes must be refused. */
    record Opened(Connection connection, Optional<String> readOnlyReason) {
    }

    private LibraryConnections() {
    }

    /** How a connection opens the file. */
    enum Access {
        /** Reads and writes, WAL journal. */
        READ_WRITE,
        /** Reads only; SQLite may still create the -shm/-wal files of a WAL database beside it. */
        READ_ONLY,
        /**
         * Reads only, and SQLite assumes nobody changes the file: no locks, no side files. For a file not yet
         * recognised and for read-only storage, where no -wal holds commits the file lacks.
         */
        IMMUTABLE
    }

    /**
     * The library at {@code absolute} opened for writing (created or migrated), or a {@link LibraryException} with the
     * reason it can only be read (the connection closed): the market-history stores write or do nothing.
     */
    static Connection openForWriting(Path absolute) {
        Opened opened = open(absolute);
        opened.readOnlyReason().ifPresent(reason -> {
            closeQuietly(opened.connection());
            throw new LibraryException(reason);
        });
        return opened.connection();
    }

    /** Closes a connection we are done with (nothing to save when that fails). */
    static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (java.sql.SQLException e) {
            // closing a connection we are done with: nothing to save
        }
    }

    /**
     * Opens {@code file}. The checks read a file another CondorDesk may be writing at that moment (a save, a
     * checkpoint, the last connection folding its -wal back in): a refusal that such a moment can cause (damaged,
     * unreadable, busy) is retried after a short wait, and reported only when it persists (issue 26 §3: 12 of 400
     * concurrent CLI saves were told a sound library was damaged). A truly damaged file costs about 0.4 s more.
     */
    static Opened open(Path file) {
        Path path = file.toAbsolutePath();
        for (int attempt = 1; ; attempt++) {
            try {
                return openOnce(path);
            } catch (LibraryException e) {
                if (attempt >= OPEN_ATTEMPTS || !mayBeTransient(e)) {
                    throw e;
                }
                pause(RETRY_BASE_MS << (attempt - 1));
            }
        }
    }

    static final int OPEN_ATTEMPTS = 5;
    private static final long RETRY_BASE_MS = 25;

    /** A refusal that a concurrent writer can cause for a moment; foreign, newer or read-only files are not. */
    private static boolean mayBeTransient(LibraryException e) {
        String message = e.getMessage();
        return message.contains("is damaged") || message.contains("is not a readable CondorDesk library")
                || message.contains("is busy");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Opened openOnce(Path path) {
        LibraryFile header = LibraryFile.inspect(path);
        boolean walPending = Files.exists(Path.of(path + "-wal"));
        if (!header.exists() && !walPending) {
            createPrivateFile(path);
            return openWritable(path);
        }
        // Immutable (no locks, no side files) when no -wal is there: a damaged or foreign file gets no -wal/-shm
        // beside it. A writer may start in between and the immutable read then sees a half-written file as
        // "malformed": open() retries, and by then the writer's -wal is there and the probe reads with locks.
        int userVersion = probe(path, walPending ? Access.READ_ONLY : Access.IMMUTABLE);
        boolean folderWritable = Files.isWritable(path.getParent());
        Access reading = folderWritable || walPending ? Access.READ_ONLY : Access.IMMUTABLE;
        if (userVersion > LibrarySchema.CURRENT_VERSION) {
            return openReadOnly(path, reading, path + " was written by a newer CondorDesk (library schema " + userVersion
                    + ", this version knows " + LibrarySchema.CURRENT_VERSION + "): opened read-only, changes are refused");
        }
        if (!folderWritable || !Files.isWritable(path)) {
            if (userVersion < LibrarySchema.OLDEST_READABLE_VERSION) {
                throw new LibraryException(path + " is a library of an earlier CondorDesk on read-only storage: it must be"
                        + " upgraded before it can be read; copy it to a folder you can write to");
            }
            return openReadOnly(path, reading, path + " is read-only (" + (folderWritable ? "the file" : "its folder")
                    + " cannot be written): opened read-only, changes are refused");
        }
        return openWritable(path);
    }

    private static Opened openReadOnly(Path path, Access access, String reason) {
        try {
            return new Opened(connect(path, access), Optional.of(reason));
        } catch (SQLException e) {
            throw failure(path, "opening", e);
        }
    }

    private static Opened openWritable(Path path) {
        try {
            Connection connection = connect(path, Access.READ_WRITE);
            try {
                migrate(connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            return new Opened(connection, Optional.empty());
        } catch (SQLException e) {
            throw failure(path, "opening", e);
        }
    }

    /** Reads without writing; returns the schema version or refuses the file. */
    private static int probe(Path path, Access access) {
        try (Connection connection = connect(path, access); Statement statement = connection.createStatement()) {
            // One read transaction: every check below sees the same snapshot of the file.
            connection.setAutoCommit(false);
            int applicationId = intQuery(statement, "PRAGMA application_id");
            int userVersion = intQuery(statement, "PRAGMA user_version");
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            boolean empty = applicationId == 0 && userVersion == 0 && tables.isEmpty();
            if (applicationId != LibraryFile.APPLICATION_ID && !empty) {
                throw new LibraryException(path + " is an SQLite database of another program, not a CondorDesk library"
                        + " (the file was left unchanged)");
            }
            if (!empty) {
                LibrarySchema.missingTable(userVersion, tables).ifPresent(missing -> {
                    throw new LibraryException(path + " is damaged: the table '" + missing + "' of library schema "
                            + userVersion + " is missing; the file was left unchanged");
                });
            }
            try (ResultSet check = statement.executeQuery("PRAGMA quick_check(1)")) {
                String verdict = check.next() ? check.getString(1) : "no answer";
                if (!"ok".equals(verdict)) {
                    throw new LibraryException(path + " is damaged (" + JsonInput.shortMessage(verdict)
                            + "); the file was left unchanged");
                }
            }
            return userVersion;
        } catch (SQLException e) {
            throw new LibraryException(path + " is not a readable CondorDesk library (" + oneLine(e)
                    + "); the file was left unchanged", e);
        }
    }

    private static void migrate(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            // Read inside the (immediate) transaction: a second CondorDesk opening at once waits, then sees ours.
            int version = intQuery(statement, "PRAGMA user_version");
            if (version < LibrarySchema.CURRENT_VERSION) {
                LibrarySchema.migrate(connection, version);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackKeeping(connection, e);
            throw e;
        } finally {
            restoreAutoCommitKeeping(connection);
        }
    }

    /**
     * Rolls back after {@code failure}, which stays the error reported. On a full disk (or any I/O error) SQLite
     * has already rolled the transaction back itself, and a second rollback fails with "no transaction is active":
     * that message must not hide the first one ("the disk holding … is full").
     */
    static void rollbackKeeping(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Sets one row's parameters of a batched statement. */
    interface RowBinder {
        void bind(java.sql.PreparedStatement statement, int row) throws SQLException;
    }

    /**
     * Runs {@code sql} once for each of rows 0 … count − 1 in one transaction (all or nothing): the stores' upserts.
     * A failure rolls back keeping its own message ({@link #rollbackKeeping}) and is reported as {@link #failure}
     * of {@code action} on {@code file}; returns {@code count}.
     */
    static int batch(Connection connection, Path file, String action, String sql, int count, RowBinder binder) {
        try {
            connection.setAutoCommit(false);
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < count; i++) {
                    binder.bind(statement, i);
                    statement.addBatch();
                }
                statement.executeBatch();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackKeeping(connection, e);
                throw e;
            } finally {
                restoreAutoCommitKeeping(connection);
            }
        } catch (SQLException e) {
            throw failure(file, action, e);
        }
        return count;
    }

    /** Back to autocommit; failing that (the same cases as above) the connection is still usable for reads. */
    static void restoreAutoCommitKeeping(Connection connection) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException e) {
            // The transaction is already gone; nothing to undo, and the first error is the one to report.
        }
    }

    static Connection connect(Path path, Access access) throws SQLException {
        Housekeeping.configureSqliteNative(); // before the driver first extracts its native library
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        if (access == Access.READ_WRITE) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            // FULL: a save the user saw succeed survives a power cut, not only a crash.
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            return config.createConnection("jdbc:sqlite:" + path);
        }
        config.setReadOnly(true);
        // A URI filename (sqlite.org/uri.html): the path percent-encoded, then the immutable flag.
        return config.createConnection("jdbc:sqlite:" + path.toUri() + (access == Access.IMMUTABLE ? "?immutable=1" : ""));
    }

    private static int intQuery(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /**
     * A new library holds positions: its folder is created {@code rwx------} and the file {@code rw-------}
     * before SQLite opens it (SQLite gives the -wal and -shm files the database file's permissions).
     */
    private static void createPrivateFile(Path path) {
        try {
            DataFolders.createPrivate(path.getParent());
        } catch (IOException e) {
            throw new LibraryException("cannot create the folder of " + path + ": " + e.getMessage(), e);
        }
        if (Files.exists(path)) {
            return; // an empty file given by the user keeps its permissions
        }
        try {
            if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(AtomicFiles.PRIVATE_FILE));
                Files.setPosixFilePermissions(path, AtomicFiles.PRIVATE_FILE);
            } else {
                Files.createFile(path);
            }
        } catch (FileAlreadyExistsException e) {
            // Another CondorDesk created it at the same moment: SQLite serialises the two.
        } catch (IOException e) {
            throw LibraryConnections.cannotCreate(path, e);
        }
    }

    private static LibraryException cannotCreate(Path path, IOException e) {
        String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied" : JsonInput.shortMessage(e.getMessage());
        return new LibraryException("cannot create the library " + path + ": " + reason, e);
    }

    /** One line a user can act on, for a failed SQL operation on the library at {@code path}. */
    static LibraryException failure(Path path, String action, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException sqlite ? sqlite.getResultCode() : null;
        String base = code == null ? "" : code.name();
        if (base.startsWith("SQLITE_BUSY") || base.startsWith("SQLITE_LOCKED")) {
            return new LibraryException("the library " + path + " is busy (another CondorDesk is writing to it); try again", e);
        }
        if (base.startsWith("SQLITE_CORRUPT") || base.startsWith("SQLITE_NOTADB")) {
            return new LibraryException("the library " + path + " is damaged (" + oneLine(e) + ")", e);
        }
        if (base.startsWith("SQLITE_READONLY") || base.startsWith("SQLITE_CANTOPEN")) {
            return new LibraryException("cannot write the library " + path + " (" + oneLine(e) + "): check the file's permissions", e);
        }
        if (base.startsWith("SQLITE_FULL") || base.startsWith("SQLITE_IOERR") && diskFull(path)) {
            return new LibraryException("the disk holding " + path + " is full", e);
        }
        return new LibraryException(action + " the library " + path + " failed: " + oneLine(e), e);
    }

    /** An I/O error on a file system with no space left is a full disk, whatever SQLite called it. */
    private static boolean diskFull(Path path) {
        try {
            return Files.getFileStore(path.toAbsolutePath().getParent()).getUsableSpace() == 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static String oneLine(SQLException e) {
        return JsonInput.shortMessage(e.getMessage());
    }
}
