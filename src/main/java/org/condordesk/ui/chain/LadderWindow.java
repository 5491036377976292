package org.condordesk.ui.chain;

import java.io.File;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import org.condordesk.chain.ExpiryAnalysis;
import org.condordesk.market.MarketState;
import org.condordesk.model.FuturesQuote;
import org.condordesk.model.Instrument;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.store.http.QuoteDownload;
import org.condordesk.store.json.PreferencesFile;
import org.condordesk.ui.shell.Themes;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.widget.Tips;

/**
 * The strike ladder window (File › Strike ladder…, issue 31): SPX and VIX ladders to trade from, the VIX ladder beside
 * the VX futures curve with the future the selected expiry prices off, quotes from a file, a watched folder or Cboe's
 * delayed JSON with Refresh and an optional timer (off by default, at least 5 minutes), the quote time with a stale
 * flag, and the ticket: clicked legs, the Add-layer preview, add to the selected layer or as a new one.
 */
public final class LadderWindow {

    private static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final String STYLESHEET = "/org/condordesk/ui/chain/chain.css";

    private final LadderModel model;
    private final ScenarioViewModel vm;
    private final Stage stage = new Stage();
    private final LadderPane spx;
    private final LadderPane vix;
    private final Label quoteTime = new Label();
    private final Timeline timer = new Timeline();

    public LadderWindow(Window owner, ScenarioViewModel vm, Themes.Theme theme) {
        this(owner, vm, theme, PreferencesFile.inDataFolder());
    }

