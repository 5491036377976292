package org.condordesk.ui.chain;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalDouble;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.condordesk.chain.ExpiryAnalysis;
import org.condordesk.chain.ParityOpportunity;
import org.condordesk.chain.VixFromChain;
import org.condordesk.risk.LiquidityCost;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.shell.Themes;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.widget.Tips;

/**
 * The option-chain window (File › Option chain…): import a chain (progress bar, cancel), its expiries with
 * forward, discount factor, ATM vol and SVI parameters, the selected expiry's smile, the VIX recomputed from the
 * chain, the parity scanner, the liquidity (quick ratio) of the scenario's layers, and the actions that change
 * the scenario through the workstation's view model: set market from chain, apply a VX curve, build a layer.
 */
public final class ChainWindow {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final String STYLESHEET = "/org/condordesk/ui/chain/chain.css";

    private final ChainViewModel model;
    private final Stage stage = new Stage();
    private final SmileChart smile = new SmileChart();
    private final Window owner;
    private boolean placed;
    /** The largest share of the screen the window opens at (1440×860 does not fit a 1280×800 laptop). */
    private static final double SCREEN_SHARE = 0.94;

    public ChainWindow(Window owner, ScenarioViewModel vm, Themes.Theme theme) {
        this.model = new ChainViewModel(vm, Platform::runLater);
        // A normal window (issue 27 §3): no owner, so it is neither kept above the workstation nor minimised with it;
        // it closes with the workstation (showFor) and opens over it.
        this.owner = owner;
        stage.setTitle("CondorDesk — Option chain");
        BorderPane root = new BorderPane();
        root.setId("chainWindow");
        root.getStyleClass().add("workstation");
        root.setTop(toolbar());
        root.setCenter(body());
        root.setBottom(actions());
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth() * SCREEN_SHARE),
                Math.min(860, screen.getHeight() * SCREEN_SHARE));
        scene.getStylesheets().add(ChainWindow.class.getResource(STYLESHEET).toExternalForm());
        Themes.apply(theme, scene);
        // the actions here are workstation edits: undo and redo them from this window too
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), vm::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN), vm::redo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), vm::redo);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(600);
    }

    /** The owner's chain window, built on first use and kept with the owner stage; shown in front in {@code theme}. */
    public static ChainWindow showFor(Stage owner, ScenarioViewModel vm, Themes.Theme theme) {
        ChainWindow window = (ChainWindow) owner.getProperties().computeIfAbsent(ChainWindow.class, key -> {
            ChainWindow created = new ChainWindow(owner, vm, theme);
            owner.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> created.stage.close());
            return created;
        });
        window.applyTheme(theme);
        window.show();
        return window;
    }

    public ChainViewModel model() {
        return model;
    }

    public Stage stage() {
        return stage;
    }

    /** Shows the window, in front if it is already open. */
    public void show() {
        if (!stage.isShowing()) {
            stage.show();
            if (!placed) {
                org.condordesk.ui.widget.DialogFit.overOwner(stage, owner);
                placed = true;
            }
        }
        stage.toFront();
    }

    public void applyTheme(Themes.Theme theme) {
        Themes.apply(theme, stage.getScene());
    }

    private HBox toolbar() {
        Button open = Tips.on(new Button("Open chain…"), "A Cboe delayed-quotes download or the long layout (docs/formats.md)");
        open.setId("chainOpen");
        open.setOnAction(e -> choose("Open option chain", "chain").ifPresent(model::importChain));
        Button vx = Tips.on(new Button("Open VX settlements…"), "Cboe Futures Exchange settlements, or expiry,price");
        vx.setId("chainOpenVx");
        vx.setOnAction(e -> choose("Open VX futures settlements", "VX settlements").ifPresent(model::importFutures));
        ProgressBar progress = new ProgressBar();
        progress.setId("chainProgress");
        progress.progressProperty().bind(model.progressProperty());
        progress.visibleProperty().bind(model.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("chainCancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        Label vix = new Label();
        vix.setId("chainVix");
        vix.getStyleClass().add("chain-vix");
        vix.textProperty().bind(Bindings.createStringBinding(() -> vixText(model.vixProperty().get()), model.vixProperty()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(open, vx, progress, cancel, gap, vix);
        bar.getStyleClass().add("chain-toolbar");
        open.disableProperty().bind(model.busyProperty());
        vx.disableProperty().bind(model.busyProperty());
        return bar;
    }

    private static String vixText(Optional<VixFromChain.Result> result) {
        return result.map(r -> String.format("VIX from the chain %.2f  (near %s σ² %.6f, next %s σ² %.6f%s)", r.vix(),
                r.near().expiry(), r.nearVariance(), r.next().expiry(), r.nextVariance(),
                r.withinCboeWindow() ? "" : ", outside Cboe's 23–37 day window")).orElse("");
    }

    private Optional<Path> choose(String title, String what) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(what + " (*.csv)", "*.csv", "*.CSV"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        // The file dialog must not change the window's size (under some window managers it came back resized).
        double width = stage.getWidth();
        double height = stage.getHeight();
        File file = chooser.showOpenDialog(stage);
        if (stage.getWidth() != width || stage.getHeight() != height) {
            stage.setWidth(width);
            stage.setHeight(height);
        }
        return Optional.ofNullable(file).map(File::toPath);
    }

    private SplitPane body() {
        TableView<ExpiryAnalysis> expiries = ChainTables.expiries();
        expiries.setItems(model.expiries());
        expiries.getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> {
            if (e != null) {
                model.selectedProperty().set(e);
            }
        });
        model.selectedProperty().addListener((obs, old, e) -> {
            smile.show(e);
            if (e != null && expiries.getSelectionModel().getSelectedItem() != e) {
                expiries.getSelectionModel().select(e);
            }
        });
        SplitPane top = new SplitPane(expiries, smile.node());
        top.setDividerPositions(0.62);
        TabPane tabs = new TabPane(new Tab("Parity scanner", parityPane()), new Tab("Liquidity of the scenario's layers",
                liquidityPane()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("chainTabs");
        SplitPane body = new SplitPane(top, tabs);
        body.setOrientation(Orientation.VERTICAL);
        body.setDividerPositions(0.6);
        return body;
    }

    private VBox parityPane() {
        TextField rate = Tips.on(new TextField(), "Financing rate in % a year; empty: each expiry's rate implied by parity");
        rate.setId("parityRate");
        rate.setPromptText("implied");
        rate.setPrefColumnCount(7);
        TextField commission = Tips.on(new TextField("0"), "Commission per option contract, $");
        commission.setId("parityCommission");
        commission.setPrefColumnCount(6);
        Button rescan = new Button("Rescan");
        rescan.setId("parityRescan");
        rescan.setOnAction(e -> {
            try {
                String typed = rate.getText().strip();
                OptionalDouble financing = typed.isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Fmt.parse(typed) / 100);
                model.setParityInputs(financing, Fmt.parse(commission.getText().strip()));
            } catch (NumberFormatException ex) {
                model.setParityInputs(OptionalDouble.empty(), Double.NaN);
            }
        });
        Label honest = new Label("Executable prices: buy at the ask, sell at the bid. A conversion's forward is the chain's "
                + "fitted forward, not a quote; boxes are options only. Not modelled: other commissions, dividend "
                + "uncertainty, AM/PM settlement differences.");
        honest.getStyleClass().add("muted-note");
        honest.setWrapText(true);
        HBox inputs = new HBox(8, new Label("Financing rate %"), rate, new Label("Commission $/contract"), commission, rescan);
        inputs.getStyleClass().add("chain-toolbar");
        TableView<ParityOpportunity> table = ChainTables.parity();
        table.setItems(model.parity());
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(inputs, table, honest);
    }

    private VBox liquidityPane() {
        TextField share = Tips.on(new TextField(Fmt.number(100 * model.maxCostShareProperty().get(), 0)),
                "Flag a layer whose round-trip bid/ask cost exceeds this % of its edge");
        share.setId("liquidityShare");
        share.setPrefColumnCount(5);
        share.setOnAction(e -> {
            try {
                model.maxCostShareProperty().set(Fmt.parse(share.getText().strip()) / 100);
            } catch (NumberFormatException ex) {
                share.setText(Fmt.number(100 * model.maxCostShareProperty().get(), 0));
            }
        });
        Label meaning = new Label("Edge: a core layer's credit; a hedge layer's VIX vega ($ per VIX point), so its share is "
                + "the VIX rise that pays the spread back (docs/model.md §9).");
        meaning.getStyleClass().add("muted-note");
        meaning.setWrapText(true);
        HBox inputs = new HBox(8, new Label("Flag above % of edge"), share);
        inputs.getStyleClass().add("chain-toolbar");
        TableView<LiquidityCost.LayerCost> table = ChainTables.liquidity();
        table.setItems(model.liquidity());
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(inputs, table, meaning);
    }

    private VBox actions() {
        Button market = Tips.on(new Button("Set market from chain"),
                "Spot, rate, dividend yield, spot VIX and the legs' vols and bid/ask from the chain (undo with Ctrl+Z)");
        market.setId("chainSetMarket");
        market.setOnAction(e -> model.setMarketFromChain());
        market.disableProperty().bind(model.analysisProperty().isNull().or(model.busyProperty()));
        Button curve = Tips.on(new Button("Apply VX curve"), "Replace the scenario's VIX futures curve by the imported monthlies");
        curve.setId("chainApplyCurve");
        curve.setOnAction(e -> model.applyFutures());
        curve.disableProperty().bind(Bindings.createBooleanBinding(() -> model.futuresProperty().get().isEmpty(),
                model.futuresProperty()).or(model.busyProperty()));
        Button build = Tips.on(new Button("Build layer from chain…"), "An iron condor or VIX spread priced from the chain");
        build.setId("chainBuild");
        build.setOnAction(e -> new BuildLayerDialog(stage, model).showAndWait().ifPresent(model::addLayer));
        build.disableProperty().bind(Bindings.isEmpty(model.expiries()).or(model.busyProperty()));
        HBox buttons = new HBox(market, curve, build);
        buttons.getStyleClass().add("chain-actions");
        Label status = new Label();
        status.setId("chainStatus");
        status.getStyleClass().add("chain-status");
        status.textProperty().bind(model.statusProperty());
        model.statusIsErrorProperty().addListener((obs, was, error) -> status.pseudoClassStateChanged(ERROR, error));
        HBox statusRow = new HBox(status);
        statusRow.getStyleClass().add("chain-actions");
        return new VBox(buttons, statusRow);
    }
}
