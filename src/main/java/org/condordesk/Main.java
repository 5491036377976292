package org.condordesk;

import org.condordesk.cli.CondorDeskCommand;
import org.condordesk.store.Housekeeping;
import org.condordesk.ui.Launcher;
import org.condordesk.ui.shell.LaunchOptions;

/**
 * Entry point of the jar: no arguments (or only a scenario file) starts the workstation, a subcommand
 * runs headless. This class must not extend {@code Application}: a shaded jar whose main class does fails
 * with "JavaFX runtime components are missing".
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // Every start, the CLI's included: tighten the data folder, clear stray temp files, keep SQLite's native
        // library out of the system temp folder (issue 26 §7).
        Housekeeping.atStart();
        if (LaunchOptions.isGui(args)) {
            Launcher.launch(args);
            return;
        }
        System.exit(CondorDeskCommand.execute(args));
    }
}
