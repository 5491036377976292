package org.condordesk.ui.library;

import java.util.function.Consumer;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.condordesk.store.library.LibraryEntry;
import org.condordesk.store.library.VersionInfo;
import org.condordesk.ui.library.LibraryBrowserModel.VersionRef;
import org.condordesk.ui.widget.Tips;

/**
 * The library browser window: the database in use, the scenarios (search, show deleted), the selected one's
 * versions, and the commands on them. A thin view over {@link LibraryBrowserModel}; opening a version into the
 * workstation is handed to {@code open}, comparing two to a {@link CompareWindow}.
 */
public final class LibraryBrowser {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass READ_ONLY = PseudoClass.getPseudoClass("read-only");

    private final LibraryBrowserModel model;
    private final Stage stage = new Stage();
    private final TableView<LibraryEntry> scenarios;
    private final TableView<VersionInfo> versions;
    private final TextField search = new TextField();
    private final CompareWindow compare;
    private final BorderPane root = new BorderPane();
    private final LibraryFileDialogs dialogs;
    private final LibraryActionBar actions;

    public LibraryBrowser(Window owner, LibraryBrowserModel model, Consumer<VersionRef> open) {
        this.model = model;
        this.scenarios = LibraryTables.scenarios(model.entries());
        this.versions = LibraryTables.versions(model.versions());
        stage.initOwner(owner);
        stage.setTitle("CondorDesk — Scenario library");
        this.compare = new CompareWindow(stage, model);
        this.dialogs = new LibraryFileDialogs(stage, model);
        this.actions = new LibraryActionBar(stage, model, versions, open, compare, dialogs);
        root.setId("libraryBrowser");
        root.getStyleClass().addAll("workstation", "library-browser");
        root.setTop(new VBox(databaseRow(), banner(), toolbar()));
        root.setCenter(tables());
        placeholder();
        root.setBottom(new VBox(actions, statusRow()));
        Scene scene = new Scene(root, 1180, 720);
        stage.setScene(scene);
        stage.setMinWidth(820);
        stage.setMinHeight(480);
        installKeys(scene);
        syncSelection();
    }

    public Stage stage() {
        return stage;
    }

    public CompareWindow compareWindow() {
        return compare;
    }

    /** Selects these version numbers of the selected scenario in the versions table. */
    public void selectVersions(int... numbers) {
        versions.getSelectionModel().clearSelection();
        for (int number : numbers) {
            for (int i = 0; i < versions.getItems().size(); i++) {
                if (versions.getItems().get(i).version() == number) {
                    versions.getSelectionModel().select(i);
                }
            }
        }
    }

    /** Shows the window (in front if already open) and lists the library afresh. */
    public void show() {
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
        scenarios.requestFocus();
        model.refresh();
    }

    // ---- layout ------------------------------------------------------------------------------------------

    private HBox databaseRow() {
        Label title = new Label("Library");
        title.getStyleClass().add("panel-title");
        Label path = new Label();
        path.setId("libraryPath");
        path.getStyleClass().add("library-path");
        path.textProperty().bind(Bindings.createStringBinding(() -> model.access().file().toString(),
                model.access().stateProperty()));
        path.setMinWidth(0);
        Tips.on(path, "The SQLite database file that holds the scenarios and their versions (docs/library.md)");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button change = button("libChangeDb", "Change…", "Use another library file; a file that does not exist yet becomes a new library",
                dialogs::changeDatabase);
        HBox row = new HBox(8, title, path, grow, change);
        row.getStyleClass().add("panel-header");
        return row;
    }

    private Label banner() {
        Label banner = new Label();
        banner.setId("libraryBanner");
        banner.getStyleClass().add("library-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(model.bannerProperty());
        banner.visibleProperty().bind(model.bannerProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        model.access().stateProperty().addListener((obs, old, state) ->
                banner.pseudoClassStateChanged(READ_ONLY, state.error().isEmpty() && state.readOnlyReason().isPresent()));
        return banner;
    }

    private HBox toolbar() {
        search.setId("librarySearch");
        search.setPromptText("Search name or tag (Ctrl+F)");
        search.setPrefColumnCount(28);
        search.textProperty().bindBidirectional(model.searchProperty());
        Tips.on(search, "Shows the scenarios whose name or one of whose tags contains the text, as you type");
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !search.getText().isEmpty()) {
                search.clear();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                scenarios.requestFocus();
                if (scenarios.getSelectionModel().isEmpty() && !scenarios.getItems().isEmpty()) {
                    scenarios.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        CheckBox deleted = new CheckBox("Show deleted");
        deleted.setId("libShowDeleted");
        deleted.selectedProperty().bindBidirectional(model.showDeletedProperty());
        Tips.on(deleted, "List the deleted scenarios instead, to restore them or purge them for good");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button importFiles = button("libImport", "Import…", "Save scenario JSON files into the library as new versions "
                + "(all of them, or none if one is invalid)", dialogs::importFiles);
        importFiles.disableProperty().bind(refusesChanges(model));
        HBox bar = new HBox(10, search, deleted, grow, importFiles);
        bar.getStyleClass().add("library-toolbar");
        return bar;
    }

    private SplitPane tables() {
        Label title = new Label();
        title.setId("libraryVersionsTitle");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            LibraryEntry entry = model.selectedProperty().get();
            return entry == null ? "Versions" : entry.deleted() ? "Versions of '" + entry.name() + "': restore it to see them"
                    : "Versions of '" + entry.name() + "' (select two to compare them)";
        }, model.selectedProperty()));
        VBox.setVgrow(versions, Priority.ALWAYS);
        VBox lower = new VBox(title, versions);
        lower.getStyleClass().add("library-versions");
        SplitPane split = new SplitPane(scenarios, lower);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        return split;
    }

