package org.condordesk.ui.trade;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.condordesk.model.LayerRole;
import org.condordesk.model.ValidationException;
import org.condordesk.trade.broker.Broker;
import org.condordesk.trade.broker.BrokerRows;
import org.condordesk.trade.broker.FillImport;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.widget.Dialogs;
import org.condordesk.ui.widget.EditCell;
import org.condordesk.ui.widget.Row;
import org.condordesk.ui.widget.Tips;
import org.condordesk.ui.work.Worker;

/**
 * "Import fills": the broker and its CSV, read in the background (cancellable); the legs it found grouped into
 * proposed layers, which the trader confirms or regroups (move a leg to another layer or a new one, rename a layer,
 * change its role); every row not imported listed by line number. The result is the confirmed proposal.
 */
final class ImportFillsDialog extends Dialog<FillImport.Proposal> {

    /** One leg of the proposal: the layer it is in and its place there. */
    record LegRow(int layer, int leg, FillImport.ProposedLeg proposed, String layerName) {
    }

    static final String NEW_LAYER = "New layer";

    private final ChoiceBox<Broker> broker = new ChoiceBox<>();
    private final TextField file = new TextField();
    private final ProgressIndicator progress = new ProgressIndicator();
    private final Button cancel = new Button("Cancel reading");
    private final ObservableList<Row<LegRow>> legs = FXCollections.observableArrayList();
    private final TableView<Row<LegRow>> legTable = new TableView<>(legs);
    private final ObservableList<Row<FillImport.ProposedLayer>> layers = FXCollections.observableArrayList();
    private final TableView<Row<FillImport.ProposedLayer>> layerTable = new TableView<>(layers);
    private final TextArea report = new TextArea();
    private final Label error = TradeForms.errorLabel("importError");
    private final Worker background = new Worker("condordesk-trade", Platform::runLater);
    private FillImport.Proposal proposal;

    ImportFillsDialog(Window owner, Path initial) {
        initOwner(owner);
        setTitle("Import fills");
        setHeaderText("Import a live position from the broker's fills");
        setResizable(true);
        broker.setId("importBroker");
        broker.getItems().setAll(Broker.values());
        broker.setValue(Broker.IBKR);
        file.setId("importFile");
        file.setPrefColumnCount(34);
        if (initial != null) {
            file.setText(initial.toString());
        }
        Button choose = new Button("Choose…");
        choose.setOnAction(e -> choose(owner));
        choose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button read = new Button("Read");
        read.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        read.setId("importRead");
        read.setOnAction(e -> read());
        progress.setVisible(false);
        progress.setPrefSize(18, 18);
        cancel.setVisible(false);
        cancel.setOnAction(e -> {
            background.cancel();
            reading(false);
            error.setText("Reading cancelled");
        });
        GridPane grid = TradeForms.grid();
        TradeForms.row(grid, "Broker", "Interactive Brokers, thinkorswim, tastytrade or the generic fills CSV "
                + "(layouts in docs/formats.md)", broker);
        HBox fileRow = new HBox(6, file, choose, read, progress, cancel);
        HBox.setHgrow(file, Priority.ALWAYS);
        TradeForms.row(grid, "File", "The broker's CSV export", fileRow);
        buildTables();
        report.setId("importReport");
        report.setEditable(false);
        report.setPrefRowCount(5);
        report.setWrapText(true);
        VBox content = new VBox(8, grid, new Label("Proposed layers (rename, change the role):"), layerTable,
                new Label("Legs (double-click Layer to move a leg):"), legTable, new Label("Not imported and notes:"), report,
                error);
        content.getStyleClass().add("dialog-form");
        content.setPrefWidth(760);
        getDialogPane().setContent(content);
        Dialogs.okWhenValid(this, "Import as a live position", this::readProposal).setId("importOk");
        setOnHidden(e -> background.close());
        org.condordesk.ui.widget.DialogFit.install(this, "importFills");
    }

    /** The proposal to import, or null with the reason shown when no file with fills has been read. */
    private FillImport.Proposal readProposal() {
        if (proposal == null || proposal.layers().isEmpty()) {
            error.setText("Read a file with fills first");
            return null;
        }
        return proposal;
    }

    private void buildTables() {
        layerTable.setId("importLayers");
        layerTable.setEditable(true);
        layerTable.setPrefHeight(110);
        layerTable.setFixedCellSize(Tips.ROW_HEIGHT);
        layerTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        TableColumn<Row<FillImport.ProposedLayer>, FillImport.ProposedLayer> name = Tips.column("Layer", "Its name");
        name.setCellValueFactory(c -> c.getValue().valueProperty());
        name.setCellFactory(c -> new EditCell<>(EditCell.Spec.<FillImport.ProposedLayer>text("importLayerName",
                FillImport.ProposedLayer::name, FillImport.ProposedLayer::name, l -> true,
                (i, text) -> update(() -> proposal.withLayerName(i, text))).withTip(FillImport.ProposedLayer::name)));
        name.getStyleClass().add("free-text");
        // The trader's words, not the enum's (issue 27 §4): "Core" / "Hedge".
        TableColumn<Row<FillImport.ProposedLayer>, FillImport.ProposedLayer> role = Tips.column("Role",
                "Core (the condor) or hedge");
        role.setCellValueFactory(c -> c.getValue().valueProperty());
        role.setCellFactory(c -> new EditCell<>(EditCell.Spec.<FillImport.ProposedLayer>text("importLayerRole",
                l -> Fmt.role(l.role()), l -> Fmt.role(l.role()), l -> true,
                (i, text) -> update(() -> proposal.withLayerRole(i, text.strip().equalsIgnoreCase("Core")
                        ? LayerRole.CORE : LayerRole.HEDGE)))
                .withEditor(EditCell.Editor.CHOICE, List.of("Core", "Hedge"))));
        org.condordesk.ui.widget.ColumnFit.fit(role, "Hedge ▾");
        role.setMaxWidth(role.getMinWidth());
        layerTable.getColumns().setAll(List.of(name, role));
        legTable.setId("importLegs");
        legTable.setEditable(true);
        legTable.setPrefHeight(200);
        legTable.setFixedCellSize(Tips.ROW_HEIGHT);
        legTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }

