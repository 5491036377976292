package org.condordesk.ui;

import org.condordesk.ui.library.LibraryActions;

import java.util.List;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.condordesk.app.BuildInfo;
import org.condordesk.model.Scenario;
import org.condordesk.store.DataFolders;
import org.condordesk.ui.chart.DecayChart;
import org.condordesk.ui.chart.HeatmapPanel;
import org.condordesk.ui.chart.RiskGraph;
import org.condordesk.ui.chart.VegaByExpiryChart;
import org.condordesk.ui.library.LibraryAccess;
import org.condordesk.ui.session.RecentFiles;
import org.condordesk.ui.shell.FileActions;
import org.condordesk.ui.shell.Themes;
import org.condordesk.ui.signals.SignalsWindow;
import org.condordesk.ui.trade.PositionActions;
import org.condordesk.ui.trade.TradeLogPanel;
import org.condordesk.ui.view.AddLayerDialog;
import org.condordesk.ui.view.EventsPanel;
import org.condordesk.ui.view.GreeksPanel;
import org.condordesk.ui.view.HeaderBar;
import org.condordesk.ui.view.LayerGreeksTable;
import org.condordesk.ui.view.LayersPanel;
import org.condordesk.ui.view.LegsTable;
import org.condordesk.ui.view.MarketPanel;
import org.condordesk.ui.view.ModelPanel;
import org.condordesk.ui.view.NotesArea;
import org.condordesk.ui.view.PnlTableView;
import org.condordesk.ui.view.StatusBar;
import org.condordesk.ui.view.StressView;
import org.condordesk.ui.view.TuningPanel;
import org.condordesk.ui.vm.PnlTableModel;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.vm.StressModel;
import org.condordesk.ui.work.AnalysisService;

/**
 * The main window: layers and tuning on the left, the four charts in the middle over the tabbed editors
 * (legs, layer greeks, market, vol model, events, notes), the risk summary on the right. It only
 * arranges views and hands every new analysis to them.
 */
public final class Workstation {

    /** The window's size when the screen has room for it; a smaller screen gets the window maximised. */
    public static final double PREFERRED_WIDTH = 1600;
    public static final double PREFERRED_HEIGHT = 1000;

    private final Stage stage;
    private final ScenarioViewModel vm;
    private final FileActions files;
    private final LibraryActions library;
    private final LibraryAccess libraryAccess;
    private SignalsWindow signals;
    private final RiskGraph riskGraph = new RiskGraph();
    private final DecayChart decayChart = new DecayChart();
    private final VegaByExpiryChart vegaChart = new VegaByExpiryChart();
    private final HeatmapPanel heatmap = new HeatmapPanel();
    private final GreeksPanel greeks = new GreeksPanel();
    /** Built when its tab is first shown (null until then): a hidden table costs the first frame its CSS and layout. */
    private LayerGreeksTable layerGreeks;
    private final LayersPanel layers;
    private final LegsTable legs;
    private final TuningPanel tuning;
    private final PositionActions positions;
    private final TabPane tabs = new TabPane();
    private final PnlTableModel pnlTable;
    private final StressModel stress;
    private final Scene scene;
    private Themes.Theme theme;

    /** A workstation whose library is the data folder's {@code library.db} (opened on first use). */
    public Workstation(Stage stage, ScenarioViewModel vm, RecentFiles recent, Themes.Theme theme) {
        this(stage, vm, recent, theme, new LibraryAccess(DataFolders.libraryFile(), Platform::runLater));
    }

    public Workstation(Stage stage, ScenarioViewModel vm, RecentFiles recent, Themes.Theme theme, LibraryAccess libraryAccess) {
        this.stage = stage;
        this.vm = vm;
        this.theme = theme;
        this.files = new FileActions(vm, recent, stage);
        recent.onProblem(vm::inform);
        this.library = new LibraryActions(vm, files, stage, libraryAccess, theme);
        this.libraryAccess = libraryAccess;
        this.layers = new LayersPanel(vm, this::addLayer);
        this.legs = new LegsTable(vm);
        StartupLog.mark("layers and legs");
        this.tuning = new TuningPanel(vm);
        StartupLog.mark("tuning");
        this.positions = new PositionActions(stage, vm, this::selectedLeg, files::confirmDiscard);
        tuning.setSolveAction(positions::chooseHedgeSize);
        tuning.setLiveResize(positions::resizeLive);
        this.pnlTable = new PnlTableModel(vm, Platform::runLater);
        this.stress = new StressModel(vm, Platform::runLater);
        BorderPane root = new BorderPane();
        root.setId("workstation");
        root.getStyleClass().add("workstation");
        root.setTop(new VBox(AppMenu.build(this), new HeaderBar(vm)));
        StartupLog.mark("menus and header");
        root.setCenter(body());
        root.setBottom(new StatusBar(vm));
        scene = new Scene(root, PREFERRED_WIDTH, PREFERRED_HEIGHT);
        Themes.apply(theme, scene);
        AppMenu.installExtraAccelerators(scene, this);
        stage.setScene(scene);
        stage.titleProperty().bind(Bindings.createStringBinding(
                () -> "CondorDesk — " + vm.scenario().name() + (vm.isDirty() ? " *" : ""),
                vm.scenarioProperty(), vm.dirtyProperty()));
        stage.setMinWidth(1100);
        stage.setMinHeight(700);
        vm.live().lastResultProperty().addListener((obs, old, result) -> apply(result));
    }

