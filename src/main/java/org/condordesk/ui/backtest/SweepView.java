package org.condordesk.ui.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import org.condordesk.backtest.Sweep;
import org.condordesk.model.Check;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.widget.Tips;

/**
 * The parameter sweep: short deltas × days to expiry × hedge ratios typed as comma lists, the variant swept and the
 * metric shown; the result is one heatmap per hedge ratio, picked with the ratio chooser.
 */
final class SweepView extends VBox {

    private final TextField deltas = field("sweepDeltas", "0.10, 0.16, 0.20", "Short deltas, comma separated");
    private final TextField dtes = field("sweepDtes", "7, 14, 21", "Days to expiry at entry, comma separated");
    private final TextField ratios = field("sweepRatios", "1", "Hedge ratios (× the vega-neutral size), comma separated");
    private final ChoiceBox<String> variant = new ChoiceBox<>();
    private final ChoiceBox<Sweep.Metric> metric = new ChoiceBox<>(FXCollections.observableArrayList(Sweep.Metric.values()));
    private final ChoiceBox<Double> ratio = new ChoiceBox<>();
    private final Button run = new Button("Run sweep");
    private final Button export = new Button("Export sweep CSV…");
    private final SweepHeatmap heatmap = new SweepHeatmap();
    private final Label title = new Label("Run a sweep to see its heatmap");
    private BacktestModel.SweepResult shown;

    SweepView() {
        setId("backtestSweep");
        setSpacing(6);
        setPadding(new Insets(6));
        variant.setId("sweepVariant");
        metric.setId("sweepMetric");
        metric.setValue(Sweep.Metric.SHARPE);
        ratio.setId("sweepRatio");
        ratio.setMinWidth(80);
        ratio.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double value) {
                return value == null ? "" : "× " + Check.format(value);
            }

            @Override
            public Double fromString(String text) {
                return null;
            }
        });
        metric.setConverter(new StringConverter<>() {
            @Override
            public String toString(Sweep.Metric value) {
                return value == null ? "" : metricName(value);
            }

            @Override
            public Sweep.Metric fromString(String text) {
                return null;
            }
        });
        run.setId("sweepRun");
        Tips.on(run, "Replays the variant once per cell on every core; Run or Cancel above stops it");
        FlowPane axes = new FlowPane(10, 6, labelled("Short deltas", deltas), labelled("Days to expiry", dtes),
                labelled("Hedge ratios", ratios), labelled("Variant", variant), labelled("Metric", metric), run);
        axes.setAlignment(Pos.CENTER_LEFT);
        export.setId("sweepExport");
        Tips.on(export, "Every cell with every metric, one row each (docs/formats.md), written atomically");
        HBox chooser = new HBox(8, new Label("Hedge ratio"), ratio, export, title);
        chooser.setAlignment(Pos.CENTER_LEFT);
        ratio.valueProperty().addListener((o, a, chosen) -> draw());
        metric.valueProperty().addListener((o, a, chosen) -> draw());
        VBox.setVgrow(heatmap, Priority.ALWAYS);
        getChildren().addAll(axes, chooser, heatmap);
    }

    Button runButton() {
        return run;
    }

    Button exportButton() {
        return export;
    }

    /** The variants that can be swept (the config's names); keeps the choice when it is still there. */
    void setVariants(List<String> names) {
        String before = variant.getValue();
        variant.setItems(FXCollections.observableArrayList(names));
        variant.setValue(names.contains(before) ? before : names.get(names.size() - 1));
    }

    /** Sets the axes as typed (for tests and the screenshot). */
    void setAxes(String shortDeltas, String daysToExpiry, String hedgeRatios) {
        deltas.setText(shortDeltas);
        dtes.setText(daysToExpiry);
        ratios.setText(hedgeRatios);
    }

    /** The grid the fields describe, or a one-line {@link ValidationException} naming the field. */
    Sweep.Grid grid() {
        if (variant.getValue() == null) {
            throw new ValidationException("Variant", "choose the variant to sweep");
        }
        return new Sweep.Grid(variant.getValue(), list("Short deltas", deltas, Double::parseDouble),
                list("Days to expiry", dtes, Integer::parseInt), list("Hedge ratios", ratios, Double::parseDouble));
    }

    Sweep.Metric metric() {
        return metric.getValue();
    }

    void show(BacktestModel.SweepResult result) {
        shown = result;
        metric.setValue(result.metric());
        List<Double> hedgeRatios = result.grid().hedgeRatios();
        ratio.setItems(FXCollections.observableArrayList(hedgeRatios));
        ratio.setValue(hedgeRatios.get(0));
        draw();
    }

    /** The chosen hedge ratio's cells of the chosen metric: rows by delta, columns by DTE. */
    private void draw() {
        if (shown == null || ratio.getValue() == null) {
            return;
        }
        Sweep.Grid grid = shown.grid();
        int r = grid.hedgeRatios().indexOf(ratio.getValue());
        int nr = grid.hedgeRatios().size();
        int nd = grid.daysToExpiry().size();
        double[][] values = new double[grid.shortDeltas().size()][nd];
        for (int d = 0; d < values.length; d++) {
            for (int t = 0; t < nd; t++) {
                values[d][t] = metric.getValue().of(shown.cells().get((d * nd + t) * nr + r).metrics());
            }
        }
        heatmap.show(grid.shortDeltas(), grid.daysToExpiry(), values, metric.getValue());
        title.setText(grid.variant() + ": " + metricName(metric.getValue()) + " at hedge ratio "
                + Check.format(ratio.getValue()) + " (" + shown.cells().size() + " cells)");
    }

    /** "ANNUAL_RETURN" → "Annual return". */
    static String metricName(Sweep.Metric metric) {
        String words = metric.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1).replace("pnl", "P&L").replace("irr", "IRR")
                .replace("Irr", "IRR");
    }

    private static <T> List<T> list(String label, TextField field, Function<String, T> parse) {
        List<T> values = new ArrayList<>();
        for (String part : field.getText().split(",")) {
            String text = part.strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                values.add(parse.apply(text));
            } catch (NumberFormatException e) {
                throw new ValidationException(label, "is not a number: '" + text + "'");
            }
        }
        if (values.isEmpty()) {
            throw new ValidationException(label, "needs at least one value");
        }
        return values;
    }

    private static TextField field(String id, String text, String tip) {
        TextField field = Tips.on(new TextField(text), tip);
        field.setId(id);
        field.setPrefColumnCount(10);
        return field;
    }

    private static HBox labelled(String text, javafx.scene.Node node) {
        Label label = new Label(text);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox box = new HBox(4, label, node);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
