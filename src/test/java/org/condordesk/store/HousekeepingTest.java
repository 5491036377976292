package org.condordesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.condordesk.Fixtures;
import org.condordesk.Main;
import org.condordesk.store.library.ScenarioLibrary;
import org.condordesk.testsupport.ChildJvm;
import org.condordesk.testsupport.NativeFolderMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26 §7: a start of the command line (a real JVM running {@code Main}, as a user runs it) tightens the data
 * folder an earlier build left 0755 with a 0644 library, removes the stray temp files a kill left, and extracts
 * SQLite's native library into the data folder, not the system temp folder.
 */
class HousekeepingTest {

    @TempDir
    Path dir;

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aCliStartTightensTheDataFolderAndClearsStrayTempFiles() throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Path library = data.resolve(DataFolders.LIBRARY_FILE_NAME);
        try (ScenarioLibrary opened = ScenarioLibrary.open(library)) {
            opened.save(Fixtures.hedged(), "before the upgrade", null);
        }
        Path workspace = Files.writeString(data.resolve("last-workspace.txt"), "/somewhere/plan.json\n");
        Path oldTemp = Files.writeString(data.resolve(".preferences.json.1f2e3d4c5b6a7988.tmp"), "{\"half");
        Path freshTemp = Files.writeString(data.resolve(".autosave.json.00ff.tmp"), "{");
        Path notOurs = Files.writeString(data.resolve("notes.tmp"), "kept");
        Files.setLastModifiedTime(oldTemp, FileTime.from(Instant.now().minusSeconds(3600)));
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minusSeconds(3600)));
        // What an earlier build left: a world-readable folder and library.
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(workspace, PosixFilePermissions.fromString("rw-r--r--"));

        ChildJvm.Result run = ChildJvm.of(Main.class, "library", "list").env(DataFolders.OVERRIDE_VARIABLE, data.toString()).run();

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(Fixtures.hedged().name());
        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(library)).isEqualTo("rw-------");
        assertThat(mode(workspace)).isEqualTo("rw-------");
        assertThat(oldTemp).as("a kill's leftover, an hour old").doesNotExist();
        assertThat(freshTemp).as("may be another CondorDesk's save in progress").exists();
        assertThat(notOurs).as("not a name the app writes").exists();
    }

    @Test
    void sqliteExtractsItsNativeLibraryIntoTheDataFolder() throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Path systemTemp = Files.createDirectory(dir.resolve("system-tmp"));

        ChildJvm.Result run = ChildJvm.of(NativeFolderMain.class).env(DataFolders.OVERRIDE_VARIABLE, data.toString())
                .jvmOption("-Djava.io.tmpdir=" + systemTemp).run();

        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines().toList()).anyMatch(line -> line.startsWith("native: sqlite-"))
                .noneMatch(line -> line.startsWith("system: "));
        assertThat(mode(data.resolve("native"))).isEqualTo("rwx------");
    }

    @Test
    void oldNativeCopiesAreRemovedAndANewOneKept() throws IOException {
        Path data = Files.createDirectory(dir.resolve("data"));
        Path natives = Files.createDirectory(data.resolve("native"));
        Path old = Files.writeString(natives.resolve("sqlite-3.51.1.0-0a1b-libsqlitejdbc.so"), "elf");
        Path oldLock = Files.writeString(natives.resolve("sqlite-3.51.1.0-0a1b-libsqlitejdbc.so.lck"), "");
        Path current = Files.writeString(natives.resolve("sqlite-3.51.1.0-9f8e-libsqlitejdbc.so"), "elf");
        for (Path p : List.of(old, oldLock)) {
            Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(Housekeeping.NATIVE_AGE).minusSeconds(60)));
        }

        Housekeeping.tidy(data, Instant.now());

        assertThat(old).doesNotExist();
        assertThat(oldLock).doesNotExist();
        assertThat(current).exists();
    }

    @Test
    void aSaveRemovesTheStaleTempFilesOfItsOwnFileOnly() throws IOException {
        Path file = dir.resolve("plan.json");
        Path stale = Files.writeString(dir.resolve(".plan.json.7f3a.tmp"), "{");
        Path otherFile = Files.writeString(dir.resolve(".other.json.7f3a.tmp"), "{");
        for (Path p : List.of(stale, otherFile)) {
            Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(600)));
        }

        AtomicFiles.write(file, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(stale).doesNotExist();
        assertThat(otherFile).exists();
    }
}
