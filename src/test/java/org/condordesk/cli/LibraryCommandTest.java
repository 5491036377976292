package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.condordesk.store.json.ScenarioJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The validate and library commands as a script sees them: exit codes, stdout, one-line stderr. */
class LibraryCommandTest {

    static final String HEDGED = "samples/condor-vix-hedge.json";
    static final String CONDOR_ONLY = "samples/condor-only.json";
    static final String HEDGED_NAME = "SPX 14-DTE iron condor + 2-layer VIX hedge";

    @TempDir
    Path dir;
    String db;

    @BeforeEach
    void setUp() {
        db = dir.resolve("library.db").toString();
    }

    private static void assertOneLineError(CliRun run, int exitCode, String message) {
        assertThat(run.exitCode()).isEqualTo(exitCode);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: " + message + System.lineSeparator());
    }

    @Test
    void validatePrintsOkForAValidFile() {
        CliRun run = CliRun.of("validate", HEDGED);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("ok" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void validateNamesTheFileAndJsonPathOfTheProblem() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of(HEDGED)).replace("\"strike\": 7350", "\"strike\": \"7350\""));

        assertOneLineError(CliRun.of("validate", bad.toString()), 2,
                bad + ": layers[0].legs[1].strike: must be a number, got text \"7350\"");
        assertOneLineError(CliRun.of("validate", dir.resolve("missing.json").toString()), 2,
                dir.resolve("missing.json") + ": no such file");
    }

    @Test
    void saveListVersionsAndExportRoundTrip() throws IOException {
        assertThat(CliRun.of("library", "save", HEDGED, "--db", db, "--note", "opened").out())
                .isEqualTo("saved \"" + HEDGED_NAME + "\" as version 1 in " + db + System.lineSeparator());
        CliRun second = CliRun.of("library", "save", HEDGED, "--db", db, "--note", "resized");
        CliRun third = CliRun.of("library", "save", CONDOR_ONLY, "--db", db);
        assertThat(second.exitCode() + third.exitCode()).isZero();

        CliRun list = CliRun.of("library", "list", "--db", db);
        assertThat(list.exitCode()).isZero();
        assertThat(list.out().lines()).hasSize(3);
        assertThat(list.out().lines().findFirst().orElseThrow())
                .startsWith("NAME").contains("VERSIONS", "LAST SAVED", "NET VIX VEGA $/PT", "MAX LOSS $", "CORE EXPIRY", "TAGS");
        assertThat(list.out().lines().skip(1).findFirst().orElseThrow()).startsWith(HEDGED_NAME).contains(" 2  ", "sample, alvh");

        CliRun versions = CliRun.of("library", "versions", HEDGED_NAME, "--db", db);
        assertThat(versions.out()).contains("opened").contains("resized");

        Path out = dir.resolve("exported.json");
        CliRun export = CliRun.of("library", "export", HEDGED_NAME, "--version", "1", "--out", out.toString(), "--db", db);
        assertThat(export.out()).isEqualTo("exported \"" + HEDGED_NAME + "\" version 1 to " + out + System.lineSeparator());
        assertThat(ScenarioJson.read(out)).isEqualTo(ScenarioJson.read(Path.of(HEDGED)));
    }

    @Test
    void jsonOutputsCarryTheDocumentedKeys() throws IOException {
        CliRun.of("library", "save", HEDGED, "--db", db, "--note", "first");

        JsonNode list = new ObjectMapper().readTree(CliRun.of("library", "list", "--db", db, "--json").out());
        assertThat(list.get("library").asText()).isEqualTo(db);
        assertThat(list.get("readOnly").asBoolean()).isFalse();
        JsonNode entry = list.get("scenarios").get(0);
        assertThat(entry.get("name").asText()).isEqualTo(HEDGED_NAME);
        assertThat(entry.get("latestVersion").asInt()).isEqualTo(1);
        assertThat(entry.get("versionCount").asInt()).isEqualTo(1);
        assertThat(entry.has("lastSavedAt") && entry.has("netVixVega") && entry.has("maxLoss") && entry.has("coreExpiry")
                && entry.has("deletedAt")).isTrue();
        assertThat(entry.get("tags").toString()).isEqualTo("[\"sample\",\"alvh\"]");

        JsonNode versions = new ObjectMapper().readTree(CliRun.of("library", "versions", HEDGED_NAME, "--db", db, "--json").out());
        assertThat(versions.get("name").asText()).isEqualTo(HEDGED_NAME);
        assertThat(versions.get("versions").get(0).get("note").asText()).isEqualTo("first");
        assertThat(versions.get("versions").get(0).get("version").asInt()).isEqualTo(1);
    }

    @Test
    void renameDeleteRestoreSearchAndImport() {
        CliRun.of("library", "import", HEDGED, CONDOR_ONLY, "--db", db);

        assertThat(CliRun.of("library", "rename", HEDGED_NAME, "Dec hedged", "--db", db).exitCode()).isZero();
        assertThat(CliRun.of("library", "search", "dec", "--db", db).out()).contains("Dec hedged").doesNotContain("unhedged");
        assertThat(CliRun.of("library", "delete", "Dec hedged", "--db", db).out())
                .isEqualTo("deleted \"Dec hedged\" (undo with: condordesk library restore \"Dec hedged\")" + System.lineSeparator());
        assertThat(CliRun.of("library", "list", "--db", db).out()).doesNotContain("Dec hedged");
        assertThat(CliRun.of("library", "list", "--deleted", "--db", db).out()).contains("Dec hedged");
        assertThat(CliRun.of("library", "restore", "Dec hedged", "--db", db).exitCode()).isZero();
        assertThat(CliRun.of("library", "list", "--db", db).out()).contains("Dec hedged");
        assertThat(CliRun.of("library", "versions", "Dec hedged", "--db", db).out()).contains("imported from condor-vix-hedge.json");
    }

    @Test
    void errorsAreOneLineWithANonZeroExit() throws IOException {
        assertOneLineError(CliRun.of("library", "versions", "nothing", "--db", db), 1, "no scenario named \"nothing\" in the library");
        assertOneLineError(CliRun.of("library", "list", "--db", HEDGED), 1,
                Path.of(HEDGED).toAbsolutePath() + " is not a CondorDesk library: it is not an SQLite database (the file was left unchanged)");
        assertOneLineError(CliRun.of("library", "export", "x", "--db", db), 2, "Missing required option: '--out=FILE.json'");
        assertOneLineError(CliRun.of("library", "purge", "x", "--db", db), 1,
                "no deleted scenario named \"x\" to purge (delete it first)");
        CliRun.of("library", "save", HEDGED, "--db", db);
        assertOneLineError(CliRun.of("library", "export", HEDGED_NAME, "--out", dir.resolve("no/such/dir/x.json").toString(),
                "--db", db), 1, "cannot write " + dir.resolve("no/such/dir/x.json") + ": no such folder");
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 9}");
        assertOneLineError(CliRun.of("library", "save", bad.toString(), "--db", db), 2,
                bad + ": schemaVersion: 9 is newer than this CondorDesk understands (3); update CondorDesk to open it");
    }
}