    private SplitPane body() {
        SplitPane left = new SplitPane(layers, scrolling(tuning));
        left.setOrientation(Orientation.VERTICAL);
        left.setDividerPositions(0.3);
        left.getStyleClass().add("left-column");
        SplitPane middle = new SplitPane(charts(), editors());
        middle.setOrientation(Orientation.VERTICAL);
        middle.setDividerPositions(0.66);
        TallTab.install(middle, tabs.getTabs().get(EditorTab.STRESS.ordinal()), 0.48);
        ScrollPane right = scrolling(greeks);
        right.getStyleClass().add("right-column");
        SplitPane body = new SplitPane(left, middle, right);
        // The sides take what SideWidths gives them for the window's width: they give way first on a small
        // screen, and the left one widens on a wide one. A divider dragged by hand holds until the next resize.
        body.widthProperty().addListener((obs, old, width) -> {
            if (width.doubleValue() > 0) {
                body.setDividerPositions(SideWidths.forWidth(width.doubleValue()).dividerPositions(width.doubleValue()));
            }
        });
        body.getStyleClass().add("body");
        return body;
    }

    private static ScrollPane scrolling(javafx.scene.Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private GridPane charts() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("chart-grid");
        grid.add(riskGraph, 0, 0);
        grid.add(heatmap, 1, 0);
        grid.add(decayChart, 0, 1);
        grid.add(vegaChart, 1, 1);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setPercentWidth(58);
        ColumnConstraints narrow = new ColumnConstraints();
        narrow.setPercentWidth(42);
        RowConstraints top = new RowConstraints();
        top.setPercentHeight(56);
        top.setVgrow(Priority.ALWAYS);
        RowConstraints bottom = new RowConstraints();
        bottom.setPercentHeight(44);
        bottom.setVgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(wide, narrow);
        grid.getRowConstraints().addAll(top, bottom);
        grid.setMinHeight(300);
        return grid;
    }

    private TabPane editors() {
        tabs.getTabs().setAll(List.of(tab(EditorTab.LEGS, legs), lazyTab(EditorTab.LAYER_GREEKS, this::layerGreeks),
                lazyTab(EditorTab.MARKET, () -> fitHeight(new MarketPanel(vm))),
                lazyTab(EditorTab.VOL_MODEL, () -> fitHeight(new ModelPanel(vm))),
                lazyTab(EditorTab.EVENTS, () -> new EventsPanel(vm)), lazyTab(EditorTab.NOTES, () -> NotesArea.of(vm)),
                lazyTab(EditorTab.PNL_TABLE, () -> new PnlTableView(pnlTable, this::exportPnlTable)),
                lazyTab(EditorTab.TRADE_LOG, () -> new TradeLogPanel(vm)),
                lazyTab(EditorTab.STRESS, () -> new StressView(vm, stress, this::exportStress))));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedIndexProperty().addListener((obs, old, index) -> {
            if (isShown(EditorTab.LAYER_GREEKS) && layerGreeks != null && vm.analysis() != null) {
                layerGreeks.show(vm.analysis());
            }
            pnlTable.setActive(isShown(EditorTab.PNL_TABLE));
            stress.setActive(isShown(EditorTab.STRESS));
        });
        tabs.setId("editorTabs");
        tabs.getStyleClass().add("editor-tabs");
        return tabs;
    }

    private static Tab tab(EditorTab which, javafx.scene.Node content) {
        Tab tab = new Tab(which.title(), content);
        tab.setId(which.id());
        return tab;
    }

    /** A tab whose content is built when it is first shown: less to style before the first frame. */
    private static Tab lazyTab(EditorTab which, java.util.function.Supplier<javafx.scene.Node> content) {
        Tab tab = new Tab(which.title());
        tab.setId(which.id());
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }

    /** The Layer greeks table, built on first use and shown the analysis on screen. */
    private LayerGreeksTable layerGreeks() {
        if (layerGreeks == null) {
            layerGreeks = new LayerGreeksTable();
            java.util.Optional.ofNullable(vm.analysis()).ifPresent(layerGreeks::show);
        }
        return layerGreeks;
    }

