package org.condordesk.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where CondorDesk keeps its data (the library, recovery files): {@code $XDG_DATA_HOME/condordesk} or
 * {@code ~/.local/share/condordesk} on Linux, {@code %APPDATA%\CondorDesk} on Windows,
 * {@code ~/Library/Application Support/CondorDesk} on macOS; {@code CONDORDESK_DATA} overrides all.
 */
public final class DataFolders {

    public static final String OVERRIDE_VARIABLE = "CONDORDESK_DATA";
    public static final String LIBRARY_FILE_NAME = "library.db";

    private DataFolders() {
    }

    /** The data folder of this user on this machine (not created). */
    public static Path dataFolder() {
        return dataFolder(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** The default library database file. */
    public static Path libraryFile() {
        return dataFolder().resolve(LIBRARY_FILE_NAME);
    }

    /** The rule itself, a pure function of the OS name, the environment and the home folder. */
    static Path dataFolder(String osName, Map<String, String> environment, Path home) {
        String override = environment.get(OVERRIDE_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            return (appData == null || appData.isBlank() ? home.resolve("AppData").resolve("Roaming") : Path.of(appData))
                    .resolve("CondorDesk");
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("CondorDesk");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("condordesk");
    }
}
