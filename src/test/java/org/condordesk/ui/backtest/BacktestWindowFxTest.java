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

import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.condordesk.backtest.Backtest;
import org.condordesk.backtest.BacktestConfig;
import org.condordesk.backtest.BacktestMarket;
import org.condordesk.backtest.BacktestResult;
import org.condordesk.backtest.HistoryFiles;
import org.condordesk.backtest.Sweep;
import org.condordesk.backtest.TradeRecord;
import org.condordesk.backtest.VariantResult;
import org.condordesk.ui.FxTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * End to end as a trader uses it: Ctrl+B opens the Backtest window, a 2019–2020 run of the three default variants
 * fills the metrics table, the charts and the trade table, the trades export as CSV, and a 2×2×1 sweep fills its
 * heatmap. Every expected figure comes from the engine run again here on the history files read from samples/history
 * (not the window's resource copy), formatted by this test's own formatter, not the window's.
 */
@ExtendWith(ApplicationExtension.class)
@Tag("slow")
class BacktestWindowFxTest {

    private static final LocalDate FROM = LocalDate.of(2019, 1, 1);
    private static final LocalDate TO = LocalDate.of(2020, 12, 31);

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

    /** Whole dollars with a sign, as a trading screen writes P&L: +$1,805, -$21,186, $0. */
    private static String dollars(double value) {
        long whole = Math.round(Math.abs(value));
        return whole == 0 ? "$0" : (value < 0 ? "-" : "+") + "$" + String.format(Locale.US, "%,d", whole);
    }

    private static BacktestConfig config() {
        return BacktestConfig.defaults().withFrom(Optional.of(FROM)).withTo(Optional.of(TO));
    }

    private static BacktestMarket market(BacktestConfig config) throws Exception {
        return HistoryFiles.bundled(Path.of("samples/history")).load(config.model());
    }

    @Test
    void aShortRunFillsTheTablesChartsAndExportAndASweepFillsItsHeatmap(FxRobot robot) throws Exception {
        app.settle();
        robot.press(KeyCode.CONTROL).type(KeyCode.B).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        BacktestWindow window = onFx(() -> (BacktestWindow) main.getProperties().get(BacktestWindow.class));
        assertThat(window).as("Ctrl+B opened the Backtest window").isNotNull();
        assertThat(onFx(() -> window.stage().isShowing())).isTrue();

        onFx(() -> {
            window.setWindow(FROM.toString(), TO.toString());
            return null;
        });
        robot.clickOn(robot.from(window.stage().getScene().getRoot()).lookup("#backtestRun").queryButton());
        waitUntil("the run's result is shown", 60, () -> window.model().resultProperty().get() != null
                && !window.model().runningProperty().get());

        BacktestConfig config = config();
        BacktestMarket market = market(config);
        BacktestResult expected = Backtest.run(config, market);
        checkMetrics(window, expected);
        checkCharts(window, expected);
        checkTrades(window, expected);
        checkExport(window, expected);
        checkSweep(window, robot, config, market);
        checkLoadConfig(window);
    }

    /** With two hedge ratios the chooser picks the slice shown: the second ratio's cell is the engine's. */
    @SuppressWarnings("unchecked")
    private void checkHedgeRatioChooser(BacktestWindow window, FxRobot robot, BacktestConfig config, BacktestMarket market) {
        onFx(() -> {
            window.setSweepAxes("0.16", "14", "0.5, 2");
            return null;
        });
        BacktestModel.SweepResult before = onFx(() -> window.model().sweepProperty().get());
        robot.clickOn(robot.from(window.stage().getScene().getRoot()).lookup("#sweepRun").queryButton());
        waitUntil("the second sweep is shown", 60, () -> window.model().sweepProperty().get() != before
                && !window.model().runningProperty().get());
        javafx.scene.control.ChoiceBox<Double> ratio = onFx(() ->
                (javafx.scene.control.ChoiceBox<Double>) window.stage().getScene().lookup("#sweepRatio"));
        onFx(() -> {
            ratio.setValue(2.0);
            return null;
        });
        SweepHeatmap heatmap = onFx(() -> (SweepHeatmap) window.stage().getScene().lookup("#sweepHeatmap"));
        List<Sweep.Cell> cells = Sweep.run(config, market, new Sweep.Grid("ALVH", List.of(0.16), List.of(14),
                List.of(0.5, 2.0)), 1, share -> { }, () -> false);
        assertThat(cells.get(1).hedgeRatio()).isEqualTo(2.0);
        assertThat(onFx(heatmap::cellCount)).isEqualTo(1);
        assertThat(onFx(() -> heatmap.cellText(0, 0))).isEqualTo(String.format(Locale.US, "%.2f", cells.get(1).metrics().sharpe()))
                .isNotEqualTo(String.format(Locale.US, "%.2f", cells.get(0).metrics().sharpe()));
        onFx(() -> {
            window.setSweepAxes("0.10, 0.16", "7, 14", "1");
            return null;
        });
        // Read the shown sweep before the click: a fast sweep can finish before a read after it.
        BacktestModel.SweepResult second = onFx(() -> window.model().sweepProperty().get());
        robot.clickOn(robot.from(window.stage().getScene().getRoot()).lookup("#sweepRun").queryButton());
        waitUntil("the 2×2×1 sweep is shown again", 60, () -> window.model().sweepProperty().get() != second
                && !window.model().runningProperty().get());
    }

    /** Load config… fills the form from the file; a bad file is one line on the status line and changes nothing. */
    private void checkLoadConfig(BacktestWindow window) throws Exception {
        Path folder = Files.createTempDirectory("condordesk-backtest-config");
        Path good = folder.resolve("weekly-backtest.json");
        Files.writeString(good, "{\"entry\": {\"daysToExpiry\": 21, \"shortDelta\": 0.12}, \"exits\": "
                + "{\"takeProfitPctOfCredit\": 50}}");
        Path bad = folder.resolve("bad-backtest.json");
        Files.writeString(bad, "{\"exits\": {\"stopLossPctOfCredit\": -5}}");
        onFx(() -> {
            window.loadConfig(good);
            return null;
        });
        javafx.scene.Parent root = onFx(() -> window.stage().getScene().getRoot());
        assertThat(onFx(() -> ((javafx.scene.control.TextField) root.lookup("#backtestDte")).getText())).isEqualTo("21");
        assertThat(onFx(() -> ((javafx.scene.control.TextField) root.lookup("#backtestDelta")).getText())).isEqualTo("0.12");
        assertThat(onFx(() -> ((javafx.scene.control.TextField) root.lookup("#backtestTakeProfit")).getText())).isEqualTo("50");
        onFx(() -> {
            window.loadConfig(bad);
            return null;
        });
        String status = onFx(() -> window.model().statusProperty().get());
        assertThat(status).startsWith("Cannot load bad-backtest.json").contains("exits.stopLossPctOfCredit")
                .doesNotContain("\n");
        assertThat(onFx(() -> ((javafx.scene.control.TextField) root.lookup("#backtestDte")).getText())).isEqualTo("21");
        Files.delete(good);
        Files.delete(bad);
        Files.delete(folder);
    }

    @SuppressWarnings("unchecked")
    private void checkMetrics(BacktestWindow window, BacktestResult expected) {
        TableView<VariantResult> table = onFx(() -> (TableView<VariantResult>) window.stage().getScene().lookup("#backtestMetrics"));
        assertThat(onFx(() -> table.getItems().size())).isEqualTo(expected.variants().size()).isEqualTo(3);
        List<String> headers = onFx(() -> table.getColumns().stream().map(c -> (String) c.getUserData()).toList());
        assertThat(headers).contains("2018-02-05", "2020-03-16", "2024-08-05", "Sharpe", "Annual", "IRR − cost");
        for (int row = 0; row < 3; row++) {
            VariantResult variant = expected.variants().get(row);
            int r = row;
            assertThat(onFx(() -> cell(table, "Variant", r))).isEqualTo(variant.name());
            assertThat(onFx(() -> cell(table, "Sharpe", r)))
                    .isEqualTo(String.format(Locale.US, "%.2f", variant.metrics().sharpe()));
            // 2020-03-16 lies in the window: a real figure; the other two stress days are outside it.
            assertThat(onFx(() -> cell(table, "2020-03-16", r)))
                    .isEqualTo(dollars(variant.metrics().stressPnl().get(LocalDate.of(2020, 3, 16))));
            assertThat(onFx(() -> cell(table, "2018-02-05", r))).isEqualTo("—");
        }
        String notes = onFx(() -> ((Label) window.stage().getScene().lookup("#backtestNotes")).getText());
        assertThat(notes).contains("From " + expected.firstDay() + " to " + expected.lastDay());
    }

    private static String cell(TableView<VariantResult> table, String header, int row) {
        TableColumn<VariantResult, ?> column = table.getColumns().stream().filter(c -> header.equals(c.getUserData()))
                .findFirst().orElseThrow(() -> new AssertionError("no column " + header));
        return (String) column.getCellData(row);
    }

    @SuppressWarnings("unchecked")
    private void checkCharts(BacktestWindow window, BacktestResult expected) {
        for (String id : List.of("#backtestEquity", "#backtestDrawdown")) {
            LineChart<Number, Number> chart = onFx(() -> (LineChart<Number, Number>) window.stage().getScene().lookup(id));
            List<XYChart.Series<Number, Number>> series = onFx(() -> List.copyOf(chart.getData()));
            assertThat(series).extracting(XYChart.Series::getName)
                    .containsExactlyElementsOf(expected.variants().stream().map(VariantResult::name).toList());
            for (int v = 0; v < series.size(); v++) {
                int days = expected.variants().get(v).dates().length;
                int points = onFx(series.get(v).getData()::size);
                // About 500 trading days: under the 1,000-point cap, so every day is plotted.
                assertThat(points).isEqualTo(days);
            }
        }
        LineChart<Number, Number> equity = onFx(() -> (LineChart<Number, Number>) window.stage().getScene().lookup("#backtestEquity"));
        double[] cumulative = expected.variants().get(0).cumulativePnl();
        double lastPlotted = onFx(() -> {
            List<XYChart.Data<Number, Number>> data = equity.getData().get(0).getData();
            return data.get(data.size() - 1).getYValue().doubleValue();
        });
        assertThat(lastPlotted).isEqualTo(cumulative[cumulative.length - 1]);
    }

    @SuppressWarnings("unchecked")
    private void checkTrades(BacktestWindow window, BacktestResult expected) {
        window.stage().getScene();
        onFx(() -> {
            window.showTab(1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<TradeRecord> trades = onFx(() -> (TableView<TradeRecord>) window.stage().getScene().lookup("#backtestTradeTable"));
        VariantResult alvh = expected.variants().get(2);
        // The window is long enough for many trades (the unhedged condor's); a variant whose account is wiped out stops
        // trading (issue 28 §3), so the ALVH table may hold fewer: exactly the engine's.
        assertThat(expected.variants().get(0).trades().size()).isGreaterThan(50);
        assertThat(onFx(() -> trades.getItems().size())).isEqualTo(alvh.trades().size()).isPositive();
        TradeRecord first = alvh.trades().get(0);
        TableColumn<TradeRecord, ?> total = onFx(() -> trades.getColumns().stream()
                .filter(c -> "Total".equals(c.getUserData())).findFirst().orElseThrow());
        assertThat(onFx(() -> (String) total.getCellData(0))).isEqualTo(dollars(first.pnl()));
    }

    private void checkExport(BacktestWindow window, BacktestResult expected) throws Exception {
        Path folder = Files.createTempDirectory("condordesk-backtest-csv");
        Path file = folder.resolve("trades.csv");
        Path written = onFx(() -> window.exportTrades(file).orElseThrow()).get(30, TimeUnit.SECONDS);
        List<String> lines = Files.readAllLines(written);
        int trades = expected.variants().stream().mapToInt(v -> v.trades().size()).sum();
        assertThat(lines.get(0)).startsWith("variant,trade,entry,exit");
        assertThat(lines).hasSize(trades + 1);
        waitUntil("the status line names the file", 60, () -> window.model().statusProperty().get().contains(file.toString()));
        Files.delete(file);
        Files.delete(folder);
    }

    private void checkSweep(BacktestWindow window, FxRobot robot, BacktestConfig config, BacktestMarket market)
            throws Exception {
        onFx(() -> {
            window.showTab(2);
            window.setSweepAxes("0.10, 0.16", "7, 14", "1");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.from(window.stage().getScene().getRoot()).lookup("#sweepRun").queryButton());
        waitUntil("the sweep is shown", 60, () -> window.model().sweepProperty().get() != null
                && !window.model().runningProperty().get());
        SweepHeatmap heatmap = onFx(() -> (SweepHeatmap) window.stage().getScene().lookup("#sweepHeatmap"));
        assertThat(onFx(heatmap::cellCount)).isEqualTo(4);
        // The default variant swept is the config's last (ALVH); one thread here, the window's sweep used every core.
        Sweep.Grid grid = new Sweep.Grid("ALVH", List.of(0.10, 0.16), List.of(7, 14), List.of(1.0));
        List<Sweep.Cell> cells = Sweep.run(config, market, grid, 1, share -> { }, () -> false);
        for (int d = 0; d < 2; d++) {
            for (int t = 0; t < 2; t++) {
                int row = d;
                int column = t;
                assertThat(onFx(() -> heatmap.cellText(row, column)))
                        .isEqualTo(String.format(Locale.US, "%.2f", cells.get(d * 2 + t).metrics().sharpe()));
            }
        }
        // A screen reader hears the best and worst cells of the engine's own sweep (this test's formatter, not the window's).
        Sweep.Cell best = cells.stream().max(java.util.Comparator.comparingDouble(c -> c.metrics().sharpe())).orElseThrow();
        Sweep.Cell worst = cells.stream().min(java.util.Comparator.comparingDouble(c -> c.metrics().sharpe())).orElseThrow();
        int bestIndex = cells.indexOf(best);
        int worstIndex = cells.indexOf(worst);
        assertThat(onFx(heatmap::getAccessibleText)).isEqualTo(String.format(Locale.US,
                "SHARPE by short delta 0.1-0.16 and 7-14 days to expiry: best %.2f at delta %s, %d days; worst %.2f at delta %s, %d days",
                best.metrics().sharpe(), grid.shortDeltas().get(bestIndex / 2), grid.daysToExpiry().get(bestIndex % 2),
                worst.metrics().sharpe(), grid.shortDeltas().get(worstIndex / 2), grid.daysToExpiry().get(worstIndex % 2)));
        checkHedgeRatioChooser(window, robot, config, market);
        Path folder = Files.createTempDirectory("condordesk-sweep-csv");
        Path file = folder.resolve("sweep.csv");
        Path written = onFx(() -> window.model().exportSweep(file).orElseThrow()).get(30, TimeUnit.SECONDS);
        List<String> lines = Files.readAllLines(written);
        // A header and one row per cell; the second row is delta 0.1, 14 days, ratio 1 (delta slowest, ratio fastest).
        assertThat(lines).hasSize(5);
        assertThat(lines.get(2)).startsWith("0.1,14,1,");
        Files.delete(file);
        Files.delete(folder);
    }
}
