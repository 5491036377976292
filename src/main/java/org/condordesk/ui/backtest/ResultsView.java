package org.condordesk.ui.backtest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.condordesk.backtest.Backtest;
import org.condordesk.backtest.BacktestResult;
import org.condordesk.backtest.Bootstrap;
import org.condordesk.backtest.VariantMetrics;
import org.condordesk.backtest.VariantResult;
import org.condordesk.ui.widget.Tips;

/**
 * A run's results: the metrics table (one row per variant, with the three stress days), the notes on the window,
 * and the equity (cumulative P&L) and drawdown curves of every variant, each thinned to at most
 * {@link #MAX_POINTS} points a series so the chart stays quick.
 */
final class ResultsView extends VBox {

    static final int MAX_POINTS = 1000;

    private final TableView<VariantResult> metrics = new TableView<>();
    /** The last run's bootstrap intervals by variant name (the table's interval columns read them). */
    private final Map<String, Bootstrap.VariantIntervals> intervals = new HashMap<>();
    private final Label notes = new Label("No run yet");
    private final LineChart<Number, Number> equity = chart("backtestEquity", "Equity: cumulative P&L ($)");
    private final LineChart<Number, Number> drawdown = chart("backtestDrawdown", "Drawdown from the running peak (%), same colours");

    ResultsView() {
        setId("backtestResults");
        setSpacing(4);
        metrics.setId("backtestMetrics");
        metrics.setFixedCellSize(Tips.ROW_HEIGHT);
        fitRows(3);
        metrics.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        metrics.getColumns().setAll(columns());
        metrics.getColumns().addAll(metrics.getColumns().indexOf(metrics.getColumns().stream()
                .filter(c -> "Max DD".equals(c.getUserData())).findFirst().orElseThrow()) + 1, intervalColumns());
        notes.setId("backtestNotes");
        notes.setWrapText(true);
        notes.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        drawdown.setLegendVisible(false);
        SplitPane charts = new SplitPane(equity, drawdown);
        charts.setOrientation(Orientation.VERTICAL);
        charts.setDividerPositions(0.6);
        VBox.setVgrow(charts, Priority.ALWAYS);
        getChildren().addAll(metrics, notes, charts);
    }

    /**
     * The metrics table's columns: the question's figures first (return, risk-adjusted return, IRR against the
     * capital charge, drawdown, the stress days), the trade statistics after.
     */
    private static List<TableColumn<VariantResult, String>> columns() {
        List<TableColumn<VariantResult, String>> columns = new ArrayList<>();
        columns.add(BacktestText.column("Variant", "The variant's name in the config", VariantResult::name, 150));
        columns.add(BacktestText.column("Total", "Total P&L over the capital base",
                v -> BacktestText.percent(m(v).totalReturn()), 70));
        columns.add(BacktestText.column("Annual", "Annualised return on the capital base (the most margin "
                + "the variant ever tied up)", v -> BacktestText.percent(m(v).annualReturn()), 70));
        columns.add(BacktestText.column("Sharpe", "Mean / sd of daily returns × √252 (no risk-free deduction)",
                v -> BacktestText.ratio(m(v).sharpe()), 56));
        columns.add(BacktestText.column("Sortino", "Mean / downside deviation of daily returns × √252",
                v -> BacktestText.ratio(m(v).sortino()), 58));
        columns.add(BacktestText.column("IRR", "IRR of the trades' flows (peak capital out at entry, back "
                + "with the P&L at exit)", v -> BacktestText.percent(m(v).irr()), 78));
        columns.add(BacktestText.column("IRR − cost", "IRR minus the cost of capital: positive when the "
                + "variant earns its capital charge", v -> BacktestText.percent(m(v).irr() - m(v).costOfCapital()), 78));
        columns.add(BacktestText.column("Max DD", "Largest fall of equity from a running peak",
                v -> BacktestText.percent(m(v).maxDrawdown()), 64));
        for (LocalDate day : Backtest.STRESS_DAYS) {
            TableColumn<VariantResult, String> column = BacktestText.column(day.toString(),
                    "The book's mark-to-market P&L on " + day,
                    v -> BacktestText.dollars(m(v).stressPnl().getOrDefault(day, Double.NaN)), 84);
            column.setId("stress-" + day);
            columns.add(column);
        }
        columns.add(BacktestText.column("Win rate", "Share of closed trades with a positive P&L",
                v -> BacktestText.percent(m(v).winRate()), 64));
        columns.add(BacktestText.column("Worst trade", "The worst trade's P&L",
                v -> BacktestText.dollars(m(v).worstTrade()), 80));
        columns.add(BacktestText.column("Hedge/trade", "Average hedge cost per trade (minus the hedge "
                + "layers' P&L)", v -> BacktestText.dollars(m(v).averageHedgeCostPerTrade()), 80));
        columns.add(BacktestText.column("DD peak → trough", "The dates of the largest drawdown",
                v -> BacktestText.date(m(v).drawdownPeak()) + " → " + BacktestText.date(m(v).drawdownTrough()), 170));
        return columns;
    }

