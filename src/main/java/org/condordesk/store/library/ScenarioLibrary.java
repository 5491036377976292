package org.condordesk.store.library;

import org.condordesk.store.AtomicFiles;
import org.condordesk.store.DataFolders;
import org.condordesk.store.json.SaveTargets;
import org.condordesk.store.json.ScenarioJson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.condordesk.model.Check;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.store.json.JsonInput;

/**
 * The versioned scenario library: one SQLite file (docs/library.md) where every save appends a version.
 * Thread-safe; one instance per open database. Failures are one-line {@link LibraryException}s, bad
 * arguments {@link ValidationException}s.
 */
public final class ScenarioLibrary implements AutoCloseable {

    public static final int MAX_NOTE_CHARS = 2_000;
    /** Longer than any name (200) or tag: a longer pattern only makes SQLite's LIKE give up ("pattern too complex"). */
    public static final int MAX_SEARCH_CHARS = 200;

    private final Path file;
    private final Connection connection;
    private final Optional<String> readOnlyReason;
    private final Clock clock;
    private final LibraryVersions versions;

    private ScenarioLibrary(Path file, LibraryConnections.Opened opened, Clock clock) {
        this.file = file;
        this.connection = opened.connection();
        this.readOnlyReason = opened.readOnlyReason();
        this.clock = clock;
        this.versions = new LibraryVersions(file, connection);
    }

    /** Opens (creating or migrating if needed) the library at {@code file}. */
    public static ScenarioLibrary open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps saves and deletions. */
    public static ScenarioLibrary open(Path file, Clock clock) {
        Path absolute = file.toAbsolutePath();
        return new ScenarioLibrary(absolute, LibraryConnections.open(absolute), clock);
    }

    /** The library in the user's data folder ({@link DataFolders#libraryFile()}). */
    public static ScenarioLibrary openDefault() {
        return open(DataFolders.libraryFile());
    }

    public Path file() {
        return file;
    }

    /** Present when the library was written by a newer CondorDesk: it can be read, every change is refused. */
    public Optional<String> readOnlyReason() {
        return readOnlyReason;
    }

    public boolean isReadOnly() {
        return readOnlyReason.isPresent();
    }

    /** Appends a version of {@code scenario} under its name (a new entry if the name is new); summary may be null. */
    public synchronized VersionInfo save(Scenario scenario, String note, ScenarioSummary summary) {
        checkWritable();
        String checkedNote = Check.multilineText("note", note == null ? "" : note, MAX_NOTE_CHARS);
        return inTransaction("saving to", () -> versions.append(scenario, checkedNote, summary, clock.millis()));
    }

    /**
     * Live scenarios, latest version each, by name (case-insensitive); never reads a scenario's JSON. A row that
     * cannot be read is left out and named in {@link Listing#skipped()}.
     */
    public synchronized Listing<LibraryEntry> list() {
        return entries("deleted_at IS NULL", List.of());
    }

    /** Deleted scenarios that can still be restored. */
    public synchronized Listing<LibraryEntry> listDeleted() {
        return entries("deleted_at IS NOT NULL", List.of());
    }

    /** Live scenarios whose name or one of whose tags contains {@code text} (case-insensitive for ASCII). */
    public synchronized Listing<LibraryEntry> search(String text) {
        Check.text("search text", text, MAX_SEARCH_CHARS);
        String pattern = LibraryRows.containsPattern(text);
        return entries("deleted_at IS NULL AND (name LIKE ? ESCAPE '\\' OR EXISTS "
                + "(SELECT 1 FROM json_each(tags_json) WHERE value LIKE ? ESCAPE '\\'))", List.of(pattern, pattern));
    }

    /** Every version of the live scenario {@code name}, oldest first; an unreadable version row is named, not listed. */
    public synchronized Listing<VersionInfo> versions(String name) {
        return query("listing versions of", () -> versions.all(name));
    }

    /** The latest version of {@code name}, validated by the scenario reader. */
    public synchronized Scenario load(String name) {
        return query("reading", () -> versions.load(name, 0));
    }

