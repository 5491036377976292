package org.condordesk.store.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.condordesk.testsupport.ChildJvm;
import org.condordesk.testsupport.FillDiskMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk says so (issue 14 item 8): a child JVM saves to a library on its own 256 KB tmpfs until the disk is
 * full. Before, the message was SQLite's "cannot commit - no transaction is active" from the rollback that
 * followed; now it is the first error, as docs/library.md promises, and every save that succeeded is still there.
 */
class DiskFullTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskIsReportedAsSuchAndLosesNoCommittedVersion() throws Exception {
        Path disk = Files.createDirectory(dir.resolve("disk"));
        Path library = disk.resolve("lib.db");

        ChildJvm.Result run = ChildJvm.of(FillDiskMain.class, library.toString()).withTmpfs(disk, 256 * 1024).run();

        List<String> lines = run.out().lines().toList();
        assertThat(run.err()).isEmpty();
        assertThat(lines).hasSize(4);
        int saved = Integer.parseInt(lines.get(0).substring("saved ".length()));
        assertThat(saved).as("saves before the disk filled").isPositive();
        assertThat(lines.get(1)).isEqualTo("failure the disk holding " + library + " is full");
        assertThat(lines.get(2)).isEqualTo("integrity ok");
        assertThat(lines.get(3)).isEqualTo("versions " + saved);
    }
}
