package org.condordesk.store.library;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The library's tables and their migrations, versioned by {@code PRAGMA user_version} (docs/library.md).
 * Version 2: a {@code scenario} row per name holding the latest version's summary (so listing never reads
 * a JSON blob) and a {@code version} row per save holding the full scenario JSON.
 * Version 3 adds {@code history_bar}: imported daily market history, one row per symbol and day ({@link HistoryStore}).
 * Version 4 adds {@code vx_settle}: VIX futures daily settlements, one row per contract and trade date
 * ({@link VxSettleStore}).
 */
final class LibrarySchema {

    static final int CURRENT_VERSION = 4;

    private static final List<String> CREATE_V2 = List.of(
            """
            CREATE TABLE scenario (
              id              INTEGER PRIMARY KEY,
              name            TEXT    NOT NULL,
              tags_json       TEXT    NOT NULL DEFAULT '[]',
              version_count   INTEGER NOT NULL DEFAULT 0,
              latest_version  INTEGER NOT NULL DEFAULT 0,
              latest_saved_at INTEGER,
              net_vix_vega    REAL,
              max_loss        REAL,
              core_expiry     TEXT,
              deleted_at      INTEGER
            )""",
            // One live scenario per name; deleted ones keep theirs until restored or purged.
            "CREATE UNIQUE INDEX scenario_live_name ON scenario (name) WHERE deleted_at IS NULL",
            "CREATE INDEX scenario_list ON scenario (deleted_at, name COLLATE NOCASE)",
            """
            CREATE TABLE version (
              id           INTEGER PRIMARY KEY,
              scenario_id  INTEGER NOT NULL REFERENCES scenario (id) ON DELETE CASCADE,
              version_no   INTEGER NOT NULL,
              saved_at     INTEGER NOT NULL,
              note         TEXT    NOT NULL DEFAULT '',
              net_vix_vega REAL,
              max_loss     REAL,
              core_expiry  TEXT,
              json         TEXT    NOT NULL,
              UNIQUE (scenario_id, version_no)
            )""");

    /**
     * Schema 1 (pre-release) kept one table {@code scenario_version(name, version, saved_at ISO text, note,
     * json)} and no summaries: versions keep their JSON, notes and times; summaries start empty and are
     * filled by {@link ScenarioLibrary#fillMissingSummaries}.
     */
    private static final List<String> MIGRATE_1_TO_2 = List.of(
            """
            INSERT INTO scenario (name, tags_json, version_count, latest_version)
            SELECT g.name,
                   COALESCE((SELECT CASE WHEN json_valid(l.json) AND json_type(l.json, '$.tags') = 'array'
                                         THEN json_extract(l.json, '$.tags') END
                             FROM scenario_version l WHERE l.name = g.name ORDER BY l.version DESC LIMIT 1), '[]'),
                   COUNT(*), MAX(g.version)
            FROM scenario_version g GROUP BY g.name""",
            """
            INSERT INTO version (scenario_id, version_no, saved_at, note, json)
            SELECT s.id, v.version, CAST(ROUND((julianday(v.saved_at) - 2440587.5) * 86400000.0) AS INTEGER),
                   COALESCE(v.note, ''), v.json
            FROM scenario_version v JOIN scenario s ON s.name = v.name""",
            """
            UPDATE scenario SET latest_saved_at =
              (SELECT saved_at FROM version WHERE scenario_id = scenario.id AND version_no = scenario.latest_version)""",
            "DROP TABLE scenario_version");

    /**
     * Daily history by symbol and ISO date. Price series fill open/high/low/close; an Advance–Decline line is
     * stored under {@link HistoryStore#AD_SYMBOL} with its value in {@code close} and no open/high/low.
     */
    private static final List<String> CREATE_V3 = List.of(
            """
            CREATE TABLE history_bar (
              symbol TEXT NOT NULL,
              day    TEXT NOT NULL,
              open   REAL,
              high   REAL,
              low    REAL,
              close  REAL NOT NULL,
              PRIMARY KEY (symbol, day)
            ) WITHOUT ROWID""");

    /** VIX futures daily settlements by contract and ISO trade date; {@code expiry} is the contract's settlement date. */
    private static final List<String> CREATE_V4 = List.of(
            """
            CREATE TABLE vx_settle (
              contract TEXT NOT NULL,
              expiry   TEXT NOT NULL,
              day      TEXT NOT NULL,
              settle   REAL NOT NULL,
              PRIMARY KEY (contract, day)
            ) WITHOUT ROWID""",
            "CREATE INDEX vx_settle_day ON vx_settle (day, expiry)");

    /** The tables each schema version has; a library missing one is damaged. */
    private static final List<List<String>> TABLES_BY_VERSION = List.of(
            List.of(),
            List.of("scenario_version"),
            List.of("scenario", "version"),
            List.of("scenario", "version", "history_bar"),
            List.of("scenario", "version", "history_bar", "vx_settle"));
    /** The oldest schema whose scenarios can be read as they are (the scenario and version tables exist). */
    static final int OLDEST_READABLE_VERSION = 2;

    private LibrarySchema() {
    }

    /** The first table schema {@code version} needs that {@code tables} lacks; empty for a newer version (unknown). */
    static Optional<String> missingTable(int version, List<String> tables) {
        if (version < 0 || version >= TABLES_BY_VERSION.size()) {
            return version < 0 ? Optional.of("scenario") : Optional.empty();
        }
        List<String> needed = version == 0 ? TABLES_BY_VERSION.get(CURRENT_VERSION) : TABLES_BY_VERSION.get(version);
        return needed.stream().filter(table -> !tables.contains(table)).findFirst();
    }

    /** Brings a database at {@code fromVersion} (0 = empty) to the current schema; the caller holds a transaction. */
    static void migrate(Connection connection, int fromVersion) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (fromVersion == 0) {
                statement.execute("PRAGMA application_id = " + LibraryFile.APPLICATION_ID);
            }
            if (fromVersion < 2) {
                for (String sql : CREATE_V2) {
                    statement.execute(sql);
                }
            }
            if (fromVersion == 1) {
                for (String sql : MIGRATE_1_TO_2) {
                    statement.execute(sql);
                }
            }
            if (fromVersion < 3) {
                for (String sql : CREATE_V3) {
                    statement.execute(sql);
                }
            }
            if (fromVersion < 4) {
                for (String sql : CREATE_V4) {
                    statement.execute(sql);
                }
            }
            statement.execute("PRAGMA user_version = " + CURRENT_VERSION);
        }
    }
}