    /** Version {@code version} (1-based) of {@code name}. */
    public synchronized Scenario load(String name, int version) {
        if (version < 1) {
            throw new ValidationException("version", "must be 1 or more, got " + version);
        }
        return query("reading", () -> versions.load(name, version));
    }

    public synchronized void rename(String oldName, String newName) {
        checkWritable();
        Check.name("name", newName, Scenario.MAX_NAME_CHARS);
        inTransaction("renaming in", () -> {
            long id = versions.liveId(oldName);
            if (!oldName.equals(newName) && versions.findLiveId(newName).isPresent()) {
                throw new LibraryException("a scenario named \"" + newName + "\" already exists");
            }
            return update("UPDATE scenario SET name = ? WHERE id = ?", newName, id);
        });
    }

    /** Soft delete: hidden from {@link #list()}, restorable with {@link #restore(String)}. */
    public synchronized void delete(String name) {
        checkWritable();
        inTransaction("deleting from", () -> update("UPDATE scenario SET deleted_at = ? WHERE id = ?",
                clock.millis(), versions.liveId(name)));
    }

    /** Brings back the most recently deleted scenario called {@code name}. */
    public synchronized void restore(String name) {
        checkWritable();
        inTransaction("restoring in", () -> {
            if (versions.findLiveId(name).isPresent()) {
                throw new LibraryException("a scenario named \"" + name + "\" already exists: rename it before restoring");
            }
            int restored = update("UPDATE scenario SET deleted_at = NULL WHERE id = (SELECT id FROM scenario "
                    + "WHERE name = ? AND deleted_at IS NOT NULL ORDER BY deleted_at DESC, id DESC LIMIT 1)", name);
            if (restored == 0) {
                throw new LibraryException("no deleted scenario named \"" + name + "\" to restore");
            }
            return restored;
        });
    }

    /** Removes deleted scenarios called {@code name} and all their versions for good; returns how many. */
    public synchronized int purge(String name) {
        checkWritable();
        return inTransaction("purging", () -> update("DELETE FROM scenario WHERE name = ? AND deleted_at IS NOT NULL", name));
    }

    /** As {@link #export(String, int, Path, boolean)}, never replacing a file that is not JSON. */
    public void export(String name, int version, Path out) throws IOException {
        export(name, version, out, false);
    }

    /**
     * Writes a version (0 = latest) of {@code name} to {@code out} as a scenario file, atomically. Refuses
     * (ValidationException) to write over this library or its side files, any database, device or folder, and,
     * unless {@code force}, over a file that is not JSON ({@link SaveTargets}).
     */
    public synchronized void export(String name, int version, Path out, boolean force) throws IOException {
        refuseOwnFiles(out);
        SaveTargets.check(out, force);
        Scenario scenario = version == 0 ? load(name) : load(name, version);
        ScenarioJson.save(scenario, out, force);
    }

