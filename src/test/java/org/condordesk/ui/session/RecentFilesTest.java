package org.condordesk.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.condordesk.store.json.PreferencesFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentFilesTest {

    @TempDir
    Path dir;

    @Test
    void newestFirstWithoutDuplicatesAndBounded() {
        PreferencesFile preferences = new PreferencesFile(dir.resolve("preferences.json"));
        RecentFiles recent = new RecentFiles(preferences);
        for (int i = 0; i < RecentFiles.MAX + 3; i++) {
            recent.add(Path.of("/tmp/s" + i + ".json"));
        }
        recent.add(Path.of("/tmp/s5.json"));
        assertThat(recent.list()).hasSize(RecentFiles.MAX);
        assertThat(recent.list().get(0)).isEqualTo(Path.of("/tmp/s5.json"));
        assertThat(recent.list()).doesNotHaveDuplicates().doesNotContain(Path.of("/tmp/s0.json"));
        assertThat(new RecentFiles(new PreferencesFile(dir.resolve("preferences.json"))).list())
                .as("kept in the file, read back by a new instance").isEqualTo(recent.list());
        recent.remove(Path.of("/tmp/s5.json"));
        assertThat(recent.list()).doesNotContain(Path.of("/tmp/s5.json"));
        recent.clear();
        assertThat(new RecentFiles(preferences).list()).isEmpty();
    }
}
