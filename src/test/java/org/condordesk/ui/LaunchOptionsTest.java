package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.condordesk.store.DataFolders;
import org.condordesk.ui.shell.LaunchOptions;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void noArgumentsOrAScenarioFileOpenTheWindow() {
        assertThat(LaunchOptions.isGui()).isTrue();
        assertThat(LaunchOptions.isGui("book.json")).isTrue();
        assertThat(LaunchOptions.isGui("--screenshot", "shot.png", "--theme", "dark")).isTrue();
        assertThat(LaunchOptions.parse(List.of("book.json")).file()).hasValue(Path.of("book.json"));
    }

    @Test
    void dbChoosesTheLibraryForTheWindowWithOrWithoutAScenarioFile() {
        assertThat(LaunchOptions.isGui("--db", "/tmp/lib.db")).isTrue();
        assertThat(LaunchOptions.isGui("--db", "/tmp/lib.db", "book.json")).isTrue();
        assertThat(LaunchOptions.isGui("book.json", "--db=/tmp/lib.db")).isTrue();
        LaunchOptions options = LaunchOptions.parse(List.of("book.json", "--db", "/tmp/lib.db"));
        assertThat(options.db()).hasValue(Path.of("/tmp/lib.db"));
        assertThat(options.libraryFile()).isEqualTo(Path.of("/tmp/lib.db"));
        assertThat(options.file()).hasValue(Path.of("book.json"));
        assertThat(LaunchOptions.parse(List.of()).libraryFile()).isEqualTo(DataFolders.libraryFile());
        assertThat(LaunchOptions.parse(List.of("--show", "compare")).show()).hasValue(LaunchOptions.Show.COMPARE);
    }

    @Test
    void libraryCommandsWithDbStillRunTheCommandLine() {
        assertThat(LaunchOptions.isGui("library", "list", "--db", "lib.db")).isFalse();
        assertThat(LaunchOptions.isGui("--db", "lib.db", "library", "list")).isFalse();
        assertThat(LaunchOptions.isGui("--db")).as("no file given").isFalse();
        assertThat(LaunchOptions.isGui("--db", "--theme", "dark")).isFalse();
        assertThat(LaunchOptions.isGui("--db", "a.db", "--db", "b.db")).isFalse();
    }

    @Test
    void aSubcommandRunsTheCommandLine() {
        assertThat(LaunchOptions.isGui("report", "book.json")).isFalse();
        assertThat(LaunchOptions.isGui("help")).isFalse();
        assertThat(LaunchOptions.isGui("--help")).isFalse();
        assertThat(LaunchOptions.isGui("a.json", "b.json")).isFalse();
        assertThat(LaunchOptions.isGui("--theme", "purple")).isFalse();
    }

    @org.junit.jupiter.api.Test
    void aBareStartReopensTheLastWorkspaceButAFileOrAScreenshotDoesNot(@org.junit.jupiter.api.io.TempDir Path folder)
            throws Exception {
        org.condordesk.ui.session.LastWorkspace last = new org.condordesk.ui.session.LastWorkspace(folder.resolve("last-workspace.txt"));
        Path book = java.nio.file.Files.writeString(folder.resolve("book.json"), "{}");
        last.remember(book);
        org.assertj.core.api.Assertions.assertThat(CondorDeskApp.fileToOpen(LaunchOptions.parse(java.util.List.of()), last))
                .hasValue(book.toAbsolutePath().normalize());
        Path other = folder.resolve("other.json");
        org.assertj.core.api.Assertions.assertThat(CondorDeskApp.fileToOpen(LaunchOptions.parse(java.util.List.of(other.toString())), last))
                .hasValue(other);
        org.assertj.core.api.Assertions.assertThat(CondorDeskApp.fileToOpen(
                LaunchOptions.parse(java.util.List.of("--screenshot", "shot.png")), last)).isEmpty();
    }
}
