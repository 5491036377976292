package org.condordesk.ui;

import javafx.application.Application;

/** Starts the JavaFX workstation; a plain class so that a shaded jar can call it (see Main). */
public final class Launcher {

    private Launcher() {
    }

    public static void launch(String... args) {
        // Read the scenario and warm the engine while the toolkit starts (about half a second saved).
        StartupPreload.start(LaunchOptions.parse(java.util.List.of(args)).file());
        Application.launch(CondorDeskApp.class, args);
    }
}
