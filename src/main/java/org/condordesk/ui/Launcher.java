package org.condordesk.ui;

import javafx.application.Application;

/** Starts the JavaFX workstation; a plain class so that a shaded jar can call it (see Main). */
public final class Launcher {

    private Launcher() {
    }

    public static void launch(String... args) {
        Application.launch(CondorDeskApp.class, args);
    }
}
