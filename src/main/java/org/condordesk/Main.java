package org.condordesk;

import org.condordesk.cli.CondorDeskCommand;

/**
 * Entry point of the jar: no arguments (or only a scenario file) starts the workstation, a subcommand
 * runs headless. This class must not extend {@code Application}: a shaded jar whose main class does fails
 * with "JavaFX runtime components are missing".
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || (args.length == 1 && args[0].endsWith(".json"))) {
            System.err.println("error: the workstation window is not built yet; run 'condordesk help' for the commands");
            System.exit(1);
        }
        System.exit(CondorDeskCommand.execute(args));
    }
}