    /**
     * The 95 % intervals (stationary block bootstrap, {@link Bootstrap}) of annual return, Sharpe and max drawdown, and
     * for a hedged variant the hedged-minus-unhedged Sharpe and the share of resamples where the hedge's Sharpe is higher.
     */
    private List<TableColumn<VariantResult, String>> intervalColumns() {
        String how = " (95 %: stationary block bootstrap of daily P&L, 1,000 resamples, 20-day mean blocks)";
        return List.of(
                BacktestText.column("Annual 95 %", "Interval of the annual return" + how,
                        v -> ci(v).map(i -> percentRange(i.annualReturn())).orElse(""), 140),
                BacktestText.column("Sharpe 95 %", "Interval of the Sharpe ratio" + how,
                        v -> ci(v).map(i -> ratioRange(i.sharpe())).orElse(""), 110),
                BacktestText.column("Max DD 95 %", "Interval of the max drawdown" + how,
                        v -> ci(v).map(i -> percentRange(i.maxDrawdown())).orElse(""), 140),
                BacktestText.column("Δ Sharpe 95 %", "Hedged minus unhedged Sharpe, resample by resample on the same "
                        + "days" + how, v -> versus(v).map(d -> ratioRange(d.sharpe())).orElse(""), 110),
                BacktestText.column("Sharpe better", "Share of resamples in which this hedge's Sharpe beats the "
                        + "unhedged condor's", v -> versus(v).map(d -> "in " + BacktestText.percent(
                        d.shareSharpeImproved()) + " of resamples").orElse(""), 170));
    }

    private Optional<Bootstrap.VariantIntervals> ci(VariantResult v) {
        return Optional.ofNullable(intervals.get(v.name()));
    }

    private Optional<Bootstrap.Difference> versus(VariantResult v) {
        return ci(v).flatMap(Bootstrap.VariantIntervals::versusUnhedged);
    }

    private static String percentRange(Bootstrap.Interval i) {
        return BacktestText.percent(i.lower()) + " … " + BacktestText.percent(i.upper());
    }

    private static String ratioRange(Bootstrap.Interval i) {
        return BacktestText.ratio(i.lower()) + " … " + BacktestText.ratio(i.upper());
    }

    /** Shows {@code result} with its intervals ({@code ci} null: none, the interval cells stay empty). */
    void show(BacktestResult result, Bootstrap.Result ci) {
        intervals.clear();
        if (ci != null) {
            ci.variants().forEach(v -> intervals.put(v.name(), v));
        }
        metrics.setItems(FXCollections.observableArrayList(result.variants()));
        fitRows(result.variants().size());
        StringBuilder text = new StringBuilder("From " + result.firstDay() + " to " + result.lastDay() + ".");
        for (String note : result.notes()) {
            text.append(' ').append(Character.toUpperCase(note.charAt(0))).append(note.substring(1)).append('.');
        }
        for (VariantResult variant : result.variants()) {
            text.append(" Data, ").append(variant.name()).append(": ").append(variant.dataCoverage().describe()).append('.');
        }
        notes.setText(text.toString());
        equity.setData(series(result, VariantResult::cumulativePnl, 1));
        drawdown.setData(series(result, VariantResult::drawdown, -100));
        for (LineChart<Number, Number> chart : List.of(equity, drawdown)) {
            dateAxis((NumberAxis) chart.getXAxis(), result.firstDay(), result.lastDay());
        }
        drawdownAxis((NumberAxis) drawdown.getYAxis(), result);
    }

