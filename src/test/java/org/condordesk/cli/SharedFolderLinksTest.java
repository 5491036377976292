package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.condordesk.store.json.ScenarioJson;
import org.condordesk.testsupport.ChildJvm;
import org.condordesk.testsupport.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26 §1: in a world-writable sticky folder, a link planted by another user (a real one: uid 65534 through
 * setpriv, as the permission tests do) is never written through, whether it points at a file of the user running
 * the app or at nothing; the user's own links are still followed. The reference rule is the kernel's
 * {@code fs.protected_symlinks} (kernel.org Documentation/admin-guide/sysctl/fs.rst). Setting up a second user's
 * link needs root (CI runs as root); as another user the test is skipped.
 */
class SharedFolderLinksTest {

    private static final String VICTIM_TEXT = "{\"victim\": true}\n";

    @TempDir
    Path dir;
    Path shared;
    Path victim;
    Path db;

    @BeforeEach
    void plantLinksAsAnotherUser() throws IOException, InterruptedException {
        assumeTrue(ChildJvm.runningAsRoot(), "planting another user's link needs root");
        db = dir.resolve("lib.db");
        assertThat(CliRun.of("library", "save", LibraryCommandTest.HEDGED, "--db", db.toString()).exitCode()).isZero();
        victim = dir.resolve("victim.json");
        Files.writeString(victim, VICTIM_TEXT);
        shared = dir.resolve("shared");
        Files.createDirectory(shared);
        run("chmod", "1777", shared.toString()); // drwxrwxrwt, as /tmp (Java cannot set the sticky bit)
        ChildJvm.openPath(dir);
        asNobody("ln", "-s", victim.toString(), shared.resolve("out.json").toString());
        asNobody("ln", "-s", dir.resolve("created-by-link.json").toString(), shared.resolve("dangling.json").toString());
        asNobody("ln", "-s", victim.toString(), shared.resolve("trades.csv").toString());
        assertThat(Files.getOwner(shared.resolve("out.json"), LinkOption.NOFOLLOW_LINKS).getName()).isNotEqualTo("root");
    }

    @Test
    void libraryExportNeverWritesThroughAnotherUsersLink() throws IOException {
        String before = TestFiles.sha256(victim);

        for (String link : List.of("out.json", "dangling.json")) {
            Path out = shared.resolve(link);
            for (boolean force : new boolean[] {false, true}) {
                CliRun run = force ? CliRun.of("library", "export", LibraryCommandTest.HEDGED_NAME, "--db", db.toString(),
                        "--out", out.toString(), "--force")
                        : CliRun.of("library", "export", LibraryCommandTest.HEDGED_NAME, "--db", db.toString(), "--out", out.toString());
                assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
                assertThat(run.errLines()).hasSize(1);
                assertThat(run.err()).startsWith("error: " + out + ": is reached through a symbolic link")
                        .contains("owned by another user");
            }
        }

        assertThat(TestFiles.sha256(victim)).isEqualTo(before);
        assertThat(dir.resolve("created-by-link.json")).doesNotExist();
        assertThat(Files.isSymbolicLink(shared.resolve("out.json"))).as("the planted link is left alone").isTrue();
    }

    @Test
    void tradeAndBacktestOutputsRefuseTheLinkToo() throws IOException {
        String before = TestFiles.sha256(victim);

        CliRun markLive = CliRun.of("mark-live", LibraryCommandTest.HEDGED, "--out", shared.resolve("out.json").toString(),
                "--force");
        CliRun backtest = CliRun.of("backtest", "--config", "samples/backtest-default.json", "--from", "2021-01-01",
                "--to", "2021-02-28", "--trades-csv", shared.resolve("trades.csv").toString(), "--force");

        assertThat(markLive.exitCode()).as(markLive.err()).isEqualTo(2);
        assertThat(markLive.err()).contains("owned by another user");
        assertThat(backtest.exitCode()).as(backtest.err()).isEqualTo(2);
        assertThat(backtest.errLines()).singleElement().asString().startsWith("error: --trades-csv: ")
                .contains("owned by another user");
        assertThat(TestFiles.sha256(victim)).isEqualTo(before);
    }

    @Test
    void theUsersOwnLinkInTheSharedFolderIsFollowed() throws IOException {
        Path own = Files.createSymbolicLink(shared.resolve("mine.json"), dir.resolve("mine-target.json"));

        CliRun run = CliRun.of("library", "export", LibraryCommandTest.HEDGED_NAME, "--db", db.toString(), "--out", own.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(own)).isTrue();
        assertThat(ScenarioJson.read(dir.resolve("mine-target.json")).name()).isEqualTo(LibraryCommandTest.HEDGED_NAME);
    }

    @Test
    void aFileOfAnotherUserInTheSharedFolderIsNotReplaced() throws IOException, InterruptedException {
        // protected_regular: replacing it would hand root's export to its owner (the owner is copied over).
        Path planted = shared.resolve("planted.json");
        asNobody("sh", "-c", "printf '{}' > " + planted);

        CliRun run = CliRun.of("library", "export", LibraryCommandTest.HEDGED_NAME, "--db", db.toString(), "--out",
                planted.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err()).contains("belongs to another user").contains("in a shared folder");
        assertThat(Files.readString(planted)).isEqualTo("{}");
    }

    private static void asNobody(String... command) throws IOException, InterruptedException {
        List<String> full = new java.util.ArrayList<>(List.of("setpriv", "--reuid=" + ChildJvm.UNPRIVILEGED_ID,
                "--regid=" + ChildJvm.UNPRIVILEGED_ID, "--clear-groups", "--"));
        full.addAll(List.of(command));
        run(full.toArray(String[]::new));
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
    }
}