    /** The library file and SQLite's files beside it (sqlite.org/tempfiles.html) are never an export target. */
    private void refuseOwnFiles(Path out) throws IOException {
        Path real;
        try {
            real = AtomicFiles.resolveLinks(out);
        } catch (java.nio.file.FileSystemException e) {
            // A link another user planted in a shared folder, or a loop: a refusal of the target, not an I/O failure.
            throw new ValidationException(out.toString(), e.getReason() == null ? JsonInput.shortMessage(e.getMessage()) : e.getReason());
        }
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Path own = Path.of(file + suffix);
            boolean same = real.equals(own) || Files.exists(real) && Files.exists(own) && Files.isSameFile(real, own);
            if (same) {
                throw new ValidationException(out.toString(), "is " + (suffix.isEmpty() ? "the library being exported from"
                        : "a file of the library being exported from") + ": refusing to overwrite it");
            }
        }
    }

    /**
     * Imports scenario files as new versions, all or none: every file is validated first (the error names
     * the file), then all are saved in one transaction. A null {@code note} records "imported from FILE".
     * {@code summarize} gives each scenario's summary (it may return null).
     */
    public synchronized List<VersionInfo> importFiles(List<Path> files, String note, Function<Scenario, ScenarioSummary> summarize) {
        checkWritable();
        List<Scenario> scenarios = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path jsonFile : files) {
            notes.add(Check.multilineText("note", note == null ? "imported from " + jsonFile.getFileName() : note, MAX_NOTE_CHARS));
            scenarios.add(ScenarioJson.read(jsonFile));
        }
        return saveAll(scenarios, notes, summarize);
    }

    /**
     * Saves many scenarios in one transaction (all or none), each as the next version of its name, with one
     * note for all; far faster than one {@link #save} each, which syncs the disk every time.
     */
    public synchronized List<VersionInfo> saveAll(List<Scenario> scenarios, String note, Function<Scenario, ScenarioSummary> summarize) {
        checkWritable();
        String checkedNote = Check.multilineText("note", note == null ? "" : note, MAX_NOTE_CHARS);
        return saveAll(scenarios, Collections.nCopies(scenarios.size(), checkedNote), summarize);
    }

    private List<VersionInfo> saveAll(List<Scenario> scenarios, List<String> notes, Function<Scenario, ScenarioSummary> summarize) {
        List<ScenarioSummary> summaries = new ArrayList<>();
        scenarios.forEach(scenario -> summaries.add(summarize.apply(scenario)));
        long now = clock.millis();
        return inTransaction("saving to", () -> {
            List<VersionInfo> saved = new ArrayList<>();
            for (int i = 0; i < scenarios.size(); i++) {
                saved.add(versions.append(scenarios.get(i), notes.get(i), summaries.get(i), now));
            }
            return saved;
        });
    }

    /**
     * Computes the summaries a migrated library lacks (schema 1 kept none), for every version and the list.
     * The JSON of each is parsed through the validating reader; a version it (or {@code summarize}) refuses
     * keeps no summary and is named in the result, so the others are still filled.
     */
    public synchronized SummaryFill fillMissingSummaries(Function<Scenario, ScenarioSummary> summarize) {
        checkWritable();
        return inTransaction("updating summaries in", () -> versions.fillMissingSummaries(summarize));
    }

    /** {@code PRAGMA integrity_check}: "ok" for a sound database file. */
    public synchronized String integrityCheck() {
        return query("checking", () -> {
            try (PreparedStatement statement = connection.prepareStatement("PRAGMA integrity_check(1)");
                 ResultSet row = statement.executeQuery()) {
                return row.next() ? row.getString(1) : "no answer";
            }
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw LibraryConnections.failure(file, "closing", e);
        }
    }

    private Listing<LibraryEntry> entries(String where, List<String> parameters) {
        return query("listing", () -> {
            String sql = listSql(where);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.size(); i++) {
                    statement.setString(i + 1, parameters.get(i));
                }
                List<LibraryEntry> entries = new ArrayList<>();
                List<String> skipped = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        try {
                            entries.add(LibraryRows.entry(rows));
                        } catch (LibraryException badRow) {
                            skipped.add(badRow.getMessage());
                        }
                    }
                }
                return new Listing<>(entries, skipped);
            }
        });
    }

    /** The list query: the {@code scenario} table only, never the version rows and their JSON. */
    static String listSql(String where) {
        return "SELECT " + LibraryRows.ENTRY_COLUMNS + " FROM scenario WHERE " + where + " ORDER BY name COLLATE NOCASE, id";
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private void checkWritable() {
        readOnlyReason.ifPresent(reason -> {
            throw new LibraryException(reason);
        });
    }

    /** Work that reads or writes the database. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> T query(String action, SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw LibraryConnections.failure(file, action, e);
        }
    }

    /** Runs {@code work} in one (immediate) transaction: all of it is committed, or none. */
    private <T> T inTransaction(String action, SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                LibraryConnections.rollbackKeeping(connection, e);
                throw e;
            } finally {
                LibraryConnections.restoreAutoCommitKeeping(connection);
            }
        } catch (SQLException e) {
            throw LibraryConnections.failure(file, action, e);
        }
    }
}