    private static ScrollPane fitHeight(javafx.scene.Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToHeight(true);
        return scroll;
    }

    /** Hands a new analysis to every view; the scenario it was computed for names the decay series. */
    private void apply(AnalysisService.Result result) {
        if (result == null || result.failed()) {
            return;
        }
        Scenario analysed = result.request().scenario();
        double spot = analysed.market().spxSpot();
        riskGraph.show(result.analysis(), spot);
        riskGraph.showProbabilities(analysed, result.analysis());
        decayChart.show(result.analysis(), analysed);
        vegaChart.show(result.analysis());
        heatmap.show(result.analysis(), spot, result.analysis().vixSpot());
        greeks.show(result.analysis(), spot);
        if (isShown(EditorTab.LAYER_GREEKS) && layerGreeks != null) {
            // A table relayout re-styles all its rows; a hidden one waits until its tab is shown.
            layerGreeks.show(result.analysis());
        }
    }

    /** The legs table's selected leg (its index in the layer), if any. */
    private java.util.OptionalInt selectedLeg() {
        var row = legs.table().getSelectionModel().getSelectedItem();
        return row == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(row.index());
    }

    /** Mark live, close, roll, adjust, import fills (the Position menu). */
    public PositionActions positions() {
        return positions;
    }

    /** Asks where, then writes the P&L-by-date table there in the background. */
    private void exportPnlTable() {
        files.askCsv("Export the P&L table (CSV)", "-pnl-by-date.csv").ifPresent(pnlTable::exportCsv);
    }

    /** Asks where, then writes the stress table there in the background. */
    private void exportStress() {
        files.askCsv("Export the stress table (CSV)", "-stress.csv").ifPresent(stress::exportCsv);
    }

    /** The P&L-by-date table's model, for tests. */
    public PnlTableModel pnlTable() {
        return pnlTable;
    }

    /** The Stress tab's model, for tests. */
    public StressModel stress() {
        return stress;
    }

    void addLayer() {
        new AddLayerDialog(stage, vm.scenario()).showAndWait().ifPresent(vm.layers()::addLayer);
    }

    /** Quit from the menu: the same unsaved-changes prompt as closing the window. */
    void requestClose() {
        if (files.confirmDiscard()) {
            stage.close();
        }
    }

    void setTheme(Themes.Theme value) {
        theme = value;
        Themes.apply(value, scene);
        library.applyTheme(value);
        try {
            Themes.save(value);
        } catch (java.io.IOException e) {
            vm.inform("The theme is not remembered for the next start: " + e.getMessage());
        }
    }

    void showTab(EditorTab tab) {
        tabs.getSelectionModel().select(tab.ordinal());
    }

    private boolean isShown(EditorTab tab) {
        return tabs.getSelectionModel().getSelectedIndex() == tab.ordinal();
    }

    void showShortcuts() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, Shortcuts.TEXT);
        alert.initOwner(stage);
        alert.setTitle("Keyboard shortcuts");
        alert.setHeaderText("Keyboard shortcuts (Ctrl is ⌘ on macOS)");
        alert.getDialogPane().getStyleClass().add("shortcuts");
        alert.show();
    }

    /** Opens (or brings forward) the Signals window on the library's history; returns it. */
    public SignalsWindow showSignals() {
        if (signals == null || !signals.stage().isShowing()) {
            signals = new SignalsWindow(stage, vm, libraryAccess.state().file(), scene().getStylesheets());
            signals.show();
        } else {
            signals.stage().toFront();
        }
        return signals;
    }

    void showAbout() {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "SPX iron condors hedged with VIX overlays.\n"
                + "Engine: Black–Scholes–Merton for SPX, Black-76 for VIX options, one vol factor model for VIX vega.");
        alert.initOwner(stage);
        alert.setTitle("About CondorDesk");
        alert.setHeaderText(BuildInfo.nameAndVersion());
        alert.show();
    }

    public Stage stage() {
        return stage;
    }

    public Window window() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    public ScenarioViewModel vm() {
        return vm;
    }

    public FileActions files() {
        return files;
    }

    /** Save to Library, the library browser and opening library versions. */
    public LibraryActions library() {
        return library;
    }

    public RiskGraph riskGraph() {
        return riskGraph;
    }

    public DecayChart decayChart() {
        return decayChart;
    }

    public LayersPanel layersPanel() {
        return layers;
    }

    public LegsTable legsTable() {
        return legs;
    }

    public TuningPanel tuning() {
        return tuning;
    }

    public Themes.Theme theme() {
        return theme;
    }
}
