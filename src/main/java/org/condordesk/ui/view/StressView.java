package org.condordesk.ui.view;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.condordesk.capital.StressReport;
import org.condordesk.capital.StressResult;
import org.condordesk.ui.chart.StressChart;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.vm.StressModel;
import org.condordesk.ui.widget.Buttons;
import org.condordesk.ui.widget.ColumnFit;
import org.condordesk.ui.widget.Tips;

/**
 * The Stress tab (docs/capital.md, docs/user-guide.md): the stress library's table with core, hedge and total P&L, a
 * bar chart of the selected stress's group and the capital figures; a second view with the hedge sizes side by side; a
 * third with the inputs saved in the scenario (VX margin, cost of capital, the user's stresses). Computed in the
 * background while the tab is shown.
 */
public final class StressView extends VBox {

    private final ObservableList<StressResult> rows = FXCollections.observableArrayList();
    private final TableView<StressResult> table = new TableView<>(rows);
    private final StressChart chart = new StressChart();
    private final CapitalSummary capital = new CapitalSummary();
    private final HedgeSizesPane hedges;
    private final Label status = new Label();
    private StressResult.Group charted = StressResult.Group.HISTORICAL;
    private List<StressReport.Convexity> convexity = List.of();

    /** {@code export} asks for a file and hands it to the model (the window owns file choosers). */
    public StressView(ScenarioViewModel vm, StressModel model, Runnable export) {
        this.hedges = new HedgeSizesPane(model);
        getStyleClass().addAll("legs-panel", "stress-view");
        setId("stressPanel");
        Node stresses = stressesPane();
        ScrollPane hedgePane = scrolling(hedges);
        ScrollPane inputs = scrolling(new StressInputs(vm, model));
        StackPane content = new StackPane(stresses, hedgePane, inputs);
        VBox.setVgrow(content, Priority.ALWAYS);
        ToggleGroup views = new ToggleGroup();
        HBox toggles = new HBox(2, toggle("Stresses", "viewStresses", views, stresses, content),
                toggle("Hedge sizes", "viewHedgeSizes", views, hedgePane, content),
                toggle("Inputs", "viewStressInputs", views, inputs, content));
        views.getToggles().get(0).setSelected(true);
        show(stresses, content);
        Label title = new Label("Stress");
        title.getStyleClass().add("panel-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        status.getStyleClass().add("panel-subtitle");
        status.setId("stressStatus");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button csv = Buttons.compact("exportStress", "Export CSV…",
                "Write the stress table to a CSV file: group, stress, SPX move, VIX after, core, hedge, total, layers", export);
        HBox header = new HBox(8, title, toggles, status, grow, csv);
        header.getStyleClass().add("panel-header");
        getChildren().addAll(header, content);
        model.resultProperty().addListener((obs, old, result) -> show(result));
        model.computingProperty().addListener((obs, was, busy) -> status.setText(busy ? "computing…" : ""));
        show(model.resultProperty().get());
    }

    private Node stressesPane() {
        table.setId("stressTable");
        table.setFixedCellSize(Tips.ROW_HEIGHT);
        table.setPlaceholder(new Label("Computing…"));
        table.getColumns().setAll(List.of(nameColumn(), money("Core", "Core layers' P&L change, $", StressResult::core),
                money("Hedge", "Hedge layers' P&L change, $", StressResult::hedge),
                money("Total", "The position's P&L change from today's mark, $", StressResult::total)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null && row.group() != charted) {
                charted = row.group();
                showChart();
            }
        });
        SplitPane split = new SplitPane(table, chart, scrolling(capital));
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.47, 0.72);
        return split;
    }

    private TableColumn<StressResult, StressResult> nameColumn() {
        TableColumn<StressResult, StressResult> name = Tips.column("Stress", "The stress: historical days, your "
                + "stresses, correlation slippage, gamma (in that order); the chart's bars give its SPX move and VIX after");
        name.getStyleClass().add("free-text");
        name.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        name.setCellFactory(c -> new FilledCell<>((cell, r) -> {
            cell.setText(r.name());
            Tips.set(cell, r.name());
        }));
        name.setSortable(false);
        name.setPrefWidth(150);
        name.setMinWidth(80);
        return name;
    }

    private TableColumn<StressResult, StressResult> money(String title, String tip,
                                                          ToDoubleFunction<StressResult> value) {
        TableColumn<StressResult, StressResult> column = Tips.column(title, tip);
        column.getStyleClass().add("numeric");
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setCellFactory(c -> new FilledCell<>((cell, r) -> {
            double pnl = value.applyAsDouble(r);
            cell.setText(Fmt.signedUsd0(pnl));
            Fmt.colourBySign(cell, pnl, 0);
        }));
        column.setSortable(false);
        ColumnFit.fit(column, "-$12,345");
        return column;
    }

    private void show(StressModel.Result result) {
        if (result == null) {
            return;
        }
        int selected = table.getSelectionModel().getSelectedIndex();
        rows.setAll(result.stresses().results());
        if (selected >= 0 && selected < rows.size()) {
            table.getSelectionModel().select(selected);
        }
        convexity = result.stresses().convexity();
        showChart();
        capital.show(result.capital());
        hedges.show(result);
    }

    /** The chart of the charted group; for gamma, the hedge's convexity (docs/capital.md §4) in the subtitle. */
    private void showChart() {
        String note = "";
        if (charted == StressResult.Group.GAMMA && !convexity.isEmpty()) {
            note = "hedge convexity " + convexity.stream().map(c -> "±" + c.sigmas() + "σ " + Fmt.signedUsd0(c.hedge()))
                    .collect(Collectors.joining(", "));
        }
        chart.show(rows, charted, note);
    }

    private static ToggleButton toggle(String text, String id, ToggleGroup group, Node view, StackPane content) {
        ToggleButton toggle = new ToggleButton(text);
        toggle.setId(id);
        toggle.setToggleGroup(group);
        toggle.getStyleClass().add("compact");
        toggle.setOnAction(e -> {
            if (!toggle.isSelected()) {
                toggle.setSelected(true);
            }
            show(view, content);
        });
        return toggle;
    }

    private static void show(Node view, StackPane content) {
        for (Node child : content.getChildren()) {
            child.setVisible(child == view);
        }
    }

    private static ScrollPane scrolling(Node node) {
        ScrollPane scroll = new ScrollPane(node);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        return scroll;
    }

    /** The chart, for tests. */
    public StressChart chart() {
        return chart;
    }

    /** The table, for tests. */
    public TableView<StressResult> table() {
        return table;
    }
}
