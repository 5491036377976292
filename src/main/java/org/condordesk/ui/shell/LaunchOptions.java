package org.condordesk.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.condordesk.store.DataFolders;

/**
 * The workstation's command line: an optional scenario file and {@code --db PATH} (the scenario library to
 * use), plus hidden options for reproducible screenshots ({@code --screenshot PATH}, {@code --theme light|dark},
 * {@code --show library|compare|signals|stress|stress_live} (stress_live: the sample marked live first): open the library browser, or it and the comparison of the first
 * scenario's first two versions, the Signals window, or the Stress tab).
 */
public record LaunchOptions(Optional<Path> file, Optional<Path> screenshot, Optional<Themes.Theme> theme,
                            Optional<Path> db, Optional<Show> show) {

    /** A window to open at start-up, for screenshots of the library. */
    public enum Show { LIBRARY, COMPARE, SIGNALS, STRESS, STRESS_LIVE }

    /** True when {@code args} ask for the window rather than a CLI command. */
    public static boolean isGui(String... args) {
        try {
            parse(List.of(args));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Parses the arguments; anything else (a CLI subcommand) is an IllegalArgumentException. */
    public static LaunchOptions parse(List<String> args) {
        Optional<Path> file = Optional.empty();
        Optional<Path> screenshot = Optional.empty();
        Optional<Themes.Theme> theme = Optional.empty();
        Optional<Path> db = Optional.empty();
        Optional<Show> show = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            boolean hasValue = i + 1 < args.size();
            if (arg.equals("--screenshot") && hasValue) {
                screenshot = Optional.of(Path.of(args.get(++i)));
            } else if (arg.equals("--theme") && hasValue) {
                theme = Optional.of(Themes.Theme.valueOf(args.get(++i).toUpperCase(Locale.ROOT)));
            } else if (arg.equals("--show") && hasValue) {
                show = Optional.of(Show.valueOf(args.get(++i).toUpperCase(Locale.ROOT)));
            } else if (arg.equals("--db") && hasValue && db.isEmpty()) {
                db = Optional.of(dbPath(args.get(++i)));
            } else if (arg.startsWith("--db=") && db.isEmpty()) {
                db = Optional.of(dbPath(arg.substring("--db=".length())));
            } else if (arg.toLowerCase(Locale.ROOT).endsWith(".json") && file.isEmpty() && !arg.startsWith("-")) {
                file = Optional.of(Path.of(arg));
            } else {
                throw new IllegalArgumentException("not a workstation argument: " + arg);
            }
        }
        return new LaunchOptions(file, screenshot, theme, db, show);
    }

    /** The library database the window uses: {@code --db}, else the data folder's {@code library.db}. */
    public Path libraryFile() {
        return db.orElseGet(DataFolders::libraryFile);
    }

    private static Path dbPath(String text) {
        if (text.isBlank() || text.startsWith("-")) {
            throw new IllegalArgumentException("--db needs a file name, got '" + text + "'");
        }
        return Path.of(text);
    }
}
