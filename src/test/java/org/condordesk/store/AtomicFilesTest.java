package org.condordesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.stream.Stream;

import org.condordesk.Fixtures;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.testsupport.ChildJvm;
import org.condordesk.testsupport.SaveScenarioMain;
import org.condordesk.testsupport.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving keeps what the user set on the file: permissions, symbolic links, hard links, owner (issue 14 item 3). */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aPrivateScenarioStaysPrivateAfterSave() throws IOException {
        Path file = dir.resolve("private.json");
        Files.writeString(file, "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        Path shared = dir.resolve("shared.json");
        Files.writeString(shared, "{}");
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rw-rw-r--"));

        ScenarioJson.save(Fixtures.hedged(), file);
        ScenarioJson.save(Fixtures.hedged(), shared);

        assertThat(permissions(file)).isEqualTo("rw-------");
        assertThat(permissions(shared)).isEqualTo("rw-rw-r--");
        assertThat(ScenarioJson.read(file)).isEqualTo(Fixtures.hedged());
    }

    @Test
    void aSymbolicLinkIsWrittenThroughAndStaysALink() throws IOException {
        Path real = Files.createDirectory(dir.resolve("real")).resolve("scenario.json");
        Files.writeString(real, "{\"old\": true}");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), Path.of("real", "scenario.json"));

        ScenarioJson.save(Fixtures.hedged(), link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("real", "scenario.json"));
        assertThat(ScenarioJson.read(real)).isEqualTo(Fixtures.hedged());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("real", "link.json");
        }
    }

    @Test
    void aDanglingLinkCreatesItsTarget() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), dir.resolve("later.json"));

        AtomicFiles.write(link, text("new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(dir.resolve("later.json"))).isEqualTo("new");
    }

    @Test
    void hardLinksKeepSharingTheNewContent() throws IOException {
        Path first = dir.resolve("first.json");
        Files.writeString(first, "old");
        Path second = Files.createLink(dir.resolve("second.json"), first);

        AtomicFiles.write(first, text("new"));

        assertThat(Files.readString(second)).isEqualTo("new");
        assertThat(Files.isSameFile(first, second)).isTrue();
        assertThat(Files.getAttribute(first, "unix:nlink")).isEqualTo(2);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no backup left behind").hasSize(2);
        }
    }

    @Test
    void anythingButARegularFileIsNeverReplaced() throws Exception {
        Path fifo = TestFiles.fifo(dir.resolve("pipe.json"));

        assertThatThrownBy(() -> AtomicFiles.write(fifo, text("x"))).isInstanceOf(FileSystemException.class)
                .hasMessageContaining("not a regular file");
        assertThatThrownBy(() -> AtomicFiles.write(dir, text("x"))).hasMessageContaining("is a folder");
        assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.exists(fifo, LinkOption.NOFOLLOW_LINKS)).isTrue();
    }

    @Test
    void rootSavingAnotherUsersFileKeepsItsOwnerAndGroup() throws IOException {
        assumeTrue(ChildJvm.runningAsRoot(), "only root can hand a file to another user");
        Path file = dir.resolve("theirs.json");
        Files.writeString(file, "{}");
        UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal nobody = users.lookupPrincipalByName(Integer.toString(ChildJvm.UNPRIVILEGED_ID));
        GroupPrincipal nogroup = users.lookupPrincipalByGroupName(Integer.toString(ChildJvm.UNPRIVILEGED_ID));
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        view.setOwner(nobody);
        view.setGroup(nogroup);

        ScenarioJson.save(Fixtures.hedged(), file);

        assertThat(view.readAttributes().owner()).isEqualTo(nobody);
        assertThat(view.readAttributes().group()).isEqualTo(nogroup);
    }

    @Test
    void anUnprivilegedUserSavingAGroupWritableFileOfAnotherOwnerKeepsTheOwner() throws IOException {
        // Set-up needs root (a file owned by root in a group the child belongs to); the save runs as uid 65534.
        assumeTrue(ChildJvm.runningAsRoot(), "setting up a file of another owner needs root");
        Path folder = ChildJvm.sharedFolder(dir, "shared");
        Path file = folder.resolve("team.json");
        Files.writeString(file, "{}");
        UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
        Files.getFileAttributeView(file, PosixFileAttributeView.class)
                .setGroup(users.lookupPrincipalByGroupName(Integer.toString(ChildJvm.UNPRIVILEGED_ID)));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
        UserPrincipal owner = Files.getOwner(file);

        ChildJvm.Result run = ChildJvm.of(SaveScenarioMain.class, file.toString(), "saved by nobody").unprivileged().run();

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(Files.getOwner(file)).as("owner kept: rewritten in place, not replaced").isEqualTo(owner);
        assertThat(permissions(file)).isEqualTo("rw-rw-r--");
        assertThat(ScenarioJson.read(file).notes()).isEqualTo("saved by nobody");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).as("no backup or temp file left behind").containsExactly(file);
        }
    }

    @Test
    void privateWritesLeaveOwnerOnlyFiles() throws IOException {
        Path file = dir.resolve("autosave.json");
        Path earlier = dir.resolve("session.lock");
        Files.writeString(earlier, "{}");
        Files.setPosixFilePermissions(earlier, PosixFilePermissions.fromString("rw-r--r--"));

        AtomicFiles.writePrivate(file, text("{}"));
        AtomicFiles.writePrivate(earlier, text("{\"pid\": 1}"));

        assertThat(permissions(file)).isEqualTo("rw-------");
        assertThat(permissions(earlier)).as("written 0644 by an earlier build").isEqualTo("rw-------");
    }
}
