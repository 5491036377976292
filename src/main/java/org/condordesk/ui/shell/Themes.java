package org.condordesk.ui.shell;

import java.io.IOException;

import org.condordesk.store.json.PreferencesFile;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** The two themes (AtlantaFX Primer light and dark) plus the workstation's own stylesheet; the choice is remembered. */
public final class Themes {

    /** Light or dark. */
    public enum Theme { LIGHT, DARK }

    public static final String STYLESHEET = "/org/condordesk/ui/condordesk.css";

    private Themes() {
    }

    /** The theme chosen last time (the data folder's preferences file), light by default. */
    public static Theme saved() {
        try {
            return Theme.valueOf(PreferencesFile.inDataFolder().read().theme().orElse(Theme.LIGHT.name()));
        } catch (IllegalArgumentException e) {
            return Theme.LIGHT;
        }
    }

    /** Remembers the choice; a failure to write only means the next start uses the default. */
    public static void save(Theme theme) throws IOException {
        PreferencesFile.inDataFolder().update(p -> p.withTheme(theme.name()));
    }

    /** Sets the user-agent stylesheet and marks the scene's root {@code .theme-dark} / {@code .theme-light}. */
    public static void apply(Theme theme, Scene scene) {
        Application.setUserAgentStylesheet(theme == Theme.DARK
                ? new PrimerDark().getUserAgentStylesheetBSS() : new PrimerLight().getUserAgentStylesheetBSS());
        if (scene != null) {
            String stylesheet = Themes.class.getResource(STYLESHEET).toExternalForm();
            if (!scene.getStylesheets().contains(stylesheet)) {
                scene.getStylesheets().add(stylesheet);
            }
            scene.getRoot().getStyleClass().removeAll("theme-dark", "theme-light");
            scene.getRoot().getStyleClass().add(theme == Theme.DARK ? "theme-dark" : "theme-light");
        }
    }
}
