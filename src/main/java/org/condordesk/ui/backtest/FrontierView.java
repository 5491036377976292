package org.condordesk.ui.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.condordesk.backtest.Frontier;
import org.condordesk.ui.widget.Tips;

/**
 * The hedge efficiency frontier (docs/backtest.md §frontier): one point per hedge of the default grid and one for no
 * hedge, cost ($ a year given up against the unhedged condor) across, the chosen protection measure up; a dominated
 * hedge (another costs no more and protects at least as well) is drawn grey (CSS class {@value #DOMINATED}), and each
 * point's tooltip names the hedge and its figures. Run and Cancel work like the sweep's.
 */
final class FrontierView extends VBox {

    /** The style class of a dominated point's symbol (condordesk.css greys it). */
    static final String DOMINATED = "frontier-dominated";

    /** The protection measure on the vertical axis. */
    enum Measure {
        CVAR("CVaR 95 % of trade P&L ($)", Frontier.Point::cvar95, false),
        MAX_DRAWDOWN("Max drawdown (%)", p -> 100 * p.maxDrawdown(), true),
        STRESS_PNL("P&L on the stress days ($)", Frontier.Point::stressPnl, false);

        final String label;
        final ToDoubleFunction<Frontier.Point> value;
        final boolean percent;

        Measure(String label, ToDoubleFunction<Frontier.Point> value, boolean percent) {
            this.label = label;
            this.value = value;
            this.percent = percent;
        }
    }

    private final ChoiceBox<Measure> measure = new ChoiceBox<>(FXCollections.observableArrayList(Measure.values()));
    private final Button run = new Button("Run frontier");
    private final Button export = new Button("Export frontier CSV…");
    private final Label title = new Label("Run the frontier: every VIX hedge instrument × 25–100 % of vega-neutral × "
            + "30/60/90 days, on the form's condor and window");
    private final NumberAxis costAxis = new NumberAxis();
    private final NumberAxis protectionAxis = new NumberAxis();
    private final ScatterChart<Number, Number> chart = new ScatterChart<>(costAxis, protectionAxis);
    private List<Frontier.Point> shown = List.of();

    FrontierView() {
        setId("backtestFrontier");
        setSpacing(6);
        setPadding(new Insets(6));
        measure.setId("frontierMeasure");
        measure.setValue(Measure.CVAR);
        measure.setConverter(new StringConverter<>() {
            @Override
            public String toString(Measure value) {
                return value == null ? "" : value.label;
            }

            @Override
            public Measure fromString(String text) {
                return null;
            }
        });
        measure.valueProperty().addListener((o, a, chosen) -> draw());
        run.setId("frontierRun");
        Tips.on(run, "Replays each hedge of the grid as a fixed hedge on the same condors, on every core; "
                + "Cancel above stops it");
        export.setId("frontierExport");
        Tips.on(export, "Every point with its cost and protection, one row each (docs/formats.md), written atomically");
        title.setId("frontierTitle");
        title.setWrapText(true);
        HBox bar = new HBox(8, run, new Label("Protection"), measure, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        costAxis.setLabel("Cost: annual P&L given up against no hedge ($/yr)");
        costAxis.setForceZeroInRange(true);
        costAxis.setTickLabelFormatter(dollarsFormatter());
        protectionAxis.setForceZeroInRange(false);
        chart.setId("frontierChart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        VBox.setVgrow(chart, Priority.ALWAYS);
        Label key = new Label("Grey: dominated — another hedge (or none) costs no more and protects at least as well on "
                + "CVaR, max drawdown and the stress days. Hover a point for its figures.");
        key.setWrapText(true);
        getChildren().addAll(bar, title, chart, key);
    }

    Button runButton() {
        return run;
    }

    Button exportButton() {
        return export;
    }

    void setMeasure(Measure value) {
        measure.setValue(value);
    }

    void show(List<Frontier.Point> points) {
        shown = List.copyOf(points);
        draw();
    }

    /** One series: every point, its symbol greyed when dominated and given its tooltip. */
    private void draw() {
        Measure m = measure.getValue();
        protectionAxis.setLabel(m.label + (m.percent ? ", lower is better" : ", higher is better"));
        protectionAxis.setTickLabelFormatter(m.percent ? percentFormatter() : dollarsFormatter());
        List<XYChart.Data<Number, Number>> data = new ArrayList<>();
        for (Frontier.Point p : shown) {
            data.add(new XYChart.Data<>(p.costPerYear(), m.value.applyAsDouble(p)));
        }
        XYChart.Series<Number, Number> series = new XYChart.Series<>("Hedges", FXCollections.observableArrayList(data));
        chart.setData(FXCollections.observableArrayList(List.of(series)));
        // The chart makes each symbol as the series is added and sets its style classes then: decorate after.
        for (int i = 0; i < data.size(); i++) {
            decorate(data.get(i).getNode(), shown.get(i));
        }
        if (!shown.isEmpty()) {
            long dominated = shown.stream().filter(Frontier.Point::dominated).count();
            title.setText((shown.size() - 1) + " hedges and no hedge: " + (shown.size() - dominated)
                    + " on the frontier, " + dominated + " dominated (grey)");
        }
    }

    private static void decorate(javafx.scene.Node node, Frontier.Point p) {
        node.getStyleClass().remove(DOMINATED);
        if (p.dominated()) {
            node.getStyleClass().add(DOMINATED);
        }
        Tooltip.install(node, new Tooltip(describe(p)));
    }

    /** What a point's tooltip says: the hedge, then its cost and protection. */
    static String describe(Frontier.Point p) {
        String hedge = p.instrument().equals(Frontier.NONE) ? "No hedge (the reference)"
                : p.instrument() + ", " + p.sizeRule() + ", " + p.tenorDays() + " days";
        return hedge + "\nCost " + BacktestText.dollars(p.costPerYear()) + " a year\nCVaR 95 % "
                + BacktestText.dollars(p.cvar95()) + "\nMax drawdown " + BacktestText.percent(p.maxDrawdown())
                + "\nStress days " + BacktestText.dollars(p.stressPnl()) + (p.dominated() ? "\nDominated" : "");
    }

    /** The chart's points (tests): the series' data in the engine's order. */
    List<XYChart.Data<Number, Number>> points() {
        return chart.getData().isEmpty() ? List.of() : List.copyOf(chart.getData().get(0).getData());
    }

    private static StringConverter<Number> dollarsFormatter() {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return BacktestText.compactDollars(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        };
    }

    private static StringConverter<Number> percentFormatter() {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return org.condordesk.ui.format.Fmt.number(value.doubleValue(), 0) + "%";
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        };
    }
}
