package org.condordesk.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where CondorDesk keeps its data (the library, recovery files, preferences): {@code $XDG_DATA_HOME/condordesk},
 * else {@code $HOME/.local/share/condordesk} on Linux and other Unix systems, {@code %APPDATA%\CondorDesk} on
 * Windows, {@code $HOME/Library/Application Support/CondorDesk} on macOS. The system property
 * {@code condordesk.data}, then the variable {@code CONDORDESK_DATA}, override all (a test redirects everything
 * with either). The folder is private: created {@code rwx------}, and tightened to that if found looser.
 */
public final class DataFolders {

    public static final String OVERRIDE_PROPERTY = "condordesk.data";
    public static final String OVERRIDE_VARIABLE = "CONDORDESK_DATA";
    public static final String LIBRARY_FILE_NAME = "library.db";
    /** rwx------ : the data folder holds positions. */
    public static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");

    private DataFolders() {
    }

    /** The data folder of this user on this machine (not created). */
    public static Path dataFolder() {
        Map<String, String> environment = new java.util.HashMap<>(System.getenv());
        String property = System.getProperty(OVERRIDE_PROPERTY);
        if (property != null && !property.isBlank()) {
            environment.put(OVERRIDE_VARIABLE, property);
        }
        return dataFolder(System.getProperty("os.name", ""), environment, Path.of(System.getProperty("user.home")));
    }

    /** The default library database file. */
    public static Path libraryFile() {
        return dataFolder().resolve(LIBRARY_FILE_NAME);
    }

    /**
     * The rule itself, a pure function of the OS name, the environment and the home folder Java reports. On
     * Unix, Java takes {@code user.home} from the password database, not from {@code $HOME}: the variable wins,
     * so a user (or a test) who sets HOME gets that folder, as every XDG application does.
     */
    static Path dataFolder(String osName, Map<String, String> environment, Path javaHome) {
        String override = environment.get(OVERRIDE_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            return (appData == null || appData.isBlank() ? javaHome.resolve("AppData").resolve("Roaming") : Path.of(appData))
                    .resolve("CondorDesk");
        }
        Path home = absolute(environment.get("HOME"));
        if (home == null) {
            home = javaHome;
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("CondorDesk");
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path xdg = absolute(environment.get("XDG_DATA_HOME"));
        return (xdg != null ? xdg : home.resolve(".local").resolve("share")).resolve("condordesk");
    }

    private static Path absolute(String path) {
        return path != null && !path.isBlank() && Path.of(path).isAbsolute() ? Path.of(path) : null;
    }

    /**
     * Creates {@code folder} and its missing parents {@code rwx------}; the data folder and the folders in it on
     * the way to {@code folder}, when owned by this user, are tightened to {@code rwx------}. Other existing folders
     * are left as they are.
     */
    public static Path createPrivate(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        boolean posix = absolute.getFileSystem().supportedFileAttributeViews().contains("posix");
        for (Path p : missing) {
            try {
                if (posix) {
                    Files.createDirectory(p, PosixFilePermissions.asFileAttribute(PRIVATE_FOLDER));
                    Files.setPosixFilePermissions(p, PRIVATE_FOLDER); // the umask may have taken bits away: set exactly
                } else {
                    Files.createDirectory(p);
                }
            } catch (FileAlreadyExistsException e) {
                // Created by another CondorDesk at the same moment: fine.
            }
        }
        Path data = dataFolder().toAbsolutePath().normalize();
        if (posix && absolute.startsWith(data)) {
            for (Path p = absolute; p != null && p.startsWith(data); p = p.getParent()) {
                tighten(p);
            }
        }
        return absolute;
    }

    /** Folders of an earlier build were created 0755; only this user's own folder is changed. */
    private static void tighten(Path folder) throws IOException {
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                && !Files.getPosixFilePermissions(folder).equals(PRIVATE_FOLDER)
                && Files.getOwner(folder).equals(folder.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName(System.getProperty("user.name")))) {
            Files.setPosixFilePermissions(folder, PRIVATE_FOLDER);
        }
    }
}
