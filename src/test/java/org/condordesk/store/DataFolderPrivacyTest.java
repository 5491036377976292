package org.condordesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.condordesk.Main;
import org.condordesk.model.Scenario;
import org.condordesk.store.json.PreferencesFile;
import org.condordesk.store.json.RecoveryFile;
import org.condordesk.store.json.SampleEdits;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.store.library.ScenarioLibrary;
import org.condordesk.testsupport.ChildJvm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A position is private (issue 14 item 5): the data folder is created {@code rwx------} and everything in it
 * {@code rw-------}; and the data folder follows {@code $HOME} and {@code $XDG_DATA_HOME}, so a user or a test
 * redirects everything (item 12).
 */
class DataFolderPrivacyTest {

    @TempDir
    Path dir;
    private String savedProperty;

    @BeforeEach
    void redirectTheDataFolder() {
        savedProperty = System.getProperty(DataFolders.OVERRIDE_PROPERTY);
        System.setProperty(DataFolders.OVERRIDE_PROPERTY, dir.resolve("data").toString());
    }

    @AfterEach
    void restore() {
        if (savedProperty == null) {
            System.clearProperty(DataFolders.OVERRIDE_PROPERTY);
        } else {
            System.setProperty(DataFolders.OVERRIDE_PROPERTY, savedProperty);
        }
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void everythingTheWorkstationWritesIsPrivate() throws IOException {
        Scenario hedged = ScenarioJson.read(SampleEdits.HEDGED);
        Path data = DataFolders.dataFolder();
        assertThat(data).isEqualTo(dir.resolve("data"));
        RecoveryFile recovery = RecoveryFile.inDataFolder();
        recovery.startSession();
        recovery.autosave(hedged, null);
        PreferencesFile.inDataFolder().update(p -> p.withTheme("DARK"));
        try (ScenarioLibrary library = ScenarioLibrary.openDefault()) {
            library.save(hedged, "", null);
            // While the library is open SQLite keeps its -wal and -shm beside it, with the database file's mode.
            assertThat(mode(Path.of(library.file() + "-wal"))).isEqualTo("rw-------");
            assertThat(mode(Path.of(library.file() + "-shm"))).isEqualTo("rw-------");
        }

        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolve("recovery"))).isEqualTo("rwx------");
        assertThat(mode(data.resolve("library.db"))).isEqualTo("rw-------");
        assertThat(mode(recovery.autosaveFile())).isEqualTo("rw-------");
        assertThat(mode(recovery.sessionMarker())).isEqualTo("rw-------");
        assertThat(mode(data.resolve("preferences.json"))).isEqualTo("rw-------");
    }

    @Test
    void aDataFolderLeftOpenByAnEarlierBuildIsClosedOnFirstUse() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));

        RecoveryFile.inDataFolder().startSession();

        assertThat(mode(data)).isEqualTo("rwx------");
    }

    @Test
    void theCommandLineFollowsHomeAndXdgDataHome() throws IOException {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path sample = SampleEdits.HEDGED.toAbsolutePath();

        ChildJvm.Result byHome = ChildJvm.of(Main.class, "library", "save", sample.toString())
                .env("HOME", home.toString()).env("XDG_DATA_HOME", null).env(DataFolders.OVERRIDE_VARIABLE, null).run();
        ChildJvm.Result byXdg = ChildJvm.of(Main.class, "library", "save", sample.toString())
                .env("HOME", home.toString()).env("XDG_DATA_HOME", dir.resolve("xdg").toString())
                .env(DataFolders.OVERRIDE_VARIABLE, null).run();

        Path homeLibrary = home.resolve(".local/share/condordesk/library.db");
        assertThat(byHome.err()).isEmpty();
        assertThat(byHome.out()).endsWith("as version 1 in " + homeLibrary + System.lineSeparator());
        assertThat(mode(homeLibrary)).isEqualTo("rw-------");
        assertThat(mode(homeLibrary.getParent())).isEqualTo("rwx------");
        Path xdgLibrary = dir.resolve("xdg/condordesk/library.db");
        assertThat(byXdg.out()).endsWith("as version 1 in " + xdgLibrary + System.lineSeparator());
        assertThat(mode(xdgLibrary)).isEqualTo("rw-------");
    }
}
