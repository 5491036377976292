package org.condordesk.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.condordesk.store.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's preferences live in the data folder as a small JSON file (issue 14 item 12). */
class PreferencesFileTest {

    @TempDir
    Path dir;

    @Test
    void themeAndRecentFilesRoundTripThroughTheFile() throws IOException {
        PreferencesFile file = new PreferencesFile(dir.resolve("data").resolve("preferences.json"));

        file.update(p -> p.withTheme("DARK").withRecentFiles(List.of(Path.of("/a/b.json"), Path.of("/c.json"))));

        PreferencesFile.Preferences read = new PreferencesFile(dir.resolve("data").resolve("preferences.json")).read();
        assertThat(read.theme()).contains("DARK");
        assertThat(read.recentFiles()).containsExactly(Path.of("/a/b.json"), Path.of("/c.json"));
        assertThat(Files.readString(file.file())).contains("\"preferencesVersion\" : 1");
    }

    @Test
    void aMissingFileGivesTheDefaults() {
        assertThat(new PreferencesFile(dir.resolve("none.json")).read()).isEqualTo(PreferencesFile.Preferences.DEFAULTS);
    }

    @Test
    void anUnreadableFileIsSetAsideAndTheDefaultsUsed() throws IOException {
        Path path = dir.resolve("preferences.json");
        Files.writeString(path, "{\"theme\": ");
        PreferencesFile file = new PreferencesFile(path, new TestClock(Instant.parse("2026-11-25T15:00:00Z")));

        assertThat(file.read()).isEqualTo(PreferencesFile.Preferences.DEFAULTS);

        assertThat(path).doesNotExist();
        assertThat(Files.readString(dir.resolve("preferences.rejected-20261125T150000Z.json"))).isEqualTo("{\"theme\": ");
        file.update(p -> p.withTheme("LIGHT"));
        assertThat(file.read().theme()).isEqualTo(Optional.of("LIGHT"));
    }
}
