package org.condordesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The workstation's command line: an optional scenario file, plus hidden options for reproducible
 * screenshots ({@code --screenshot PATH}, {@code --theme light|dark}).
 */
public record LaunchOptions(Optional<Path> file, Optional<Path> screenshot, Optional<Themes.Theme> theme) {

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
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--screenshot") && i + 1 < args.size()) {
                screenshot = Optional.of(Path.of(args.get(++i)));
            } else if (arg.equals("--theme") && i + 1 < args.size()) {
                theme = Optional.of(Themes.Theme.valueOf(args.get(++i).toUpperCase(Locale.ROOT)));
            } else if (arg.toLowerCase(Locale.ROOT).endsWith(".json") && file.isEmpty() && !arg.startsWith("-")) {
                file = Optional.of(Path.of(arg));
            } else {
                throw new IllegalArgumentException("not a workstation argument: " + arg);
            }
        }
        return new LaunchOptions(file, screenshot, theme);
    }
}