    private void legColumns() {
        List<String> choices = new ArrayList<>();
        for (int i = 0; i < proposal.layers().size(); i++) {
            choices.add((i + 1) + ": " + proposal.layers().get(i).name());
        }
        choices.add(NEW_LAYER);
        TableColumn<Row<LegRow>, LegRow> layer = Tips.column("Layer", "The layer the leg goes to");
        layer.setCellValueFactory(c -> c.getValue().valueProperty());
        layer.setCellFactory(c -> new EditCell<>(EditCell.Spec.<LegRow>text("importLegLayer",
                r -> (r.layer() + 1) + ": " + r.layerName(), r -> (r.layer() + 1) + ": " + r.layerName(), r -> true,
                (i, text) -> move(legs.get(i).get(), text)).withEditor(EditCell.Editor.CHOICE, choices)
                .withTip(r -> (r.layer() + 1) + ": " + r.layerName())));
        TableColumn<Row<LegRow>, LegRow> label = Tips.column("Leg", "The instrument");
        label.setCellValueFactory(c -> c.getValue().valueProperty());
        label.setCellFactory(c -> new EditCell<>(EditCell.Spec.readOnly("importLeg", r -> r.proposed().instrument().label())));
        TableColumn<Row<LegRow>, LegRow> open = Tips.column("Open", "Open contracts after all its fills (0: closed)");
        open.setCellValueFactory(c -> c.getValue().valueProperty());
        open.setCellFactory(c -> new EditCell<>(EditCell.Spec.readOnly("importOpen",
                r -> Fmt.signed(r.proposed().openQuantity(), 0))));
        TableColumn<Row<LegRow>, LegRow> lines = Tips.column("Lines", "The file's lines of its fills");
        lines.setCellValueFactory(c -> c.getValue().valueProperty());
        lines.setCellFactory(c -> new EditCell<>(EditCell.Spec.readOnly("importLines",
                r -> r.proposed().lines().stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse(""))));
        // Contracts and counts are shown whole; the layer name gives way (whole in its tooltip); narrow, it scrolls.
        layer.getStyleClass().add("free-text");
        layer.setMinWidth(120);
        org.condordesk.ui.widget.ColumnFit.fit(label, "SPX 2026-12-09 PM 7275 CALL");
        org.condordesk.ui.widget.ColumnFit.fit(open, "-1,000");
        org.condordesk.ui.widget.ColumnFit.fit(lines, "12, 13, 14");
        legTable.getColumns().setAll(List.of(layer, label, open, lines));
        org.condordesk.ui.widget.ColumnFit.scrollWhenNarrow(legTable);
    }

    private Optional<String> move(LegRow row, String text) {
        int to = text.equals(NEW_LAYER) ? proposal.layers().size() : Integer.parseInt(text.substring(0, text.indexOf(':'))) - 1;
        return to == row.layer() ? Optional.empty() : update(() -> proposal.withLegMoved(row.layer(), row.leg(), to));
    }

    private Optional<String> update(java.util.function.Supplier<FillImport.Proposal> change) {
        try {
            show(change.get());
            return Optional.empty();
        } catch (ValidationException e) {
            error.setText(e.getMessage());
            return Optional.of(e.getMessage());
        }
    }

    private void choose(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Broker CSV");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.CSV"),
                new FileChooser.ExtensionFilter("All files", "*"));
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            file.setText(chosen.getPath());
            read();
        }
    }

    /** Reads the file in the background; a new read or Cancel drops the one running. */
    void read() {
        error.setText("");
        if (file.getText().isBlank()) {
            error.setText("Choose the broker's CSV file");
            return;
        }
        Broker chosen = broker.getValue();
        Path path = Path.of(file.getText().strip());
        reading(true);
        background.replace(job -> {
            try {
                BrokerRows rows = chosen.read(path);
                FillImport.requireFills(rows);
                return FillImport.propose(rows);
            } catch (IOException e) {
                throw new UncheckedIOException(path + ": " + e.getMessage(), e);
            }
        }, read -> {
            reading(false);
            show(read);
        }, failure -> {
            reading(false);
            error.setText(failure.message());
        });
    }

    private void reading(boolean busy) {
        progress.setVisible(busy);
        cancel.setVisible(busy);
    }

    private void show(FillImport.Proposal shown) {
        proposal = shown;
        Row.sync(layers, List.of());
        Row.sync(layers, shown.layers());
        List<LegRow> rows = new ArrayList<>();
        for (int i = 0; i < shown.layers().size(); i++) {
            FillImport.ProposedLayer layer = shown.layers().get(i);
            for (int j = 0; j < layer.legs().size(); j++) {
                rows.add(new LegRow(i, j, layer.legs().get(j), layer.name()));
            }
        }
        legColumns();
        javafx.application.Platform.runLater(() -> org.condordesk.ui.widget.DialogFit.grow(this));
        Row.sync(legs, List.of());
        Row.sync(legs, rows);
        List<String> lines = new ArrayList<>();
        shown.unmapped().forEach(row -> lines.add("Not imported: " + row));
        shown.notes().forEach(note -> lines.add("Note: " + note));
        lines.add("Note: " + FillImport.VOL_NOTE);
        report.setText(String.join("\n", lines));
    }
}
