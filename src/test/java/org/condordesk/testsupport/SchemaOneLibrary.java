package org.condordesk.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A library in the pre-release layout (library schema 1, docs/library.md "Migration"), written by hand: one table
 * of versions keyed by name, ISO text times, no summaries.
 */
public final class SchemaOneLibrary {

    /** {@code PRAGMA application_id} of a CondorDesk library: "CDSK" = 0x4344534B. */
    private static final int APPLICATION_ID = 0x4344534B;

    private SchemaOneLibrary() {
    }

    /** Writes {@code rows} of (name, version, saved_at ISO text, note or null, scenario JSON) to a new file. */
    public static void create(Path file, Object[]... rows) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA application_id = " + APPLICATION_ID);
            statement.execute("CREATE TABLE scenario_version (name TEXT NOT NULL, version INTEGER NOT NULL, "
                    + "saved_at TEXT NOT NULL, note TEXT, json TEXT NOT NULL, PRIMARY KEY (name, version))");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO scenario_version VALUES (?, ?, ?, ?, ?)")) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        insert.setObject(i + 1, row[i]);
                    }
                    insert.executeUpdate();
                }
            }
            statement.execute("PRAGMA user_version = 1");
        }
    }
}
