package org.condordesk.ui;

import javafx.application.Application;

import org.condordesk.ui.shell.LaunchOptions;

/** Starts the JavaFX workstation; a plain class so that a shaded jar can call it (see Main). */
public final class Launcher {

    private Launcher() {
    }

    public static void launch(String... args) {
        // JavaFX warns that it was loaded from the class path ("unnamed module"): that is how a single
        // runnable jar works, and the line would only alarm a user at the terminal.
        java.util.logging.Logger.getLogger("javafx").setLevel(java.util.logging.Level.SEVERE);
        // Read the scenario and warm the engine while the toolkit starts (about half a second saved).
        StartupPreload.start(CondorDeskApp.fileToOpen(LaunchOptions.parse(java.util.List.of(args))));
        Application.launch(CondorDeskApp.class, args);
    }
}
