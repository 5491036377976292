package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.condordesk.testsupport.SchemaOneLibrary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A committed save never reports failure (issue 14 item 2): in a library migrated from schema 1 that holds a
 * version the reader rejects, {@code library save} saves, says so, names the unreadable version on stderr as a
 * note and exits 0, so a script does not retry and pile up duplicate versions.
 */
class LibrarySaveAfterMigrationTest {

    @TempDir
    Path dir;

    @Test
    void aSaveCommitsAndSucceedsWhenAnOlderVersionCannotBeRead() throws Exception {
        Path db = dir.resolve("old.db");
        String good = Files.readString(Path.of(LibraryCommandTest.CONDOR_ONLY));
        // A pre-release build accepted a negative strike; this build's reader refuses it.
        String bad = Files.readString(Path.of(LibraryCommandTest.HEDGED)).replace("\"strike\": 7350", "\"strike\": -7350");
        SchemaOneLibrary.create(db, new Object[] {"Old good", 1, "2026-10-01T14:30:00Z", "first", good},
                new Object[] {"Old bad", 1, "2026-10-02T14:30:00Z", null, bad});

        CliRun first = CliRun.of("library", "save", LibraryCommandTest.HEDGED, "--db", db.toString());
        CliRun second = CliRun.of("library", "save", LibraryCommandTest.HEDGED, "--db", db.toString());

        String saved = "saved \"" + LibraryCommandTest.HEDGED_NAME + "\" as version ";
        String note = "note: version 1 of \"Old bad\" in " + db
                + " is not a valid scenario: layers[0].legs[1].strike: must be > 0, got -7350; its summary stays empty";
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isEqualTo(saved + "1 in " + db + System.lineSeparator());
        assertThat(first.errLines()).containsExactly(note);
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).isEqualTo(saved + "2 in " + db + System.lineSeparator());
        CliRun versions = CliRun.of("library", "versions", LibraryCommandTest.HEDGED_NAME, "--db", db.toString(), "--json");
        assertThat(versions.json().get("versions")).as("two saves, two versions: no duplicate from a retry").hasSize(2);
        // The readable pre-release version got its summary although the unreadable one could not.
        var scenarios = CliRun.of("library", "list", "--db", db.toString(), "--json").json().get("scenarios");
        assertThat(scenarios.get(0).get("name").asText()).isEqualTo("Old bad");
        assertThat(scenarios.get(0).get("netVixVega").isNull()).isTrue();
        assertThat(scenarios.get(1).get("name").asText()).isEqualTo("Old good");
        assertThat(scenarios.get(1).get("netVixVega").isNumber()).isTrue();
    }
}
