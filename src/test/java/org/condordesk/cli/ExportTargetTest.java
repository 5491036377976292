package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.condordesk.store.json.ScenarioJson;
import org.condordesk.testsupport.ChildJvm;
import org.condordesk.testsupport.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code library export --out} never destroys what is not a scenario file (issue 14 item 1). */
class ExportTargetTest {

    private static final String NAME = LibraryCommandTest.HEDGED_NAME;

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void saveOneVersion() {
        db = dir.resolve("lib.db");
        assertThat(CliRun.of("library", "save", LibraryCommandTest.HEDGED, "--db", db.toString()).exitCode()).isZero();
    }

    private CliRun export(Path out, String... extra) {
        String[] args = {"library", "export", NAME, "--db", db.toString(), "--out", out.toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return CliRun.of(all);
    }

    private static void assertRefused(CliRun run, Path out, String reason) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("error: " + out + ": " + reason);
    }

    @Test
    void exportOntoTheOpenLibraryIsRefusedAndTheLibraryKeepsEveryVersion() throws IOException {
        String before = TestFiles.sha256(db);

        assertRefused(export(db), db, "is the library being exported from: refusing to overwrite it");
        assertRefused(export(db, "--force"), db, "is the library being exported from: refusing to overwrite it");

        assertThat(TestFiles.sha256(db)).isEqualTo(before);
        assertThat(CliRun.of("library", "versions", NAME, "--db", db.toString()).out()).contains("        1  ");
    }

    @Test
    void exportOntoAnotherLibraryOrAWriteAheadLogIsRefusedEvenWithForce() throws IOException {
        Path other = dir.resolve("other.db");
        assertThat(CliRun.of("library", "save", LibraryCommandTest.CONDOR_ONLY, "--db", other.toString()).exitCode()).isZero();
        String before = TestFiles.sha256(other);
        Path wal = dir.resolve("copy.db-wal");
        // A WAL file starts with the magic 0x377f0682 (sqlite.org/fileformat2.html#walformat).
        Files.write(wal, new byte[] {0x37, 0x7f, 0x06, (byte) 0x82, 0, 0, 0, 0});

        assertRefused(export(other, "--force"), other, "is an SQLite database (a scenario library?): refusing to overwrite it");
        assertRefused(export(wal, "--force"), wal, "is an SQLite database (a scenario library?): refusing to overwrite it");
        assertThat(TestFiles.sha256(other)).isEqualTo(before);
    }

    @Test
    void exportOntoAFifoIsRefusedAndTheFifoStays() throws Exception {
        Path fifo = TestFiles.fifo(dir.resolve("pipe.json"));

        assertRefused(export(fifo, "--force"), fifo, "is not a regular file (a device, FIFO or socket): refusing to replace it");

        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    }

    @Test
    void exportOntoADeviceNodeIsRefused() throws Exception {
        // Our own node of /dev/full (char 1:7), so a failure of this test cannot harm the machine's /dev/full.
        if (ChildJvm.runningAsRoot()) {
            Path full = dir.resolve("full");
            assertThat(new ProcessBuilder("mknod", full.toString(), "c", "1", "7").start().waitFor()).isZero();
            assertRefused(export(full, "--force"), full, "is not a regular file (a device, FIFO or socket): refusing to replace it");
            assertThat(Files.isRegularFile(full, LinkOption.NOFOLLOW_LINKS)).isFalse();
        }
        Path devNull = Path.of("/dev/null");
        assertRefused(export(devNull, "--force"), devNull, "is not a regular file (a device, FIFO or socket): refusing to replace it");
    }

    @Test
    void aFileThatIsNotJsonNeedsForce() throws IOException {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "my trading notes", StandardCharsets.UTF_8);

        assertRefused(export(notes), notes, "exists and is not a JSON file: refusing to overwrite it (add --force to replace it)");
        assertThat(Files.readString(notes)).isEqualTo("my trading notes");

        CliRun forced = export(notes, "--force");
        assertThat(forced.exitCode()).isZero();
        assertThat(ScenarioJson.read(notes).name()).isEqualTo(NAME);
    }

    @Test
    void anExistingJsonFileOrAnEmptyFileIsReplacedWithoutForce() throws IOException {
        Path json = dir.resolve("old.json");
        Files.writeString(json, "{\"anything\": 1}");
        Path empty = Files.createFile(dir.resolve("empty.json"));

        assertThat(export(json).exitCode()).isZero();
        assertThat(export(empty).exitCode()).isZero();

        assertThat(ScenarioJson.read(json).name()).isEqualTo(NAME);
        assertThat(ScenarioJson.read(empty).name()).isEqualTo(NAME);
    }
}
