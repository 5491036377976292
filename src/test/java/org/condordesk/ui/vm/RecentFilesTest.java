package org.condordesk.ui.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RecentFilesTest {

    private final Preferences node = Preferences.userRoot().node("org/condordesk/test/" + UUID.randomUUID());

    @AfterEach
    void clean() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void newestFirstWithoutDuplicatesAndBounded() {
        RecentFiles recent = new RecentFiles(node);
        for (int i = 0; i < RecentFiles.MAX + 3; i++) {
            recent.add(Path.of("/tmp/s" + i + ".json"));
        }
        recent.add(Path.of("/tmp/s5.json"));
        assertThat(recent.list()).hasSize(RecentFiles.MAX);
        assertThat(recent.list().get(0)).isEqualTo(Path.of("/tmp/s5.json"));
        assertThat(recent.list()).doesNotHaveDuplicates().doesNotContain(Path.of("/tmp/s0.json"));
        recent.remove(Path.of("/tmp/s5.json"));
        assertThat(recent.list()).doesNotContain(Path.of("/tmp/s5.json"));
        recent.clear();
        assertThat(new RecentFiles(node).list()).isEmpty();
    }
}
