package org.condordesk.ui.library;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import org.condordesk.store.library.LibraryEntry;
import org.condordesk.store.library.VersionInfo;
import org.condordesk.ui.library.LibraryBrowserModel.VersionRef;

/**
 * The library browser's command buttons (open, compare, pin, rename, delete, restore, purge, export) and what
 * they do; among deleted scenarios only Restore and Purge show.
 */
final class LibraryActionBar extends HBox {

    private final Stage stage;
    private final LibraryBrowserModel model;
    private final TableView<VersionInfo> versions;
    private final Consumer<VersionRef> open;
    private final CompareWindow compare;
    private final LibraryFileDialogs dialogs;

    LibraryActionBar(Stage stage, LibraryBrowserModel model, TableView<VersionInfo> versions, Consumer<VersionRef> open,
                     CompareWindow compare, LibraryFileDialogs dialogs) {
        this.stage = stage;
        this.model = model;
        this.versions = versions;
        this.open = open;
        this.compare = compare;
        this.dialogs = dialogs;
        build();
    }

    private void build() {
        BooleanBinding live = model.showDeletedProperty().not();
        BooleanBinding none = model.selectedProperty().isNull();
        BooleanBinding oneVersion = Bindings.size(versions.getSelectionModel().getSelectedItems()).isNotEqualTo(1);
        Button openLatest = LibraryBrowser.button("libOpen", "Open latest", "Open the latest version in the workstation (Enter)", this::openLatest);
        openLatest.disableProperty().bind(none.or(model.showDeletedProperty()));
        Button openVersion = LibraryBrowser.button("libOpenVersion", "Open version", "Open the selected version in the workstation "
                + "(Enter in the versions table, or double-click)", this::openSelectedVersion);
        openVersion.disableProperty().bind(oneVersion.or(model.showDeletedProperty()));
        Button compareButton = LibraryBrowser.button("libCompare", "Compare", "Compare two versions' greeks side by side: select two "
                + "versions, or pin one as A (any scenario) and select another", this::compareSelected);
        Button pin = LibraryBrowser.button("libPin", "Pin as A", "Keep the selected version (or the latest) as side A of the next "
                + "comparison, then pick B in any scenario", this::pinSelected);
        pin.disableProperty().bind(none.or(model.showDeletedProperty()));
        Button rename = LibraryBrowser.button("libRename", "Rename…", "Rename the scenario; its versions keep their history", this::rename);
        Button delete = LibraryBrowser.button("libDelete", "Delete", "Delete the scenario (Delete key); it can be restored from 'Show deleted'",
                this::deleteSelected);
        for (Button b : List.of(rename, delete)) {
            b.disableProperty().bind(none.or(LibraryBrowser.refusesChanges(model)));
        }
        Button restore = LibraryBrowser.button("libRestore", "Restore", "Bring the deleted scenario back with all its versions", this::restore);
        Button purge = LibraryBrowser.button("libPurge", "Purge…", "Remove the deleted scenario and all its versions for good", this::purge);
        for (Button b : List.of(restore, purge)) {
            b.disableProperty().bind(none.or(LibraryBrowser.refusesChanges(model)));
        }
        Button export = LibraryBrowser.button("libExport", "Export…", "Write the selected version (or the latest) to a scenario JSON file",
                this::export);
        export.disableProperty().bind(none.or(model.showDeletedProperty()));
        showWhen(live, openLatest, openVersion, compareButton, pin, rename, delete, export);
        showWhen(model.showDeletedProperty(), restore, purge);
        getChildren().setAll(openLatest, openVersion, separator(), compareButton, pin, separator(), rename, delete,
                restore, purge, export);
        getStyleClass().add("library-actions");
        setSpacing(6);
    }

    private static Region separator() {
        Region gap = new Region();
        gap.getStyleClass().add("action-gap");
        return gap;
    }

    private static void showWhen(javafx.beans.value.ObservableBooleanValue condition, Button... buttons) {
        for (Button b : buttons) {
            b.visibleProperty().bind(condition);
            b.managedProperty().bind(condition);
        }
    }

    // ---- commands ----------------------------------------------------------------------------------------

    private Optional<String> selectedName() {
        return Optional.ofNullable(model.selectedProperty().get()).map(LibraryEntry::name);
    }

    /** The version selected in the versions table, else the selected scenario's latest. */
    private Optional<VersionRef> selectedRef() {
        List<VersionInfo> chosen = versions.getSelectionModel().getSelectedItems();
        if (chosen.size() == 1) {
            return Optional.of(new VersionRef(chosen.get(0).name(), chosen.get(0).version()));
        }
        return selectedName().map(name -> new VersionRef(name, 0));
    }

    void openLatest() {
        selectedName().ifPresent(name -> open.accept(new VersionRef(name, 0)));
    }

    void openSelectedVersion() {
        List<VersionInfo> chosen = versions.getSelectionModel().getSelectedItems();
        if (chosen.size() == 1) {
            open.accept(new VersionRef(chosen.get(0).name(), chosen.get(0).version()));
        }
    }

    private void compareSelected() {
        List<VersionInfo> chosen = List.copyOf(versions.getSelectionModel().getSelectedItems());
        VersionRef pinned = model.pinnedProperty().get();
        if (chosen.size() == 2) {
            VersionInfo first = chosen.get(0).version() <= chosen.get(1).version() ? chosen.get(0) : chosen.get(1);
            VersionInfo second = first == chosen.get(0) ? chosen.get(1) : chosen.get(0);
            compare.compare(new VersionRef(first.name(), first.version()), new VersionRef(second.name(), second.version()));
        } else if (pinned != null && selectedRef().isPresent()) {
            compare.compare(pinned, selectedRef().get());
        } else {
            model.refuse("Select two versions to compare, or pin one as A and select another (any scenario)");
        }
    }

    private void pinSelected() {
        selectedRef().ifPresent(ref -> {
            model.pinnedProperty().set(ref);
            model.inform("Pinned " + ref.label() + " as A: select another version and press Compare");
        });
    }

    private void rename() {
        selectedName().ifPresent(name -> {
            TextInputDialog dialog = new TextInputDialog(name);
            dialog.initOwner(stage);
            dialog.setTitle("Rename scenario");
            dialog.setHeaderText("New name for '" + name + "' (its versions keep their history)");
            dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty() && !text.equals(name))
                    .ifPresent(newName -> model.rename(name, newName));
        });
    }

    void deleteSelected() {
        selectedName().ifPresent(model::delete);
    }

    private void restore() {
        selectedName().ifPresent(model::restore);
    }

    void purge() {
        selectedName().ifPresent(name -> {
            Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, "All its versions are removed from the library file. "
                    + "This cannot be undone.", ButtonType.CANCEL, ButtonType.OK);
            confirm.initOwner(stage);
            confirm.setTitle("Purge scenario");
            confirm.setHeaderText("Purge '" + name + "' for good?");
            confirm.getDialogPane().lookupButton(ButtonType.OK).setId("confirmPurge");
            ((Button) confirm.getDialogPane().lookupButton(ButtonType.OK)).setDefaultButton(false);
            ((Button) confirm.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
            if (confirm.showAndWait().orElse(ButtonType.CANCEL) == ButtonType.OK) {
                model.purge(name);
            }
        });
    }

    private void export() {
        selectedRef().ifPresent(dialogs::export);
    }
}
