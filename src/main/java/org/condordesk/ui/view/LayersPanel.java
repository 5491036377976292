package org.condordesk.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.LayerRisk;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.widget.Buttons;
import org.condordesk.ui.widget.ColumnFit;
import org.condordesk.ui.widget.EditCell;
import org.condordesk.ui.widget.GivesWay;
import org.condordesk.ui.widget.Row;
import org.condordesk.ui.widget.TableKeys;
import org.condordesk.ui.widget.Tips;

/** The layers of the position: enable, name, role, size multiplier, VIX vega; add from a template, duplicate, delete. */
public final class LayersPanel extends VBox {

    /** A layer with its risk from the latest analysis (null until one arrives). */
    public record LayerView(Layer layer, LayerRisk risk) {
    }

    /** The name column's least width: enough for "Hedge 2: adap…". */
    private static final double NAME_MIN_WIDTH = 100;
    /** Room for the vertical scroll bar and the table's border. */
    private static final double SCROLL_BAR_ROOM = 16;

    private final ScenarioViewModel vm;
    private final ObservableList<Row<LayerView>> rows = FXCollections.observableArrayList();
    private final TableView<Row<LayerView>> table = new TableView<>(rows);
    private final Runnable addLayer;
    private boolean syncing;

    /** {@code addLayer} opens the template dialog (the window owns dialogs). */
    public LayersPanel(ScenarioViewModel vm, Runnable addLayer) {
        this.vm = vm;
        this.addLayer = addLayer;
        getStyleClass().addAll("side-panel", "layers-panel");
        setId("layersPanel");
        Label title = new Label("Layers");
        title.getStyleClass().add("panel-title");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button duplicate = Buttons.compact("duplicateLayer", "Duplicate", "Duplicate the selected layer (Ctrl+D)", this::duplicate);
        title.setMinWidth(Region.USE_PREF_SIZE);
        HBox header = new HBox(4, title, grow, Buttons.compact("addLayer", "Add…", "Add a layer from a template (Ctrl+L)", addLayer),
                duplicate, Buttons.compact("deleteLayer", "Delete", "Delete the selected layer (undo with Ctrl+Z)", this::delete));
        // On a narrow column Duplicate gives way: Ctrl+D and the table's context menu still have it.
        GivesWay.install(header, duplicate);
        header.getStyleClass().add("panel-header");
        buildTable();
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(header, table);
        vm.scenarioProperty().addListener((obs, old, s) -> refresh());
        vm.live().analysisProperty().addListener((obs, old, a) -> refresh());
        vm.selectedLayerProperty().addListener((obs, old, index) -> select(index.intValue()));
        table.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (!syncing && index.intValue() >= 0) {
                vm.selectedLayerProperty().set(rows.get(index.intValue()).index());
            }
        });
        refresh();
    }

    private void buildTable() {
        table.setId("layersTable");
        table.setFixedCellSize(Tips.ROW_HEIGHT);
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.setPlaceholder(new Label("No layers: add one from a template"));
        TableColumn<Row<LayerView>, LayerView> enabled = column("✓", "Enabled: a disabled layer is shown but valued at zero", 32);
        enabled.setCellFactory(c -> new EnabledCell());
        TableColumn<Row<LayerView>, LayerView> name = column("Layer", "Layer name; double-click to rename", 150);
        name.setCellFactory(c -> new EditCell<>(EditCell.Spec.<LayerView>text("layerName", v -> v.layer().name(),
                v -> v.layer().name(), v -> true, vm.layers()::renameLayer).withTip(v -> v.layer().name())));
        TableColumn<Row<LayerView>, LayerView> role = column("Role", "Core: the income trade; Hedge: overlays sized by the tuning sliders", 62);
        // The trader's words (issue 27 §4), not the enum's CORE / HEDGE; either spelling is read back.
        role.setCellFactory(c -> new EditCell<>(EditCell.Spec.<LayerView>text("layerRole", v -> Fmt.role(v.layer().role()),
                v -> Fmt.role(v.layer().role()), v -> true,
                (i, text) -> vm.layers().setLayerRole(i, LayerRole.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT))))
                .withEditor(EditCell.Editor.CHOICE, List.of(Fmt.role(LayerRole.CORE), Fmt.role(LayerRole.HEDGE)))));
        TableColumn<Row<LayerView>, LayerView> size = column("Size", "Size multiplier: scales every leg's quantity", 56);
        size.setCellFactory(c -> new EditCell<>(EditCell.Spec.<LayerView>text("layerSize",
                v -> Fmt.multiplier(v.layer().sizeMultiplier()), v -> org.condordesk.model.Check.format(v.layer().sizeMultiplier()),
                v -> true, vm.layers()::setLayerSizeText)));
        TableColumn<Row<LayerView>, LayerView> vega = column("VIX vega", "VIX vega of the layer at its size, $ per +1 VIX point", 68);
        vega.setCellFactory(c -> new EditCell<>(EditCell.Spec.<LayerView>readOnly("layerVega",
                v -> v.risk() == null ? Fmt.NONE : Fmt.usd0(v.risk().greeks().vixVega()))
                .withSign(v -> v.risk() == null ? 0 : v.risk().greeks().vixVega())));
        table.getColumns().setAll(List.of(enabled, name, role, size, vega));
        // Only the name column flexes: the figures keep a width that shows them whole.
        size.getStyleClass().add("numeric");
        vega.getStyleClass().add("numeric");
        ColumnFit.fit(enabled, "✓");
        ColumnFit.fit(role, "Hedge");
        ColumnFit.fit(size, "×100.00");
        ColumnFit.fit(vega, "-$12,345");
        for (TableColumn<Row<LayerView>, ?> fixed : List.of(enabled, role, size, vega)) {
            fixed.setMaxWidth(fixed.getMinWidth());
        }
        name.setMinWidth(NAME_MIN_WIDTH);
        // Layer names are the trader's own text: a long one elides, whole in its tooltip.
        name.getStyleClass().add("free-text");
        // On a narrow left column, role and VIX vega give way (the summary's By-layer table shows VIX vega).
        table.widthProperty().addListener((obs, old, width) -> {
            double all = enabled.getMinWidth() + NAME_MIN_WIDTH + role.getMinWidth() + size.getMinWidth()
                    + vega.getMinWidth() + SCROLL_BAR_ROOM;
            role.setVisible(width.doubleValue() >= all);
            vega.setVisible(width.doubleValue() >= all - role.getMinWidth());
        });
        for (TableColumn<Row<LayerView>, ?> column : table.getColumns()) {
            column.setSortable(false);
            column.setReorderable(false);
        }
        table.setContextMenu(contextMenu());
        TableKeys.install(table);
    }

    private ContextMenu contextMenu() {
        MenuItem rename = new MenuItem("Rename");
        rename.setOnAction(e -> startRename());
        MenuItem duplicate = new MenuItem("Duplicate");
        duplicate.setOnAction(e -> duplicate());
        MenuItem delete = new MenuItem("Delete");
        delete.setOnAction(e -> delete());
        MenuItem add = new MenuItem("Add layer…");
        add.setOnAction(e -> addLayer.run());
        return new ContextMenu(add, rename, duplicate, delete);
    }

    private static TableColumn<Row<LayerView>, LayerView> column(String title, String tip, double width) {
        TableColumn<Row<LayerView>, LayerView> column = Tips.column(title, tip);
        column.setCellValueFactory(c -> c.getValue().valueProperty());
        column.setPrefWidth(width);
        return column;
    }

    /** Starts editing the selected layer's name. */
    public void startRename() {
        int index = table.getSelectionModel().getSelectedIndex();
        if (index >= 0) {
            table.edit(index, table.getColumns().get(1));
        }
    }

    private void duplicate() {
        selectedIndex().ifPresent(vm.layers()::duplicateLayer);
    }

    private void delete() {
        selectedIndex().ifPresent(vm.layers()::deleteLayer);
    }

    private Optional<Integer> selectedIndex() {
        int index = vm.selectedLayerProperty().get();
        return index >= 0 && index < vm.scenario().layers().size() ? Optional.of(index) : Optional.empty();
    }

    private void refresh() {
        List<Layer> layers = vm.scenario().layers();
        Analysis analysis = vm.analysis();
        boolean matching = analysis != null && analysis.layers().size() == layers.size();
        List<LayerView> views = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            views.add(new LayerView(layers.get(i), matching ? analysis.layers().get(i) : null));
        }
        syncing = true;
        try {
            Row.sync(rows, views);
        } finally {
            syncing = false;
        }
        select(vm.selectedLayerProperty().get());
    }

    private void select(int index) {
        if (index >= 0 && index < rows.size() && table.getSelectionModel().getSelectedIndex() != index) {
            syncing = true;
            try {
                table.getSelectionModel().select(index);
            } finally {
                syncing = false;
            }
        }
    }

    /** The always-visible enable checkbox. */
    private final class EnabledCell extends TableCell<Row<LayerView>, LayerView> {
        private final CheckBox box = new CheckBox();

        EnabledCell() {
            box.setOnAction(e -> {
                Row<LayerView> row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    vm.layers().setLayerEnabled(row.index(), box.isSelected());
                }
            });
            getStyleClass().add("check-cell");
        }

        @Override
        protected void updateItem(LayerView item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            box.setSelected(item.layer().enabled());
            setId("layerEnabled-" + getIndex());
            setGraphic(box);
        }
    }
}
