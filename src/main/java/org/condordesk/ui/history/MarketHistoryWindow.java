package org.condordesk.ui.history;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.condordesk.store.MarketHistoryLibrary;
import org.condordesk.store.chains.EodLayout;
import org.condordesk.ui.shell.Themes;

/**
 * File → Market history…: the real history the backtest trades against (docs/user-guide.md): every imported series
 * with its kind, symbol, date range and rows; import VX settlement files (a folder), a vol index, or option chain files,
 * with a progress bar and Cancel; delete the selected series.
 */
public final class MarketHistoryWindow {

    private final Stage stage = new Stage();
    private final MarketHistoryModel model;
    private final TableView<MarketHistoryLibrary.Series> table = new TableView<>();

    public MarketHistoryWindow(Window owner, Themes.Theme theme, Path library) {
        this.model = new MarketHistoryModel(library, Platform::runLater);
        stage.initOwner(owner);
        stage.setTitle("CondorDesk — Market history");
        table.setId("marketHistoryTable");
        table.getColumns().addAll(List.of(column("Kind", s -> s.kind().key(), 70), column("Symbol", s -> s.symbol(), 90),
                column("From", s -> s.from().toString(), 100), column("To", s -> s.to().toString(), 100),
                column("Rows", s -> String.format("%,d", s.rows()), 110)));
        table.setPlaceholder(new Label("No market history imported yet: import CFE VX files, a vol index or option chains."));
        model.seriesProperty().addListener((o, a, now) -> table.setItems(FXCollections.observableArrayList(now)));
        Button vx = button("historyImportVx", "Import VX folder…", this::importVx);
        Button index = button("historyImportIndex", "Import vol index…", this::importIndex);
        Button chains = button("historyImportChains", "Import chains…", this::importChains);
        Button delete = button("historyDelete", "Delete", () -> {
            MarketHistoryLibrary.Series selected = table.getSelectionModel().getSelectedItem();
            if (selected != null) {
                model.delete(selected);
            }
        });
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(model.busyProperty()));
        Button cancel = button("historyCancel", "Cancel", model::cancel);
        cancel.disableProperty().bind(model.busyProperty().not());
        for (Button b : List.of(vx, index, chains)) {
            b.disableProperty().bind(model.busyProperty());
        }
        ProgressBar bar = new ProgressBar(0);
        bar.setId("historyProgress");
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.busyProperty());
        Label status = new Label();
        status.setId("historyStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        HBox buttons = new HBox(6, vx, index, chains, delete);
        HBox progressRow = new HBox(6, bar, cancel);
        VBox bottom = new VBox(6, progressRow, status);
        bottom.setPadding(new Insets(6, 8, 8, 8));
        buttons.setPadding(new Insets(8));
        BorderPane root = new BorderPane(table, buttons, null, bottom, null);
        root.setId("marketHistoryWindow");
        Scene scene = new Scene(root, 640, 420);
        Themes.apply(theme, scene);
        stage.setScene(scene);
        stage.setOnHidden(e -> model.cancel());
    }

    /** The owner's window, built on first use and kept with the owner stage; shown in front and refreshed. */
    public static MarketHistoryWindow showFor(Stage owner, Themes.Theme theme, Path library) {
        MarketHistoryWindow window = (MarketHistoryWindow) owner.getProperties().computeIfAbsent(MarketHistoryWindow.class,
                key -> new MarketHistoryWindow(owner, theme, library));
        Themes.apply(theme, window.stage.getScene());
        window.stage.show();
        window.stage.toFront();
        window.model.refresh();
        return window;
    }

    public MarketHistoryModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    private void importVx() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder of CFE VX history files (VX_*.csv)");
        File folder = chooser.showDialog(stage);
        if (folder != null) {
            model.importVx(List.of(folder.toPath()));
        }
    }

    private void importIndex() {
        ChoiceDialog<String> symbol = new ChoiceDialog<>("VVIX", MarketHistoryLibrary.INDEX_SYMBOLS);
        symbol.initOwner(stage);
        symbol.setHeaderText("Which vol index is the file?");
        symbol.showAndWait().ifPresent(which -> {
            File file = csv("Cboe " + which + " history (" + which + "_History.csv)").showOpenDialog(stage);
            if (file != null) {
                model.importIndex(file.toPath(), which);
            }
        });
    }

    private void importChains() {
        ChoiceDialog<String> layout = new ChoiceDialog<>("datashop", List.of("datashop", "optionsdx", "long"));
        layout.initOwner(stage);
        layout.setHeaderText("Layout of the chain files (docs/formats.md)");
        layout.showAndWait().ifPresent(which -> {
            List<File> files = csv("End-of-day option chain files").showOpenMultipleDialog(stage);
            if (files != null && !files.isEmpty()) {
                model.importChains(files.stream().map(File::toPath).toList(), EodLayout.parse(which));
            }
        });
    }

    private static FileChooser csv(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV and text", "*.csv", "*.txt"),
                new FileChooser.ExtensionFilter("All files", "*"));
        return chooser;
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        return button;
    }

    private static TableColumn<MarketHistoryLibrary.Series, String> column(
            String title, java.util.function.Function<MarketHistoryLibrary.Series, String> value, double width) {
        TableColumn<MarketHistoryLibrary.Series, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
