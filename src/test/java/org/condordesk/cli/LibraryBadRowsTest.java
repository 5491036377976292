package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One bad row no longer breaks the whole library (issue 14 item 10): it is left out and named; a file with the
 * library's id but no tables is refused as damaged instead of giving raw SQL errors.
 */
class LibraryBadRowsTest {

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void threeScenarios() {
        db = dir.resolve("lib.db");
        assertThat(CliRun.of("library", "save", LibraryCommandTest.HEDGED, "--db", db.toString()).exitCode()).isZero();
        assertThat(CliRun.of("library", "save", LibraryCommandTest.CONDOR_ONLY, "--db", db.toString()).exitCode()).isZero();
    }

    private void sql(String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    @Test
    void aRowWithBrokenTagsOrAnImpossibleDateIsSkippedAndNamed() throws Exception {
        sql("UPDATE scenario SET tags_json = 'not json' WHERE name = '" + LibraryCommandTest.HEDGED_NAME + "'",
            "UPDATE scenario SET core_expiry = '2026-13-45' WHERE name = 'SPX 14-DTE iron condor, unhedged'",
            "UPDATE version SET core_expiry = '2026-13-45' WHERE version_no = 1");

        CliRun list = CliRun.of("library", "list", "--db", db.toString());
        CliRun json = CliRun.of("library", "list", "--db", db.toString(), "--json");
        CliRun versions = CliRun.of("library", "versions", LibraryCommandTest.HEDGED_NAME, "--db", db.toString());

        assertThat(list.exitCode()).isZero();
        assertThat(list.out()).isEqualTo("no scenarios in " + db + System.lineSeparator());
        assertThat(list.errLines()).containsExactly(
                "note: skipped scenario \"" + LibraryCommandTest.HEDGED_NAME + "\" (row 1): its tags are not a JSON array of text",
                "note: skipped scenario \"SPX 14-DTE iron condor, unhedged\" (row 2): its core expiry '2026-13-45' is not a date");
        JsonNode skipped = json.json().get("skipped");
        assertThat(skipped).hasSize(2);
        assertThat(versions.exitCode()).isZero();
        assertThat(versions.errLines()).containsExactly("note: skipped version 1 of \"" + LibraryCommandTest.HEDGED_NAME
                + "\": its core expiry '2026-13-45' is not a date");
    }

    @Test
    void theOtherRowsAreStillListed() throws Exception {
        sql("UPDATE scenario SET tags_json = '[1, {}]' WHERE name = '" + LibraryCommandTest.HEDGED_NAME + "'");

        CliRun list = CliRun.of("library", "list", "--db", db.toString(), "--json");

        assertThat(list.exitCode()).isZero();
        assertThat(list.json().get("scenarios")).hasSize(1);
        assertThat(list.json().get("scenarios").get(0).get("name").asText()).isEqualTo("SPX 14-DTE iron condor, unhedged");
        assertThat(list.errLines()).containsExactly(
                "note: skipped scenario \"" + LibraryCommandTest.HEDGED_NAME + "\" (row 1): its tags are not a JSON array of text");
    }

    @Test
    void aFileWithTheLibrarysIdButNoTablesIsDamagedNotAnSqlError() throws Exception {
        Path empty = dir.resolve("bare.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + empty); Statement statement = connection.createStatement()) {
            // "CDSK" and schema 2, as a library says, but no tables: a stray file or a botched copy.
            statement.execute("PRAGMA application_id = 1128551243");
            statement.execute("PRAGMA user_version = 2");
        }
        byte[] before = Files.readAllBytes(empty);

        CliRun list = CliRun.of("library", "list", "--db", empty.toString());

        assertThat(list.exitCode()).isEqualTo(1);
        assertThat(list.errLines()).containsExactly("error: " + empty
                + " is damaged: the table 'scenario' of library schema 2 is missing; the file was left unchanged");
        assertThat(Files.readAllBytes(empty)).isEqualTo(before);
    }
}