    /** What an empty list means: nothing saved yet, nothing matching, nothing deleted, or a file that cannot be used. */
    private void placeholder() {
        Label empty = new Label();
        empty.getStyleClass().add("muted-note");
        empty.textProperty().bind(Bindings.createStringBinding(() -> {
            if (model.access().state().error().isPresent()) {
                return "This file cannot be used as a library: choose another with Change…";
            }
            if (model.showDeletedProperty().get()) {
                return "No deleted scenarios";
            }
            String text = model.searchProperty().get();
            return text == null || text.isBlank() ? "No scenarios yet: save one with File › Save to Library… (Ctrl+Shift+L), or Import…"
                    : "No scenario name or tag contains '" + text.strip() + "'";
        }, model.access().stateProperty(), model.showDeletedProperty(), model.searchProperty()));
        scenarios.setPlaceholder(empty);
    }

    private HBox statusRow() {
        Label message = new Label();
        message.setId("libraryMessage");
        message.getStyleClass().add("library-message");
        message.textProperty().bind(model.messageProperty());
        model.messageIsErrorProperty().addListener((obs, old, error) -> message.pseudoClassStateChanged(ERROR, error));
        message.setMaxWidth(Double.MAX_VALUE);
        message.setMinWidth(0);
        HBox.setHgrow(message, Priority.ALWAYS);
        Label pinned = new Label();
        pinned.setId("libraryPinned");
        pinned.getStyleClass().add("library-pinned");
        pinned.textProperty().bind(Bindings.createStringBinding(() -> model.pinnedProperty().get() == null ? ""
                : "A: " + model.pinnedProperty().get().label(), model.pinnedProperty()));
        Tips.on(pinned, "Side A of the next comparison (Pin as A)");
        Label keys = new Label("Enter opens · Delete deletes · Ctrl+F search · Esc closes");
        keys.getStyleClass().add("muted-note");
        ProgressIndicator busy = new ProgressIndicator();
        busy.getStyleClass().add("library-busy");
        busy.visibleProperty().bind(model.busyProperty());
        HBox row = new HBox(10, message, pinned, busy, keys);
        row.getStyleClass().add("status-bar");
        return row;
    }

    static Button button(String id, String text, String tip, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        Tips.on(button, tip);
        button.setOnAction(e -> action.run());
        return button;
    }

    static BooleanBinding refusesChanges(LibraryBrowserModel model) {
        return Bindings.createBooleanBinding(() -> model.access().state().refusesChanges(), model.access().stateProperty());
    }

    // ---- selection and keys ------------------------------------------------------------------------------

    private void syncSelection() {
        scenarios.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> model.choose(entry));
        model.selectedProperty().addListener((obs, old, entry) -> {
            if (entry == null) {
                scenarios.getSelectionModel().clearSelection();
            } else if (!entry.equals(scenarios.getSelectionModel().getSelectedItem())) {
                scenarios.getSelectionModel().select(entry);
                scenarios.scrollTo(entry);
            }
        });
        model.showDeletedProperty().addListener((obs, old, deleted) ->
                scenarios.getColumns().stream().filter(c -> "colDeleted".equals(c.getId())).forEach(c -> c.setVisible(deleted)));
        scenarios.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                actions.openLatest();
            }
        });
        versions.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                actions.openSelectedVersion();
            }
        });
    }

    private void installKeys(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            search.requestFocus();
            search.selectAll();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::hide);
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.hide();
                e.consume();
            }
        });
        scenarios.addEventFilter(KeyEvent.KEY_PRESSED, e -> onTableKey(e, actions::openLatest));
        versions.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                model.inform("A version is never deleted on its own: select the scenario above and press Delete "
                        + "to delete it with all its versions");
                e.consume();
            } else {
                onTableKey(e, actions::openSelectedVersion);
            }
        });
    }

    /** Enter opens, Delete deletes (or, among deleted scenarios, asks to purge). */
    private void onTableKey(KeyEvent e, Runnable openAction) {
        if (e.getCode() == KeyCode.ENTER && !model.showDeletedProperty().get()) {
            openAction.run();
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE && !model.access().state().refusesChanges()) {
            if (model.showDeletedProperty().get()) {
                actions.purge();
            } else {
                actions.deleteSelected();
            }
            e.consume();
        }
    }

}
