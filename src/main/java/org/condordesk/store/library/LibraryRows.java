package org.condordesk.store.library;

import org.condordesk.store.json.JsonInput;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Row mapping between the library tables and the public records; tags are kept as a JSON array of text. */
final class LibraryRows {

    /** Only ever reads tag arrays this class wrote: {@code List<String>}, no polymorphism. */
    private static final ObjectMapper TAGS = new ObjectMapper();

    /** Columns of {@code scenario} that {@link #entry} reads, in order. */
    static final String ENTRY_COLUMNS =
            "name, latest_version, latest_saved_at, version_count, tags_json, net_vix_vega, max_loss, core_expiry, deleted_at, id";

    private LibraryRows() {
    }

    /** The entry of the current row; a row that cannot be read is a LibraryException naming it. */
    static LibraryEntry entry(ResultSet row) throws SQLException {
        String name = row.getString(1);
        try {
            long deletedAt = row.getLong(9);
            Optional<Instant> deleted = row.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(deletedAt));
            return new LibraryEntry(name, row.getInt(2), Instant.ofEpochMilli(row.getLong(3)), row.getInt(4),
                    tags(row.getString(5)), summary(row, 6), deleted);
        } catch (RuntimeException e) {
            throw badRow("scenario \"" + name + "\" (row " + row.getLong(10) + ")", e);
        }
    }

    /** "skipped NAME (row N): its tags are not a JSON array of text". */
    static LibraryException badRow(String which, RuntimeException e) {
        return new LibraryException("skipped " + which + ": " + JsonInput.shortMessage(e.getMessage()), e);
    }

    /** The summary stored in three columns starting at {@code first}; empty when never computed. */
    static Optional<ScenarioSummary> summary(ResultSet row, int first) throws SQLException {
        double netVixVega = row.getDouble(first);
        if (row.wasNull()) {
            return Optional.empty();
        }
        String coreExpiry = row.getString(first + 2);
        return Optional.of(new ScenarioSummary(netVixVega, row.getDouble(first + 1),
                coreExpiry == null ? null : date(coreExpiry)));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new LibraryException("its core expiry '" + text + "' is not a date");
        }
    }

    /** Binds a summary (or three NULLs) to parameters {@code first} .. {@code first + 2}. */
    static void bindSummary(PreparedStatement statement, int first, ScenarioSummary summary) throws SQLException {
        if (summary == null) {
            statement.setNull(first, Types.REAL);
            statement.setNull(first + 1, Types.REAL);
            statement.setNull(first + 2, Types.VARCHAR);
            return;
        }
        statement.setDouble(first, summary.netVixVega());
        statement.setDouble(first + 1, summary.maxLoss());
        statement.setString(first + 2, summary.coreExpiryDate().map(LocalDate::toString).orElse(null));
    }

    static String tagsJson(List<String> tags) {
        try {
            return TAGS.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serializes", e);
        }
    }

    static List<String> tags(String json) {
        try {
            return List.of(TAGS.readValue(json, String[].class));
        } catch (JsonProcessingException | RuntimeException e) {
            throw new LibraryException("its tags are not a JSON array of text", e);
        }
    }

    /** A LIKE pattern matching {@code text} anywhere, with LIKE's wildcards in the text taken literally. */
    static String containsPattern(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