    /**
     * The date axis fitted to the run: from its first to its last day, ticks a whole number of years apart (or
     * months in a run shorter than three years), starting on a year's (month's) first day, so at most about ten fit.
     */
    private static void dateAxis(NumberAxis axis, LocalDate first, LocalDate last) {
        long days = Math.max(1, last.toEpochDay() - first.toEpochDay());
        boolean years = days > 3 * 365;
        double unit = years ? 365.25 * Math.max(1, Math.ceil(days / 365.25 / 10))
                : 30.44 * Math.max(1, Math.ceil(days / 30.44 / 10));
        axis.setAutoRanging(false);
        // From the 1st of the first year (month), so the ticks fall on year (month) starts and read true.
        axis.setLowerBound((years ? first.withDayOfYear(1) : first.withDayOfMonth(1)).toEpochDay());
        axis.setUpperBound(last.toEpochDay());
        axis.setTickUnit(unit);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                String date = LocalDate.ofEpochDay(Math.round(epochDay.doubleValue())).toString();
                return years ? date.substring(0, 4) : date.substring(0, 7);
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
    }

    /** The drawdown axis from 0 down to the deepest drawdown of any variant, ticks at a round step (no padding). */
    private static void drawdownAxis(NumberAxis axis, BacktestResult result) {
        double deepestPct = 100 * result.variants().stream().flatMapToDouble(v -> java.util.Arrays.stream(v.drawdown()))
                .max().orElse(0);
        double step = niceStep(Math.max(1, deepestPct) / 5);
        axis.setAutoRanging(false);
        axis.setUpperBound(0);
        axis.setLowerBound(-step * Math.ceil(Math.max(1, deepestPct) / step));
        axis.setTickUnit(step);
    }

    /** The smallest of 1, 2, 2.5, 5 × 10^k at or above {@code rough}. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= rough - 1e-12) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    /** The metrics table as tall as its header, {@code rows} rows (at most 5; more scroll) and the scroll bar. */
    private void fitRows(int rows) {
        double height = Tips.ROW_HEIGHT * (Math.min(rows, 5) + 1) + 44;
        metrics.setPrefHeight(height);
        metrics.setMinHeight(height);
    }

    private static VariantMetrics m(VariantResult v) {
        return v.metrics();
    }

    /** One series per variant of {@code values} × {@code scale}, thinned by {@link Downsample}. */
    private static javafx.collections.ObservableList<XYChart.Series<Number, Number>> series(
            BacktestResult result, Function<VariantResult, double[]> values, double scale) {
        List<XYChart.Series<Number, Number>> all = new ArrayList<>();
        for (VariantResult variant : result.variants()) {
            double[] y = values.apply(variant);
            LocalDate[] dates = variant.dates();
            List<XYChart.Data<Number, Number>> points = new ArrayList<>();
            for (int i : Downsample.indices(y, MAX_POINTS)) {
                points.add(new XYChart.Data<>(dates[i].toEpochDay(), y[i] * scale));
            }
            all.add(new XYChart.Series<>(variant.name(), FXCollections.observableArrayList(points)));
        }
        return FXCollections.observableArrayList(all);
    }

    private static LineChart<Number, Number> chart(String id, String title) {
        NumberAxis x = new NumberAxis();
        x.setForceZeroInRange(false);
        x.setMinorTickVisible(false);
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(true);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return id.equals("backtestEquity") ? BacktestText.compactDollars(value.doubleValue())
                        : org.condordesk.ui.format.Fmt.number(value.doubleValue(), 0) + "%";
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId(id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setMinHeight(120);
        return chart;
    }
}
