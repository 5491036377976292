package org.condordesk.ui.library;

import org.condordesk.ui.shell.FileActions;
import org.condordesk.ui.shell.Themes;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import javafx.scene.control.Alert;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Stage;

import org.condordesk.model.Scenario;
import org.condordesk.store.library.ScenarioLibrary;
import org.condordesk.ui.library.LibraryBrowserModel.VersionRef;
import org.condordesk.ui.vm.ScenarioViewModel;

/**
 * The scenario library joined to the workstation: Save to Library (a note, then a new version with its
 * summary, computed off the FX thread), the library browser window, and opening a version into the
 * workstation through the same unsaved-changes prompt as File › Open.
 */
public final class LibraryActions {

    private final ScenarioViewModel vm;
    private final FileActions files;
    private final Stage owner;
    private final LibraryBrowserModel model;
    private LibraryBrowser browser;
    private Themes.Theme theme;

    public LibraryActions(ScenarioViewModel vm, FileActions files, Stage owner, LibraryAccess access, Themes.Theme theme) {
        this.vm = vm;
        this.files = files;
        this.owner = owner;
        this.model = new LibraryBrowserModel(access);
        this.theme = theme;
    }

    public LibraryBrowserModel model() {
        return model;
    }

    /** Asks for an optional note, then saves the current scenario as its next version. */
    public void saveToLibrary() {
        Scenario scenario = vm.scenario();
        TextInputDialog dialog = new TextInputDialog("");
        dialog.initOwner(owner);
        dialog.setTitle("Save to Library");
        dialog.setHeaderText("Save '" + scenario.name() + "' as a new version in\n" + model.access().file());
        dialog.setContentText("Note:");
        dialog.getEditor().setPromptText("optional: what changed (\"hedge resized\", \"rolled the condor\")");
        ((javafx.scene.control.Button) dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK)).setText("Save");
        dialog.getDialogPane().setPrefWidth(600);
        dialog.getEditor().setId("libraryNote");
        dialog.getDialogPane().getStyleClass().add("dialog-form");
        Optional<String> note = dialog.showAndWait();
        note.ifPresent(text -> saveToLibrary(scenario, text.strip()));
    }

    /** Saves {@code scenario} with {@code note}; the status line says which version it became, or why not. */
    public CompletableFuture<Void> saveToLibrary(Scenario scenario, String note) {
        if (note.length() > ScenarioLibrary.MAX_NOTE_CHARS) {
            vm.refuseInput("The note is " + note.length() + " characters; the library keeps at most " + ScenarioLibrary.MAX_NOTE_CHARS);
            return CompletableFuture.completedFuture(null);
        }
        vm.inform("Saving '" + scenario.name() + "' to the library…");
        return model.save(scenario, note, saved -> vm.markSavedToLibrary(scenario, saved.version()), reason -> {
            vm.reportFailure("Cannot save to the library: " + reason);
            Alert alert = new Alert(Alert.AlertType.ERROR, reason + "\n\nThe scenario is still open: nothing was lost.");
            alert.initOwner(owner);
            alert.setHeaderText("Cannot save '" + scenario.name() + "' to the library");
            alert.show();
        });
    }

    /** The library browser window, built on first use. */
    public LibraryBrowser browser() {
        if (browser == null) {
            browser = new LibraryBrowser(owner, model, this::open);
            applyTheme(theme);
        }
        return browser;
    }

    public void showBrowser() {
        browser().show();
    }

    /** Opens a version in the workstation, after the unsaved-changes prompt; the scenario is not tied to a file. */
    public void open(VersionRef ref) {
        if (!files.confirmDiscard(browser().stage())) {
            return;
        }
        model.load(ref, loaded -> {
            vm.loadFromLibrary(loaded.scenario(), loaded.version());
            model.inform("Opened '" + loaded.name() + "' version " + loaded.version() + " in the workstation");
        });
    }

    public void applyTheme(Themes.Theme value) {
        theme = value;
        if (browser != null) {
            Themes.apply(value, browser.stage().getScene());
            Themes.apply(value, browser.compareWindow().stage().getScene());
        }
    }
}
