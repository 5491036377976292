package org.condordesk.ui.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.condordesk.ui.FxTestSupport.onFx;
import static org.condordesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.Parent;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.condordesk.backtest.Backtest;
import org.condordesk.backtest.BacktestConfig;
import org.condordesk.backtest.BacktestMarket;
import org.condordesk.backtest.BacktestResult;
import org.condordesk.backtest.Bootstrap;
import org.condordesk.backtest.Frontier;
import org.condordesk.backtest.HistoryFiles;
import org.condordesk.backtest.VariantResult;
import org.condordesk.ui.FxTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 30 in the Backtest window: a short run shows each variant's 95 % bootstrap intervals, the Frontier tab draws
 * one point per hedge of the default grid plus no hedge with the dominated ones grey and exports them, and Analysis ›
 * Backtest this scenario fills the form from the sample scenario. Expected figures come from the engine run again
 * here on samples/history (one thread; the window used every core), formatted by this test, and the scenario's
 * fields from samples/condor-vix-hedge.json read by hand.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class BacktestFrontierFxTest {

    /** Half a year with the 2020-03-16 stress day: short enough for a 61-point frontier in seconds. */
    private static final LocalDate FROM = LocalDate.of(2020, 1, 1);
    private static final LocalDate TO = LocalDate.of(2020, 6, 30);

    private FxTestSupport app;
    private Stage main;

    @Start
    void start(Stage stage) {
        main = stage;
        app = FxTestSupport.open(stage);
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void intervalsFrontierAndTheScenariosRulesShowInTheWindow() throws Exception {
        app.settle();
        BacktestWindow window = onFx(() -> {
            menuItem("menuBacktest").fire();
            BacktestWindow shown = (BacktestWindow) main.getProperties().get(BacktestWindow.class);
            // The window belongs to the test stage, which other FX test classes share: back to the documented
            // defaults first (another test may have loaded a config into it).
            ((javafx.scene.control.Button) shown.stage().getScene().lookup("#backtestDefaults")).fire();
            shown.setWindow(FROM.toString(), TO.toString());
            shown.run();
            return shown;
        });
        waitUntil("the run's result is shown", 120, () -> window.model().resultProperty().get() != null
                && !window.model().runningProperty().get());
        BacktestConfig config = BacktestConfig.defaults().withFrom(Optional.of(FROM)).withTo(Optional.of(TO));
        // The window trades against whatever real history the data folder's library holds (another test may have
        // imported some there): the expected run reads the same, as the window does.
        BacktestMarket market = HistoryFiles.bundled(Path.of("samples/history")).load(config.model())
                .withRealData(org.condordesk.backtest.StoredMarketData.load(org.condordesk.store.DataFolders.libraryFile(),
                        org.condordesk.backtest.StoredMarketData.Chains.NONE));
        checkIntervals(window, Backtest.run(config, market));
        checkFrontier(window, config, market);
        checkScenario(window);
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = (MenuBar) main.getScene().lookup("#menuBar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    /** The interval cells are the bootstrap's (same seed and settings as the CLI) in this test's own format. */
    @SuppressWarnings("unchecked")
    private void checkIntervals(BacktestWindow window, BacktestResult expected) {
        Bootstrap.Result ci = Bootstrap.of(expected, Bootstrap.Settings.defaults());
        TableView<VariantResult> table = onFx(() -> (TableView<VariantResult>) window.stage().getScene()
                .lookup("#backtestMetrics"));
        for (int row = 0; row < 3; row++) {
            Bootstrap.VariantIntervals v = ci.variants().get(row);
            assertThat(cell(table, "Sharpe 95 %", row)).isEqualTo(ratio(v.sharpe().lower()) + " … "
                    + ratio(v.sharpe().upper()));
            assertThat(cell(table, "Annual 95 %", row)).isEqualTo(percent(v.annualReturn().lower()) + " … "
                    + percent(v.annualReturn().upper()));
        }
        // Row 0 is the unhedged condor: no difference against itself; the hedged rows have one.
        assertThat(cell(table, "Sharpe better", 0)).isEmpty();
        Bootstrap.Difference alvh = ci.variants().get(2).versusUnhedged().orElseThrow();
        assertThat(cell(table, "Sharpe better", 2)).isEqualTo("in " + percent(alvh.shareSharpeImproved())
                + " of resamples");
        assertThat(cell(table, "Δ Sharpe 95 %", 2)).isEqualTo(ratio(alvh.sharpe().lower()) + " … "
                + ratio(alvh.sharpe().upper()));
    }

    /** 12.3%, -4.0%: one decimal, grouped, no negative zero (how a trading screen writes a return). */
    private static String percent(double fraction) {
        return String.format(Locale.US, "%,.1f%%", 100 * fraction).replace("-0.0%", "0.0%");
    }

    private static String ratio(double value) {
        String text = String.format(Locale.US, "%,.2f", value);
        return text.equals("-0.00") ? "0.00" : text;
    }

    private static String cell(TableView<VariantResult> table, String header, int row) {
        return onFx(() -> {
            TableColumn<VariantResult, ?> column = table.getColumns().stream().filter(c -> header.equals(c.getUserData()))
                    .findFirst().orElseThrow(() -> new AssertionError("no column " + header));
            return (String) column.getCellData(row);
        });
    }

    private void checkFrontier(BacktestWindow window, BacktestConfig config, BacktestMarket market) throws Exception {
        onFx(() -> {
            window.showTab(3);
            ((Button) window.stage().getScene().lookup("#frontierRun")).fire();
            return null;
        });
        waitUntil("the frontier is shown", 300, () -> window.model().frontierProperty().get() != null
                && !window.model().runningProperty().get());
        List<Frontier.Point> expected = Frontier.run(config, market, Frontier.Grid.defaults(), 1, share -> { },
                () -> false);
        FrontierView view = onFx(() -> (FrontierView) window.stage().getScene().lookup("#backtestFrontier"));
        WaitForAsyncUtils.waitForFxEvents();
        List<XYChart.Data<Number, Number>> points = onFx(view::points);
        // Five instruments × four sizes × three tenors (Frontier.Grid.defaults()) and the unhedged reference.
        assertThat(points).hasSize(5 * 4 * 3 + 1).hasSize(expected.size());
        int greyed = 0;
        for (int i = 0; i < points.size(); i++) {
            Frontier.Point p = expected.get(i);
            XYChart.Data<Number, Number> shown = points.get(i);
            assertThat(shown.getXValue().doubleValue()).isEqualTo(p.costPerYear());
            assertThat(shown.getYValue().doubleValue()).isEqualTo(p.cvar95());
            boolean grey = onFx(() -> shown.getNode().getStyleClass().contains(FrontierView.DOMINATED));
            assertThat(grey).as("point %d greyed exactly when dominated", i).isEqualTo(p.dominated());
            greyed += grey ? 1 : 0;
        }
        assertThat(greyed).as("at least one dominated hedge greyed").isPositive();
        onFx(() -> {
            view.setMeasure(FrontierView.Measure.MAX_DRAWDOWN);
            return null;
        });
        // The drawdown measure is drawn in percent: 100 × the engine's fraction.
        assertThat(onFx(() -> view.points().get(1).getYValue().doubleValue()))
                .isEqualTo(100 * expected.get(1).maxDrawdown());
        Path folder = Files.createTempDirectory("condordesk-frontier-csv");
        Path file = folder.resolve("frontier.csv");
        Path written = onFx(() -> window.model().exportFrontier(file).orElseThrow()).get(30, TimeUnit.SECONDS);
        List<String> lines = Files.readAllLines(written);
        assertThat(lines.get(0)).startsWith("instrument,size_rule,hedge_ratio,tenor_days,cost_per_year");
        assertThat(lines).hasSize(expected.size() + 1);
        Files.delete(file);
        Files.delete(folder);
    }

    /**
     * samples/condor-vix-hedge.json by hand: a 10-lot condor, 7275/7350 puts and 7800/7875 calls (75-point wings)
     * expiring 14 days after the 2026-11-25 valuation; its first hedge layer a VIX call diagonal whose long leg expires
     * 84 days out, the second a long VX future 56 days out sized by the ALVH rules (ScenarioRulesTest checks the same).
     */
    @SuppressWarnings("unchecked")
    private void checkScenario(BacktestWindow window) {
        onFx(() -> {
            menuItem("menuBacktestScenario").fire();
            return null;
        });
        waitUntil("the scenario's rules are in the form", 60,
                () -> window.model().statusProperty().get().startsWith("Rules read from"));
        Parent root = onFx(() -> window.stage().getScene().getRoot());
        assertThat(text(root, "#backtestContracts")).isEqualTo("10");
        assertThat(text(root, "#backtestWing")).isEqualTo("75");
        assertThat(text(root, "#backtestDte")).isEqualTo("14");
        assertThat(onFx(() -> ((ChoiceBox<BacktestConfig.HedgeInstrument>) root.lookup("#hedgeInstrument0")).getValue()))
                .isEqualTo(BacktestConfig.HedgeInstrument.DIAGONAL);
        assertThat(text(root, "#hedgeTenor0")).isEqualTo("84");
        assertThat(onFx(() -> ((ChoiceBox<BacktestConfig.HedgeInstrument>) root.lookup("#hedgeInstrument1")).getValue()))
                .isEqualTo(BacktestConfig.HedgeInstrument.VX);
        assertThat(text(root, "#hedgeTenor1")).isEqualTo("56");
        checkRefusal(window);
        // An edit in the form reaches the run's config: the diagonal at 60 days, the condor at 5 lots.
        onFx(() -> {
            ((TextField) root.lookup("#hedgeTenor0")).setText("60");
            ((TextField) root.lookup("#backtestContracts")).setText("5");
            return null;
        });
        BacktestConfig edited = onFx(() -> window.formConfig());
        assertThat(edited.entry().contracts()).isEqualTo(5);
        assertThat(edited.variants().stream().filter(v -> v.hedge().instrument() == BacktestConfig.HedgeInstrument.DIAGONAL
                && v.kind() == BacktestConfig.HedgeKind.FIXED).findFirst().orElseThrow().hedge().tenorDays()).isEqualTo(60);
    }

    /** A scenario with no condor (the sample's hedge layers only) is refused in one line; the form keeps its rules. */
    private void checkRefusal(BacktestWindow window) {
        onFx(() -> {
            org.condordesk.model.Scenario sample = app.vm.scenario();
            window.backtestScenario(sample.withLayers(sample.layers().stream()
                    .filter(l -> l.role() != org.condordesk.model.LayerRole.CORE).toList()));
            return null;
        });
        waitUntil("the refusal is on the status line", 60,
                () -> window.model().statusProperty().get().startsWith("Cannot backtest"));
        String status = onFx(() -> window.model().statusProperty().get());
        assertThat(status).contains("iron condor").doesNotContain("\n").doesNotContain("Exception");
        assertThat(text(onFx(() -> window.stage().getScene().getRoot()), "#backtestContracts")).isEqualTo("10");
    }

    private static String text(Parent root, String id) {
        return onFx(() -> ((TextField) root.lookup(id)).getText());
    }
}
