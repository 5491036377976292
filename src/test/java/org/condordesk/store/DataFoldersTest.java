package org.condordesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DataFoldersTest {

    static final Path HOME = Path.of("/home/trader");

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(DataFolders.dataFolder("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), HOME))
                .isEqualTo(Path.of("/data/xdg/condordesk"));
        assertThat(DataFolders.dataFolder("Linux", Map.of(), HOME)).isEqualTo(Path.of("/home/trader/.local/share/condordesk"));
        // The XDG spec: a relative XDG_DATA_HOME is invalid and ignored.
        assertThat(DataFolders.dataFolder("Linux", Map.of("XDG_DATA_HOME", "relative"), HOME))
                .isEqualTo(Path.of("/home/trader/.local/share/condordesk"));
    }

    @Test
    void homeVariableWinsOverThePasswordDatabasesHome() {
        // Java's user.home comes from the password database; a user (or a test) who sets HOME means that folder.
        assertThat(DataFolders.dataFolder("Linux", Map.of("HOME", "/tmp/elsewhere"), HOME))
                .isEqualTo(Path.of("/tmp/elsewhere/.local/share/condordesk"));
        assertThat(DataFolders.dataFolder("Linux", Map.of("HOME", "/tmp/elsewhere", "XDG_DATA_HOME", "/data/xdg"), HOME))
                .isEqualTo(Path.of("/data/xdg/condordesk"));
        assertThat(DataFolders.dataFolder("Linux", Map.of("HOME", "relative/home"), HOME))
                .isEqualTo(Path.of("/home/trader/.local/share/condordesk"));
        assertThat(DataFolders.dataFolder("Mac OS X", Map.of("HOME", "/Users/t"), HOME))
                .isEqualTo(Path.of("/Users/t/Library/Application Support/CondorDesk"));
    }

    @Test
    void windowsAndMacUseTheirApplicationDataFolders() {
        assertThat(DataFolders.dataFolder("Windows 11", Map.of("APPDATA", "/c/Users/t/AppData/Roaming"), HOME))
                .isEqualTo(Path.of("/c/Users/t/AppData/Roaming/CondorDesk"));
        assertThat(DataFolders.dataFolder("Mac OS X", Map.of(), HOME))
                .isEqualTo(Path.of("/home/trader/Library/Application Support/CondorDesk"));
    }

    @Test
    void overrideVariableWinsEverywhere() {
        assertThat(DataFolders.dataFolder("Linux", Map.of("CONDORDESK_DATA", "/srv/cd", "XDG_DATA_HOME", "/x"), HOME))
                .isEqualTo(Path.of("/srv/cd"));
        assertThat(DataFolders.dataFolder("Windows 10", Map.of("CONDORDESK_DATA", "/srv/cd"), HOME)).isEqualTo(Path.of("/srv/cd"));
    }
}
