package org.condordesk.store.library;

import org.condordesk.store.json.ScenarioJson;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;

/** The version rows of the library: appending a save, listing, reading back; callers hold the transaction. */
final class LibraryVersions {

    private final Path file;
    private final Connection connection;

    LibraryVersions(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Appends a version and moves the scenario's latest-version columns to it. */
    VersionInfo append(Scenario scenario, String note, ScenarioSummary summary, long savedAtMillis) throws SQLException {
        String json = ScenarioJson.write(scenario);
        long id = findLiveId(scenario.name()).orElse(-1L);
        if (id < 0) {
            id = insertScenario(scenario.name());
        }
        int versionNo = latestVersion(id) + 1;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO version (scenario_id, version_no, saved_at, "
                + "note, net_vix_vega, max_loss, core_expiry, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id);
            insert.setInt(2, versionNo);
            insert.setLong(3, savedAtMillis);
            insert.setString(4, note);
            LibraryRows.bindSummary(insert, 5, summary);
            insert.setString(8, json);
            insert.executeUpdate();
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE scenario SET version_count = version_count + 1, "
                + "latest_version = ?, latest_saved_at = ?, tags_json = ?, net_vix_vega = ?, max_loss = ?, core_expiry = ? "
                + "WHERE id = ?")) {
            update.setInt(1, versionNo);
            update.setLong(2, savedAtMillis);
            update.setString(3, LibraryRows.tagsJson(scenario.tags()));
            LibraryRows.bindSummary(update, 4, summary);
            update.setLong(7, id);
            update.executeUpdate();
        }
        return new VersionInfo(scenario.name(), versionNo, Instant.ofEpochMilli(savedAtMillis), note, Optional.ofNullable(summary));
    }

    Listing<VersionInfo> all(String name) throws SQLException {
        long id = liveId(name);
        List<VersionInfo> versions = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT version_no, saved_at, note, net_vix_vega, "
                + "max_loss, core_expiry FROM version WHERE scenario_id = ? ORDER BY version_no")) {
            select.setLong(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    try {
                        versions.add(new VersionInfo(name, rows.getInt(1), Instant.ofEpochMilli(rows.getLong(2)),
                                rows.getString(3), LibraryRows.summary(rows, 4)));
                    } catch (RuntimeException e) {
                        skipped.add(LibraryRows.badRow("version " + rows.getInt(1) + " of \"" + name + "\"", e).getMessage());
                    }
                }
            }
        }
        return new Listing<>(versions, skipped);
    }

    /**
     * Version {@code version} of {@code name} (0 = latest), parsed by the validating reader. A scenario keeps
     * the library's name even if it was renamed after this version was saved.
     */
    Scenario load(String name, int version) throws SQLException {
        long id = liveId(name);
        try (PreparedStatement select = connection.prepareStatement(version == 0
                ? "SELECT json, version_no FROM version WHERE scenario_id = ? ORDER BY version_no DESC LIMIT 1"
                : "SELECT json, version_no FROM version WHERE scenario_id = ? AND version_no = ?")) {
            select.setLong(1, id);
            if (version != 0) {
                select.setInt(2, version);
            }
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    throw new LibraryException("\"" + name + "\" has no version " + version);
                }
                Scenario scenario = parseStored(name, row.getInt(2), row.getString(1));
                return scenario.name().equals(name) ? scenario : scenario.withName(name);
            }
        }
    }

    private Scenario parseStored(String name, int version, String json) {
        try {
            return ScenarioJson.parse(json.getBytes(StandardCharsets.UTF_8));
        } catch (ValidationException e) {
            throw new LibraryException("version " + version + " of \"" + name + "\" in " + file
                    + " is not a valid scenario: " + e.getMessage(), e);
        }
    }

    /**
     * Best effort: a version the reader or the engine refuses is skipped and named, never a reason to fail, since
     * this runs after a save has committed (a failed "save" would be retried and pile up duplicates).
     */
    SummaryFill fillMissingSummaries(Function<Scenario, ScenarioSummary> summarize) throws SQLException {
        record Missing(long versionId, String name, int version, String json) {
        }
        List<Missing> missing = new ArrayList<>();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT v.id, s.name, v.version_no, v.json FROM version v "
                     + "JOIN scenario s ON s.id = v.scenario_id WHERE v.net_vix_vega IS NULL")) {
            while (rows.next()) {
                missing.add(new Missing(rows.getLong(1), rows.getString(2), rows.getInt(3), rows.getString(4)));
            }
        }
        int filled = 0;
        List<String> skipped = new ArrayList<>();
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE version SET net_vix_vega = ?, max_loss = ?, core_expiry = ? WHERE id = ?")) {
            for (Missing row : missing) {
                ScenarioSummary summary;
                try {
                    summary = summarize.apply(parseStored(row.name(), row.version(), row.json()));
                } catch (RuntimeException e) {
                    skipped.add(e instanceof LibraryException ? e.getMessage() : "version " + row.version() + " of \""
                            + row.name() + "\" cannot be valued: " + e.getMessage());
                    continue;
                }
                LibraryRows.bindSummary(update, 1, summary);
                update.setLong(4, row.versionId());
                filled += update.executeUpdate();
            }
        }
        try (Statement copy = connection.createStatement()) {
            copy.executeUpdate("UPDATE scenario SET (net_vix_vega, max_loss, core_expiry) = (SELECT net_vix_vega, max_loss, "
                    + "core_expiry FROM version WHERE scenario_id = scenario.id AND version_no = scenario.latest_version) "
                    + "WHERE net_vix_vega IS NULL");
        }
        return new SummaryFill(filled, skipped);
    }

    long liveId(String name) throws SQLException {
        return findLiveId(name).orElseThrow(() -> new LibraryException("no scenario named \"" + name + "\" in the library"));
    }

    Optional<Long> findLiveId(String name) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM scenario WHERE name = ? AND deleted_at IS NULL")) {
            select.setString(1, name);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    private long insertScenario(String name) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scenario (name) VALUES (?) RETURNING id")) {
            insert.setString(1, name);
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                return key.getLong(1);
            }
        }
    }

    private int latestVersion(long id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT latest_version FROM scenario WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }
}