    /** A ladder window whose column choice is kept in {@code preferences} (the data folder's, or a test's). */
    public LadderWindow(Window owner, ScenarioViewModel vm, Themes.Theme theme, PreferencesFile preferences) {
        this.vm = vm;
        this.model = new LadderModel(vm, Platform::runLater);
        this.spx = new LadderPane(model, LadderModel.Underlying.SPX, vm);
        this.vix = new LadderPane(model, LadderModel.Underlying.VIX, vm);
        LadderColumns columns = new LadderColumns(preferences, model::error);
        columns.register(spx.table());
        columns.register(vix.table());
        stage.initOwner(owner);
        stage.setTitle("CondorDesk — Strike ladder");
        BorderPane root = new BorderPane();
        root.setId("ladderWindow");
        root.getStyleClass().add("workstation");
        root.setTop(toolbar());
        TabPane tabs = new TabPane(new Tab("SPX", spx), new Tab("VIX · VX curve", vixWithCurve()));
        tabs.setId("ladderTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        root.setBottom(ticket());
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(LadderWindow.class.getResource(STYLESHEET).toExternalForm());
        Themes.apply(theme, scene);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        stage.setOnHidden(e -> timer.stop());
        for (LadderModel.Underlying u : LadderModel.Underlying.values()) {
            model.loadedProperty(u).addListener((obs, old, chain) -> showQuoteTime());
        }
    }

    /** The owner's ladder window, built on first use; shown in front. */
    public static LadderWindow showFor(Stage owner, ScenarioViewModel vm, Themes.Theme theme) {
        LadderWindow window = (LadderWindow) owner.getProperties().computeIfAbsent(LadderWindow.class,
                key -> new LadderWindow(owner, vm, theme));
        Themes.apply(theme, window.stage.getScene());
        window.show();
        return window;
    }

    public void show() {
        if (!stage.isShowing()) {
            stage.show();
        }
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    TableView<LadderRow> spxTable() {
        return spx.table();
    }

    TableView<LadderRow> vixTable() {
        return vix.table();
    }

    public LadderModel model() {
        return model;
    }

    private HBox toolbar() {
        Button open = Tips.on(new Button("Open chain…"), "A chain file: Cboe's CSV download, the long layout or the "
                + "delayed-quotes JSON (docs/formats.md); its underlying picks the tab");
        open.setId("ladderOpen");
        open.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Open option chain");
            File file = chooser.showOpenDialog(stage);
            if (file != null) {
                model.open(QuoteSource.of(file.toPath()));
            }
        });
        Button folder = Tips.on(new Button("Watch folder…"), "Read the newest chain file of a folder; Refresh (or the "
                + "timer) reads the newest again when a new snapshot lands");
        folder.setId("ladderFolder");
        folder.setOnAction(e -> {
            File dir = new javafx.stage.DirectoryChooser().showDialog(stage);
            if (dir != null) {
                model.open(QuoteSource.of(dir.toPath()));
            }
        });
        Button cboe = Tips.on(new Button("Cboe SPX + VIX"), "Cboe's public delayed quotes (about 15 minutes late, for "
                + "personal use): read only when you ask");
        cboe.setId("ladderCboe");
        cboe.setOnAction(e -> {
            model.open(LadderModel.Underlying.SPX, new QuoteSource.Url(QuoteDownload.CBOE_SPX));
            model.open(LadderModel.Underlying.VIX, new QuoteSource.Url(QuoteDownload.CBOE_VIX));
        });
        Button refresh = Tips.on(new Button("Refresh"), "Read every chain's source again; the market and every leg's "
                + "quote follow (one undo step per chain)");
        refresh.setId("ladderRefresh");
        refresh.setOnAction(e -> model.refresh());
        ComboBox<Integer> every = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(0, 5, 10, 15, 30));
        every.setId("ladderAuto");
        every.setMinWidth(Region.USE_PREF_SIZE);
        every.setValue(0);
        every.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer minutes) {
                return minutes == null || minutes == 0 ? "Auto off" : "every " + minutes + " min";
            }

            @Override
            public Integer fromString(String text) {
                return 0;
            }
        });
        every.valueProperty().addListener((obs, old, minutes) -> schedule(minutes == null ? 0 : minutes));
        Tips.set(every, "Refresh on a timer: off by default; at least every 5 minutes (the quotes are delayed anyway)");
        quoteTime.setId("ladderQuoteTime");
        quoteTime.getStyleClass().add("ladder-quote-time");
        for (Button button : java.util.List.of(open, folder, cboe, refresh)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        quoteTime.setMinWidth(0);
        HBox.setHgrow(quoteTime, Priority.ALWAYS);
        HBox bar = new HBox(8, open, folder, cboe, refresh, every, quoteTime);
        bar.getStyleClass().add("chain-toolbar");
        return bar;
    }

    private void schedule(int minutes) {
        timer.stop();
        timer.getKeyFrames().clear();
        if (minutes >= 5) {
            timer.getKeyFrames().add(new KeyFrame(Duration.minutes(minutes), e -> model.refresh()));
            timer.setCycleCount(Timeline.INDEFINITE);
            timer.play();
        }
    }

    /**
     * "SPX Wed 25 Nov 2026 10:30 · VIX Wed 25 Nov 2026 10:00 · STALE (11 days old)": each chain's quote time (New York),
     * the stale flag once, for the oldest. Short enough for the toolbar at 1280 px; the tooltip holds the same text.
     */
    private void showQuoteTime() {
        StringBuilder text = new StringBuilder();
        boolean stale = false;
        long oldest = 0;
        ZonedDateTime now = ZonedDateTime.now(Instrument.NEW_YORK);
        for (LadderModel.Underlying u : LadderModel.Underlying.values()) {
            LadderModel.Loaded chain = model.loadedProperty(u).get();
            if (chain != null) {
                if (model.stale(u, now)) {
                    stale = true;
                    oldest = Math.max(oldest, ChronoUnit.MINUTES.between(chain.quoteTime(), now));
                }
                text.append(text.length() == 0 ? "" : " · ").append(u).append(' ')
                        .append(Fmt.dateTime(chain.quoteTime().toLocalDateTime()));
            }
        }
        if (stale) {
            text.append(" · STALE (").append(age(oldest)).append(" old)");
        }
        quoteTime.setText(text.toString());
        quoteTime.setTooltip(text.length() == 0 ? null : new javafx.scene.control.Tooltip("Quote time of each chain, "
                + "New York: " + text + (stale ? "; stale after " + LadderModel.STALE_AFTER.toMinutes() + " minutes" : "")));
        quoteTime.pseudoClassStateChanged(STALE, stale);
    }

    private static String age(long minutes) {
        return minutes < 120 ? minutes + " min" : minutes < 2880 ? minutes / 60 + " h" : minutes / 1440 + " days";
    }

    private SplitPane vixWithCurve() {
        NumberAxis x = new NumberAxis();
        x.setLabel("days to settlement");
        x.setForceZeroInRange(false);
        NumberAxis y = new NumberAxis();
        y.setLabel("VX future");
        y.setForceZeroInRange(false);
        LineChart<Number, Number> curve = new LineChart<>(x, y);
        curve.setId("vxCurve");
        curve.setAnimated(false);
        curve.setTitle("VX futures · ● the expiry's future");
        XYChart.Series<Number, Number> futures = new XYChart.Series<>();
        futures.setName("VX curve (scenario)");
        XYChart.Series<Number, Number> selected = new XYChart.Series<>();
        selected.setName("priced off");
        curve.getData().add(futures); // one by one: addAll(a, b) makes a generic array (-Werror)
        curve.getData().add(selected);
        Runnable update = () -> fillCurve(futures, selected);
        vm.scenarioProperty().addListener((obs, old, s) -> update.run());
        model.selectedProperty(LadderModel.Underlying.VIX).addListener((obs, old, e) -> update.run());
        update.run();
        SplitPane split = new SplitPane(vix, curve);
        split.setDividerPositions(0.71); // the ladder's default columns whole at 1280 px, the curve beside
        return split;
    }

    /** The scenario's futures (O(futures), no engine work) and the selected expiry's point on the curve. */
    private void fillCurve(XYChart.Series<Number, Number> futures, XYChart.Series<Number, Number> selected) {
        Scenario scenario = vm.scenario();
        java.util.List<XYChart.Data<Number, Number>> points = new java.util.ArrayList<>();
        ZonedDateTime valuation = scenario.valuationInstant();
        for (FuturesQuote quote : scenario.market().vixFutures()) {
            double days = org.condordesk.market.Tenor.days(valuation, Instrument.vixSettlement(quote.expiry()));
            points.add(new XYChart.Data<>(days, quote.price()));
        }
        futures.getData().setAll(points);
        ExpiryAnalysis expiry = model.selectedProperty(LadderModel.Underlying.VIX).get();
        selected.getData().clear();
        if (expiry != null) {
            double days = org.condordesk.market.Tenor.days(valuation, expiry.quotes().settlement());
            selected.getData().add(new XYChart.Data<>(days, model.vixFuture(LadderModel.Underlying.VIX, expiry)));
        }
    }

    private VBox ticket() {
        Spinner<Integer> quantity = new Spinner<>(1, 1000, 1);
        quantity.setId("ladderQuantity");
        quantity.setEditable(true);
        quantity.setPrefWidth(80);
        model.quantityProperty().bind(quantity.valueProperty());
        Label legs = new Label();
        legs.setId("ladderTicket");
        legs.setWrapText(true);
        model.ticket().addListener((ListChangeListener<Leg>) c -> legs.setText(ticketText()));
        Label preview = new Label();
        preview.setId("ladderPreview");
        preview.setWrapText(true);
        preview.textProperty().bind(model.previewProperty());
        Button add = Tips.on(new Button("Add to selected layer"), "The ticket's legs join the workstation's selected layer "
                + "(undo with Ctrl+Z)");
        add.setId("ladderAdd");
        add.setOnAction(e -> model.confirm(false));
        Button asNew = Tips.on(new Button("Add as new layer"), "The ticket as a new layer: a core layer for SPX options, a hedge layer "
                + "with a VIX option");
        asNew.setId("ladderAddNew");
        asNew.setOnAction(e -> model.confirm(true));
        Button clear = new Button("Clear");
        clear.setId("ladderClear");
        clear.setOnAction(e -> model.clearTicket());
        add.disableProperty().bind(Bindings.isEmpty(model.ticket()));
        asNew.disableProperty().bind(Bindings.isEmpty(model.ticket()));
        HBox buttons = new HBox(8, new Label("Contracts"), quantity, add, asNew, clear);
        buttons.getStyleClass().add("chain-actions");
        Label status = new Label();
        status.setId("ladderStatus");
        status.getStyleClass().add("chain-status");
        status.textProperty().bind(model.statusProperty());
        model.statusIsErrorProperty().addListener((obs, was, error) -> status.pseudoClassStateChanged(ERROR, error));
        Label hint = new Label("Click a bid to sell, an ask to buy: the leg joins the ticket at that price.");
        hint.getStyleClass().add("muted-note");
        VBox box = new VBox(2, hint, legs, preview, buttons, status);
        box.getStyleClass().add("ladder-ticket");
        return box;
    }

    private String ticketText() {
        StringBuilder text = new StringBuilder("Ticket: ");
        for (Leg leg : model.ticket()) {
            text.append(text.length() == 8 ? "" : " · ").append(Fmt.signed(leg.quantity(), 0)).append(' ')
                    .append(leg.instrument().label()).append(" @ ").append(Fmt.number(leg.entryPrice(), 2));
        }
        return model.ticket().isEmpty() ? "" : text.toString();
    }
}
