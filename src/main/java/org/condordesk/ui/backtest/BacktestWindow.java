package org.condordesk.ui.backtest;

import java.io.File;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.condordesk.backtest.BacktestConfig;
import org.condordesk.backtest.BacktestFile;
import org.condordesk.backtest.Frontier;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.shell.Themes;
import org.condordesk.ui.widget.Tips;

/**
 * The Backtest window (Analysis › Backtest…, its own stage so the main window keeps its layout): the run's settings
 * on the left, Run / Cancel with a progress bar, and three tabs: the results (metrics table, equity and drawdown
 * curves), the per-trade table with CSV export, and the parameter sweep's heatmap. Work runs in
 * {@link BacktestModel}'s background thread; this class only lays out and applies results.
 */
public final class BacktestWindow {

    private final Stage stage = new Stage();
    private final BacktestModel model = new BacktestModel(Platform::runLater);
    private final ConfigForm form = new ConfigForm();
    private final ResultsView results = new ResultsView();
    private final TradesView trades = new TradesView();
    private final SweepView sweep = new SweepView();
    private final FrontierView frontier = new FrontierView();
    private final TabPane tabs = new TabPane();
    private final Label status = new Label();

    public BacktestWindow(Window owner, Themes.Theme theme) {
        stage.initOwner(owner);
        stage.setTitle("CondorDesk — Backtest: does the hedge pay for itself?");
        ScrollPane side = new ScrollPane(form);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        side.setMinWidth(320);
        side.setPrefWidth(320);
        Tab resultsTab = new Tab("Results", results);
        resultsTab.setId("tabBacktestResults");
        Tab tradesTab = new Tab("Trades", trades);
        tradesTab.setId("tabBacktestTrades");
        Tab sweepTab = new Tab("Sweep", sweep);
        sweepTab.setId("tabBacktestSweep");
        Tab frontierTab = new Tab("Frontier", frontier);
        frontierTab.setId("tabBacktestFrontier");
        tabs.getTabs().addAll(resultsTab, tradesTab, sweepTab, frontierTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("backtestTabs");
        status.setId("backtestStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        HBox statusBar = new HBox(status);
        statusBar.setPadding(new Insets(2, 8, 4, 8));
        BorderPane root = new BorderPane(tabs, toolbar(), null, statusBar, side);
        root.setId("backtestWindow");
        root.getStyleClass().add("workstation");
        model.resultProperty().addListener((o, a, done) -> {
            results.show(done, model.intervalsProperty().get());
            trades.show(done);
        });
        model.sweepProperty().addListener((o, a, done) -> sweep.show(done));
        trades.exportButton().setOnAction(e -> chooseCsv("Export backtest trades", "backtest-trades.csv")
                .ifPresent(this::exportTrades));
        sweep.exportButton().setOnAction(e -> chooseCsv("Export sweep", "backtest-sweep.csv")
                .ifPresent(model::exportSweep));
        sweep.runButton().setOnAction(e -> runSweep());
        model.frontierProperty().addListener((o, a, done) -> frontier.show(done));
        frontier.runButton().setOnAction(e -> runFrontier());
        frontier.exportButton().setOnAction(e -> chooseCsv("Export hedge frontier", "backtest-frontier.csv")
                .ifPresent(model::exportFrontier));
        sweep.setVariants(form.config().variants().stream().map(BacktestConfig.Variant::name).toList());
        Scene scene = new Scene(root, 1280, 800);
        Themes.apply(theme, scene);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.setOnHidden(e -> model.cancel());
    }

    /** The owner's backtest window, built on first use and kept with the owner stage; shown in front. */
    public static BacktestWindow showFor(Stage owner, Themes.Theme theme) {
        BacktestWindow window = (BacktestWindow) owner.getProperties().computeIfAbsent(BacktestWindow.class,
                key -> new BacktestWindow(owner, theme));
        Themes.apply(theme, window.stage.getScene());
        window.show();
        return window;
    }

    public Stage stage() {
        return stage;
    }

    public BacktestModel model() {
        return model;
    }

    public void show() {
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
    }

    /** Runs the form's config (a bad field is reported on the status line and nothing runs). */
    public void run() {
        config().ifPresent(model::run);
    }

    /** Sets the window's dates (yyyy-mm-dd; empty for the history's ends), as if typed. */
    public void setWindow(String from, String to) {
        form.setWindow(from, to);
    }

    /** Sets the sweep's axes as typed, e.g. "0.10, 0.16", "7, 14", "1". */
    public void setSweepAxes(String shortDeltas, String daysToExpiry, String hedgeRatios) {
        sweep.setAxes(shortDeltas, daysToExpiry, hedgeRatios);
    }

    /** Shows the tab at {@code index} (0 results, 1 trades, 2 sweep, 3 frontier). */
    public void showTab(int index) {
        tabs.getSelectionModel().select(index);
    }

    /** Exports the last run's trades to {@code file} (what the file chooser leads to). */
    public Optional<CompletableFuture<Path>> exportTrades(Path file) {
        return model.exportTrades(file);
    }

    private HBox toolbar() {
        Button load = Tips.on(new Button("Load config…"), "A backtest config file (docs/backtest.md): its settings and history");
        load.setId("backtestLoad");
        load.setOnAction(e -> loadConfig());
        Button defaults = Tips.on(new Button("Defaults"), "The documented defaults on the bundled history");
        defaults.setId("backtestDefaults");
        defaults.setOnAction(e -> {
            model.useBundledHistory();
            form.show(BacktestConfig.defaults());
            sweep.setVariants(BacktestConfig.defaults().variants().stream().map(BacktestConfig.Variant::name).toList());
        });
        Button run = Tips.on(new Button("Run"), "Replay every ticked variant (a run still going is cancelled)");
        run.setId("backtestRun");
        run.setDefaultButton(true);
        run.setOnAction(e -> run());
        Button cancel = new Button("Cancel");
        cancel.setId("backtestCancel");
        cancel.disableProperty().bind(model.runningProperty().not());
        cancel.setOnAction(e -> model.cancel());
        ProgressBar progress = new ProgressBar();
        progress.setId("backtestProgress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(model.progressProperty());
        HBox bar = new HBox(8, load, defaults, form.variantBoxes(), run, cancel, progress);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        HBox.setHgrow(progress, Priority.NEVER);
        return bar;
    }

    private Optional<BacktestConfig> config() {
        try {
            return Optional.of(form.config());
        } catch (ValidationException e) {
            model.report("Cannot run: " + e.getMessage());
            return Optional.empty();
        }
    }

    private void runSweep() {
        config().ifPresent(config -> {
            try {
                model.sweep(config, sweep.grid(), sweep.metric());
            } catch (ValidationException e) {
                model.report("Cannot sweep: " + e.getMessage());
            }
        });
    }

    /** The config the form describes now (tests): a bad field throws its one-line ValidationException. */
    BacktestConfig formConfig() {
        return form.config();
    }

    /** Runs the efficiency frontier (the default grid) on the form's config, on the worker. */
    public void runFrontier() {
        config().ifPresent(config -> model.frontier(config, Frontier.Grid.defaults()));
    }

    /**
     * Analysis › Backtest this scenario: the rules of {@code scenario} (its condor, each hedge layer's instrument,
     * tenor and size against vega-neutral, its ALVH rules) on top of the form's settings, filled into the form for
     * editing; nothing runs until Run. A scenario the backtest cannot replay is one line on the status line.
     */
    public void backtestScenario(Scenario scenario) {
        Optional<BacktestConfig> base = config();
        if (base.isEmpty()) {
            return;
        }
        model.readScenario(scenario, base.get(), rules -> {
            form.show(rules);
            sweep.setVariants(rules.variants().stream().map(BacktestConfig.Variant::name).toList());
        });
    }

    private void loadConfig() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Load backtest config");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Backtest config (JSON)", "*.json"));
        File file = chooser.showOpenDialog(stage);
        if (file != null) {
            loadConfig(file.toPath());
        }
    }

    /** Reads {@code file} into the form; a bad file is one line on the status line and changes nothing. */
    public void loadConfig(Path file) {
        try {
            BacktestFile read = model.loadConfig(file);
            form.show(read.config());
            sweep.setVariants(read.config().variants().stream().map(BacktestConfig.Variant::name).toList());
            model.report("Loaded " + file.getFileName() + " (history: " + model.historySource() + ")");
        } catch (ValidationException e) {
            model.report("Cannot load " + file.getFileName() + ": " + e.getMessage());
        } catch (UncheckedIOException e) {
            model.report("Cannot load " + file.getFileName() + ": " + BacktestModel.oneLine(e));
        }
    }

    private Optional<Path> chooseCsv(String title, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        return Optional.ofNullable(chooser.showSaveDialog(stage)).map(File::toPath);
    }
}
