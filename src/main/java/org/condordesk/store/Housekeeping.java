package org.condordesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What every start does to the data folder, the GUI's and every CLI command's alike (docs/library.md §privacy),
 * before anything else touches it:
 * <ul>
 * <li>tightens what the app owns: the folder and its folders {@code rwx------}, its files without any group or other
 * bit (an earlier build left a 0755 folder and a 0644 library.db); only files of this user are changed;</li>
 * <li>removes the app's own stray temp files ({@code .NAME.<hex>.tmp}, left by a kill during a save) once they are
 * older than a minute, so a save in progress in another CondorDesk is never touched;</li>
 * <li>points SQLite's native library at {@code native/} in the data folder instead of the system temp folder
 * (sqlite-jdbc's {@code org.sqlite.tmpdir}), and removes copies there over an hour old: the driver extracts a
 * fresh copy under a new name on every run and a killed run never removes its own.</li>
 * </ul>
 * Nothing here may stop a start: a failure leaves the file as it was.
 */
public final class Housekeeping {

    /** sqlite-jdbc's system property for where it extracts its native library (github.com/xerial/sqlite-jdbc #185). */
    public static final String SQLITE_TMPDIR = "org.sqlite.tmpdir";
    /** AtomicFiles' temp names: {@code .<file name>.<up to 16 hex digits>.tmp}. */
    static final Pattern STRAY_TEMP = Pattern.compile("^\\..+\\.[0-9a-f]{1,16}\\.tmp$");
    private static final Pattern SQLITE_NATIVE = Pattern.compile("^sqlite-.+-(lib)?sqlitejdbc\\.[A-Za-z]+(\\.lck)?$");
    static final Duration TEMP_AGE = Duration.ofMinutes(1);
    static final Duration NATIVE_AGE = Duration.ofHours(1);
    private static final int DEPTH = 4;
    private static final Set<PosixFilePermission> OTHERS = EnumSet.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    private Housekeeping() {
    }

    /**
     * The start-up pass over {@link DataFolders#dataFolder()} when it exists (a command that needs no data folder
     * does not create one). SQLite's folder is set by the first library connection ({@link #configureSqliteNative}).
     */
    public static void atStart() {
        Path data = DataFolders.dataFolder();
        if (Files.isDirectory(data, LinkOption.NOFOLLOW_LINKS)) {
            tidy(data, Instant.now());
        }
    }

    /**
     * Sets {@link #SQLITE_TMPDIR} to {@code native/} in the data folder (created private) unless the user set it;
     * idempotent, and called before every library connection too, so the API and the tests use it as well.
     */
    public static synchronized void configureSqliteNative() {
        if (System.getProperty(SQLITE_TMPDIR) != null) {
            return;
        }
        try {
            Path folder = DataFolders.createPrivate(DataFolders.dataFolder().resolve("native"));
            System.setProperty(SQLITE_TMPDIR, folder.toString());
        } catch (IOException | RuntimeException e) {
            // The driver keeps the system temp folder: the library still works.
        }
    }

    /** Tightens, then removes stray temp files and old native copies under {@code data}, as of {@code now}. */
    static void tidy(Path data, Instant now) {
        UserPrincipal me;
        try {
            me = SharedFolders.currentUser(data);
        } catch (IOException | RuntimeException e) {
            return;
        }
        boolean posix = data.getFileSystem().supportedFileAttributeViews().contains("posix");
        List<Path> entries;
        try (Stream<Path> walk = Files.walk(data, DEPTH)) {
            entries = walk.toList();
        } catch (IOException | RuntimeException e) {
            return;
        }
        for (Path path : entries) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (attributes.isSymbolicLink() || !me.equals(Files.getOwner(path, LinkOption.NOFOLLOW_LINKS))) {
                    continue; // never follow a link out of the folder, never change another user's file
                }
                if (removable(path, attributes, now)) {
                    Files.deleteIfExists(path);
                } else if (posix) {
                    tighten(path, attributes.isDirectory());
                }
            } catch (IOException | RuntimeException e) {
                // Left as it was: the next start tries again.
            }
        }
    }

    private static boolean removable(Path path, BasicFileAttributes attributes, Instant now) {
        if (!attributes.isRegularFile()) {
            return false;
        }
        String name = path.getFileName().toString();
        Instant modified = attributes.lastModifiedTime().toInstant();
        boolean nativeCopy = SQLITE_NATIVE.matcher(name).matches() && path.getParent().getFileName() != null
                && path.getParent().getFileName().toString().equals("native");
        return STRAY_TEMP.matcher(name).matches() && modified.isBefore(now.minus(TEMP_AGE))
                || nativeCopy && modified.isBefore(now.minus(NATIVE_AGE));
    }

    private static void tighten(Path path, boolean folder) throws IOException {
        Set<PosixFilePermission> current = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        Set<PosixFilePermission> wanted = EnumSet.noneOf(PosixFilePermission.class);
        wanted.addAll(folder ? DataFolders.PRIVATE_FOLDER : current);
        wanted.removeAll(OTHERS);
        if (!wanted.equals(current)) {
            Files.setPosixFilePermissions(path, wanted);
        }
    }
}
