package org.condordesk.store.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.condordesk.Main;
import org.condordesk.store.json.SampleEdits;
import org.condordesk.testsupport.ChildJvm;
import org.condordesk.testsupport.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library on storage this user cannot write (issue 14 item 9) is listed, searched and exported, and every
 * change is refused in one line; nothing is created beside it. Before, even {@code list} failed with
 * SQLITE_READONLY_DIRECTORY. The commands run in a child JVM as an unprivileged user: root ignores permissions.
 */
class ReadOnlyStorageTest {

    private static final String NAME = "SPX 14-DTE iron condor + 2-layer VIX hedge";

    @TempDir
    Path dir;

    @Test
    void aLibraryInAFolderThisUserCannotWriteIsReadOnlyNotUnreadable() throws Exception {
        ChildJvm.openPath(dir);
        Path folder = Files.createDirectory(dir.resolve("shared"));
        Path db = folder.resolve("lib.db");
        try (ScenarioLibrary library = ScenarioLibrary.open(db)) {
            library.save(org.condordesk.store.json.ScenarioJson.read(SampleEdits.HEDGED), "first", null);
        }
        // Shared read-only: the folder and the file readable by all, writable by their owner only.
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        Path shared = ChildJvm.sharedFolder(dir, "out");
        Path out = shared.resolve("v1.json");
        // A copy the unprivileged user can read (the checkout may sit under /root).
        Path sample = Files.copy(SampleEdits.HEDGED, shared.resolve("sample.json"));
        Files.setPosixFilePermissions(sample, PosixFilePermissions.fromString("rw-r--r--"));
        String before = TestFiles.sha256(db);

        ChildJvm.Result list = child("library", "list", "--db", db.toString());
        ChildJvm.Result export = child("library", "export", NAME, "--out", out.toString(), "--db", db.toString());
        ChildJvm.Result save = child("library", "save", sample.toString(), "--db", db.toString());

        String reason = db + " is read-only (its folder cannot be written): opened read-only, changes are refused";
        assertThat(list.exitCode()).isZero();
        assertThat(list.out().lines()).first().isEqualTo("note: " + reason);
        assertThat(list.out()).contains(NAME);
        assertThat(export.exitCode()).isZero();
        assertThat(Files.readString(out)).contains("\"name\": \"" + NAME + "\"");
        assertThat(save.exitCode()).isEqualTo(1);
        assertThat(save.errLines()).containsExactly("error: " + reason);
        assertThat(TestFiles.sha256(db)).isEqualTo(before);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).as("no -wal, -shm or journal created").containsExactly(db);
        }
    }

    private static ChildJvm.Result child(String... args) {
        return ChildJvm.of(Main.class, args).unprivileged().run();
    }
}
