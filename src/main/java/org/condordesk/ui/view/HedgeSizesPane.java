package org.condordesk.ui.view;

import java.util.List;
import java.util.function.ToDoubleFunction;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.condordesk.capital.HedgeSolution;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.vm.StressModel;
import org.condordesk.ui.widget.Tips;

/**
 * Hedge sizes side by side (docs/capital.md §5): each HEDGE layer's size now, vega-neutral, minimum variance and
 * minimum worst case in whole contracts, each solution's stress-set figures, and a button that applies it (one
 * undoable edit).
 */
final class HedgeSizesPane extends VBox {

    private final StressModel model;
    private final GridPane grid = new GridPane();
    private final Label note = new Label();

    HedgeSizesPane(StressModel model) {
        this.model = model;
        setId("hedgeSizesPane");
        getStyleClass().add("hedge-sizes");
        Spinner<Double> bound = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(0.5, 20, model.maxSize(), 0.5));
        bound.setId("hedgeSearchBound");
        bound.setPrefWidth(80);
        bound.valueProperty().addListener((obs, old, value) -> model.setMaxSize(value));
        Label boundLabel = new Label("search each hedge layer from ×0 to");
        Tips.on(boundLabel, "Min-variance and min-worst try every whole-contract size of every hedge layer up to this "
                + "multiple of the layer as written (exact enumeration over the stress set)");
        grid.setHgap(10);
        grid.setVgap(1);
        note.getStyleClass().add("muted-note");
        note.setWrapText(true);
        note.setId("hedgeSizesNote");
        getChildren().addAll(new HBox(6, boundLabel, bound), grid, note);
        setSpacing(4);
    }

    void show(StressModel.Result result) {
        grid.getChildren().clear();
        List<HedgeSolution> solutions = result.hedges();
        grid.addRow(0, header(""), header("now"), header("vega"), header("min-variance"), header("min-worst"));
        HedgeSolution first = solutions.get(0);
        int row = 1;
        for (int h = 0; h < first.sizes().size(); h++) {
            int layer = h;
            HedgeSolution.LayerSize now = first.sizes().get(h);
            Label name = new Label(now.layerName());
            name.setMinWidth(Region.USE_PREF_SIZE);
            grid.add(name, 0, row);
            grid.add(cell(size(now.previousSize(), now), "size-now-" + h), 1, row);
            for (int s = 0; s < solutions.size(); s++) {
                HedgeSolution.LayerSize size = solutions.get(s).sizes().get(layer);
                grid.add(cell(size(size.size(), size), "size-" + solutions.get(s).mode().key() + "-" + h), 2 + s, row);
            }
            row++;
        }
        row = figures(row, "std dev of stress P&L", solutions, HedgeSolution::standardDeviation);
        row = figures(row, "worst stress P&L", solutions, HedgeSolution::worst);
        row = figures(row, "margin", solutions, HedgeSolution::marginRequirement);
        row = figures(row, "net VIX vega $/pt", solutions, HedgeSolution::netVixVega);
        for (int s = 0; s < solutions.size(); s++) {
            HedgeSolution solution = solutions.get(s);
            Button apply = new Button("Apply");
            apply.setId("applyHedge-" + solution.mode().key());
            apply.getStyleClass().add("compact");
            apply.setOnAction(e -> model.apply(solution));
            Tips.on(apply, (result.scenario().isLive() ? "Trade the live hedge layers to these sizes at mid (undoable): "
                    + trades(solution) + ". " : "Set the hedge layers to these sizes (undoable). ") + solution.note());
            grid.add(apply, 2 + s, row);
        }
        explain(solutions);
    }

    /** "Hedge 2: sell 1 VX 2027-01-20 @ 18.53; cost $0 at mid, $25 at bid/ask". */
    private static String trades(HedgeSolution solution) {
        List<String> parts = new java.util.ArrayList<>();
        for (HedgeSolution.LayerSize size : solution.sizes()) {
            size.trades().ifPresent(t -> parts.add(size.layerName() + ": " + (t.trades().isEmpty() ? "no trade"
                    : String.join(", ", t.trades().stream().map(trade -> trade.side() + " " + trade.contracts() + " "
                    + trade.leg() + " @ " + Fmt.number(trade.price(), 2)).toList())) + "; cost " + Fmt.usd0(t.costAtMid())
                    + " at mid, " + Fmt.usd0(t.costAtBidAsk()) + " at bid/ask"));
        }
        return String.join(" | ", parts);
    }

    private void explain(List<HedgeSolution> solutions) {
        note.setText("Whole contracts in brackets. Vega: " + solutions.get(0).note() + ". Min-variance and min-worst: "
                + solutions.get(1).note() + " (docs/capital.md §5).");
    }

    private int figures(int row, String label, List<HedgeSolution> solutions, ToDoubleFunction<HedgeSolution> value) {
        grid.add(new Label(label), 0, row);
        for (int s = 0; s < solutions.size(); s++) {
            grid.add(cell(Fmt.usd0(value.applyAsDouble(solutions.get(s))), null), 2 + s, row);
        }
        return row + 1;
    }

    private static String size(double size, HedgeSolution.LayerSize layer) {
        double contracts = layer.sizeStep() > 0 ? size / layer.sizeStep() : Double.NaN;
        return "×" + Fmt.number(size, 3) + " (" + Fmt.number(contracts, 0) + ")";
    }

    private static Label cell(String text, String id) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        label.getStyleClass().add("figure-value");
        if (id != null) {
            label.setId(id);
        }
        return label;
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("figure-key");
        return label;
    }
}
