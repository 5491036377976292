package org.condordesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs a main class in a child JVM, as {@code CrashTest} does, for what one test JVM cannot do to itself:
 * run as an unprivileged user (permission denials are real only for non-root, and CI runs as root), or see a
 * small file system of its own (a full disk). As root the child drops to uid/gid 65534 ({@code nobody}) with
 * {@code setpriv}; as another user it runs as that user. A private tmpfs is mounted in a private mount namespace
 * ({@code unshare}), so nothing is left mounted whatever happens to the test.
 */
public final class ChildJvm {

    /** uid and gid of {@code nobody} on Debian; any unprivileged id works. */
    public static final int UNPRIVILEGED_ID = 65534;
    private static final long TIMEOUT_SECONDS = 120;
    private static Path sharedClassPath;

    /** What the child printed and how it ended. */
    public record Result(int exitCode, String out, String err) {
        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    private final String mainClass;
    private final List<String> args;
    private boolean unprivileged;
    private Path tmpfs;
    private long tmpfsBytes;
    private final Map<String, String> environment = new LinkedHashMap<>();
    private final List<String> jvmOptions = new ArrayList<>();

    private ChildJvm(String mainClass, List<String> args) {
        this.mainClass = mainClass;
        this.args = args;
    }

    public static ChildJvm of(Class<?> mainClass, String... args) {
        return new ChildJvm(mainClass.getName(), List.of(args));
    }

    /** True when this test JVM runs as root (uid 0), for which file permissions are not enforced. */
    public static boolean runningAsRoot() {
        try {
            return ((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).intValue() == 0;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Runs the child as an unprivileged user: uid/gid 65534 when this JVM is root, else this JVM's own user. */
    public ChildJvm unprivileged() {
        this.unprivileged = true;
        return this;
    }

    /** Mounts a fresh tmpfs of {@code bytes} at {@code mountPoint} (an existing, empty folder) for the child only. */
    public ChildJvm withTmpfs(Path mountPoint, long bytes) {
        this.tmpfs = mountPoint;
        this.tmpfsBytes = bytes;
        return this;
    }

    /** Sets a variable of the child's environment; {@code null} removes it. */
    public ChildJvm env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public ChildJvm jvmOption(String option) {
        jvmOptions.add(option);
        return this;
    }

    public Result run() {
        List<String> command = new ArrayList<>();
        boolean dropPrivileges = unprivileged && runningAsRoot();
        if (tmpfs != null) {
            command.addAll(List.of("unshare", "--mount", "--propagation", "private"));
            if (!runningAsRoot()) {
                command.add(1, "--map-root-user");
                command.add(1, "--user");
            }
            command.addAll(List.of("sh", "-c", "mount -t tmpfs -o size=" + tmpfsBytes + " tmpfs \"$0\" && exec \"$@\"",
                    tmpfs.toString()));
        }
        if (dropPrivileges) {
            command.addAll(List.of("setpriv", "--reuid=" + UNPRIVILEGED_ID, "--regid=" + UNPRIVILEGED_ID, "--clear-groups", "--"));
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", dropPrivileges ? sharedClassPath() : System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command);
        environment.forEach((name, value) -> {
            if (value == null) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        try {
            Path outFile = Files.createTempFile("child-out", ".txt");
            Path errFile = Files.createTempFile("child-err", ".txt");
            try {
                Process child = builder.redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
                if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    child.destroyForcibly();
                    throw new AssertionError("child JVM did not finish in " + TIMEOUT_SECONDS + " s: " + command);
                }
                return new Result(child.exitValue(), Files.readString(outFile, StandardCharsets.UTF_8),
                        Files.readString(errFile, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(outFile);
                Files.deleteIfExists(errFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    /**
     * The test class path copied where uid 65534 can read it: the build folder and the local Maven repository
     * usually sit under /root (mode 0700). JavaFX and test-framework jars are left out: children run no UI.
     */
    private static synchronized String sharedClassPath() {
        if (sharedClassPath == null) {
            try {
                Path folder = Files.createTempDirectory("condordesk-child-cp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(folder)));
                int index = 0;
                for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
                    Path source = Path.of(entry);
                    if (Files.exists(source) && !entry.contains("javafx") && !entry.contains("testfx") && !entry.contains("monocle")) {
                        copyReadable(source, folder.resolve(index++ + "-" + source.getFileName()));
                    }
                }
                sharedClassPath = folder;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (Stream<Path> entries = Files.list(sharedClassPath)) {
            return String.join(java.io.File.pathSeparator, entries.sorted().map(Path::toString).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyReadable(Path source, Path target) throws IOException {
        try (Stream<Path> tree = Files.walk(source)) {
            for (Path path : tree.toList()) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                    Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rwxr-xr-x"));
                } else {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                    Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
        }
    }

    /** A folder uid 65534 may write in: for the child's home, data folder and files. */
    public static Path sharedFolder(Path parent, String name) throws IOException {
        Path folder = Files.createDirectories(parent.resolve(name));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));
        openPath(parent);
        return folder;
    }

    /** Lets other users reach {@code folder} (JUnit's temp folders are 0700). */
    public static void openPath(Path folder) throws IOException {
        for (Path p = folder.toAbsolutePath(); p != null && p.startsWith(System.getProperty("java.io.tmpdir")); p = p.getParent()) {
            if (p.equals(Path.of(System.getProperty("java.io.tmpdir")))) {
                break;
            }
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> tree = Files.walk(folder)) {
            tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temp folder left behind is harmless
        }
    }
}
