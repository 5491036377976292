package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.condordesk.Main;
import org.condordesk.store.DataFolders;
import org.condordesk.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26 §7: a trade command whose output does not fit on the disk says the disk is full and names the file (it
 * used to print only "No space left on device"). A real full disk: a 4 KB tmpfs of the
 * child's own (ChildJvm.withTmpfs), the marked-live sample being about 8 KB.
 */
class DiskFullMessagesTest {

    @TempDir
    Path dir;

    @Test
    void markLiveOnAFullDiskNamesTheFile() throws IOException {
        Path disk = Files.createDirectory(dir.resolve("disk"));
        Path out = disk.resolve("live.json");

        ChildJvm.Result run = ChildJvm.of(Main.class, "mark-live", LibraryCommandTest.HEDGED, "--date", "2026-11-24",
                "--out", out.toString()).env(DataFolders.OVERRIDE_VARIABLE, dir.resolve("data").toString())
                .withTmpfs(disk, 4096).run();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().strip()).isEqualTo("error: " + out + ": the disk is full (No space left on device)");
    }
}
