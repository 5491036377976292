package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No control character from a file or a library reaches the terminal (issue 14 item 11): {@code validate}
 * refuses them in text fields, and whatever an older library or an error message carries is printed escaped.
 */
class TerminalEscapesTest {

    private static final String ESC = "\u001B";
    private static final String BEL = "\u0007";

    @TempDir
    Path dir;

    private static void assertNoControls(CliRun run) {
        assertThat(run.out() + run.err()).doesNotContain(ESC).doesNotContain(BEL).doesNotContain("\u009B");
    }

    @Test
    void validateRefusesAnEscapeInANameWithoutPrintingIt() throws IOException {
        Path file = dir.resolve("evil.json");
        Files.writeString(file, Files.readString(Path.of(LibraryCommandTest.HEDGED))
                .replace("\"name\": \"Core: SPXW Dec-09 iron condor\"", "\"name\": \"Core\\u001b]0;owned\\u0007 condor\""));

        CliRun run = CliRun.of("validate", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("error: " + file
                + ": layers[0].name: must not contain control characters (U+001B at character 5)");
    }

    @Test
    void whatAnOlderLibraryHoldsIsPrintedEscaped() throws Exception {
        Path db = dir.resolve("lib.db");
        assertThat(CliRun.of("library", "save", LibraryCommandTest.HEDGED, "--db", db.toString()).exitCode()).isZero();
        // An earlier build accepted these; the library keeps them as they were.
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             PreparedStatement rename = connection.prepareStatement("UPDATE scenario SET name = ?, tags_json = ?");
             PreparedStatement note = connection.prepareStatement("UPDATE version SET note = ?")) {
            rename.setString(1, "evil" + ESC + "[2J" + BEL);
            rename.setString(2, "[\"t\\u001b[31m\"]"); // JSON text: ESC written as a JSON escape, backslash-u001b
            rename.executeUpdate();
            note.setString(1, "note" + ESC + "]0;title" + BEL + "\u009B2J");
            note.executeUpdate();
        }

        CliRun list = CliRun.of("library", "list", "--db", db.toString());
        CliRun json = CliRun.of("library", "list", "--db", db.toString(), "--json");
        CliRun versions = CliRun.of("library", "versions", "evil" + ESC + "[2J" + BEL, "--db", db.toString());
        CliRun missing = CliRun.of("library", "versions", "nope" + ESC + "[2J", "--db", db.toString());

        assertNoControls(list);
        assertThat(list.out()).contains("evil\\u001B[2J\\u0007").contains("t\\u001B[31m");
        assertNoControls(json);
        assertThat(json.json().get("scenarios").get(0).get("name").asText()).isEqualTo("evil" + ESC + "[2J" + BEL);
        assertNoControls(versions);
        assertThat(versions.out()).contains("note\\u001B]0;title\\u0007\\u009B2J");
        assertNoControls(missing);
        assertThat(missing.errLines()).containsExactly("error: no scenario named \"nope\\u001B[2J\" in the library");
    }
}
