package org.condordesk.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ObjDoubleConsumer;

import javafx.geometry.HPos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.StringConverter;

import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.HedgeSolve;
import org.condordesk.risk.WholeContracts;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.format.Names;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.widget.OneLine;
import org.condordesk.ui.widget.SliderGestures;
import org.condordesk.ui.widget.Tips;

/**
 * One size slider per hedge layer ({@code #hedgeSlider-<layer index>}). A gesture (thumb or track drag, held key,
 * wheel run) is one undo step, and the slider's range stays as it was when the gesture began; it grows only
 * between gestures, never past {@link HedgeScale#BOUND} (issue 27 §1). On a live layer, and when "Whole
 * contracts" is on, the size snaps to whole contracts; a live layer is traded (after a confirmation) when the
 * gesture ends, never on every step.
 */
final class HedgeSliders extends GridPane {

    /** Wide enough for "×100.00" and "→ ×100.00": the slider never narrows as the figure grows mid-drag. */
    private static final double SIZE_COLUMN_WIDTH = 78;

    private final ScenarioViewModel vm;
    private final CheckBox wholeContracts = new CheckBox("Whole contracts");
    private final List<Row> rows = new ArrayList<>();
    /** Null until the first build, so an empty hedge list still shows its hint. */
    private List<Integer> layerIndices;
    private List<String> layerNames = List.of();
    private boolean updating;
    private ObjDoubleConsumer<Integer> liveResize = (index, size) -> { };

    /** One hedge layer's controls. */
    private record Row(int layerIndex, Slider slider, SliderGestures gestures, Label size, Label hint) {
    }

    HedgeSliders(ScenarioViewModel vm) {
        this.vm = vm;
        getStyleClass().add("hedge-sliders");
        ColumnConstraints name = new ColumnConstraints(62);
        ColumnConstraints slider = new ColumnConstraints();
        slider.setHgrow(Priority.ALWAYS);
        ColumnConstraints size = new ColumnConstraints(SIZE_COLUMN_WIDTH);
        size.setHalignment(HPos.RIGHT);
        getColumnConstraints().addAll(name, slider, size);
        wholeContracts.setId("wholeContracts");
        Tips.on(wholeContracts, "Hedge sliders snap to whole contracts (a live layer always does)");
        wholeContracts.selectedProperty().addListener(o -> refresh());
        vm.scenarioProperty().addListener((obs, old, s) -> refresh());
        vm.live().analysisProperty().addListener((obs, old, a) -> showSolves(a));
        refresh();
    }

    /** The "Whole contracts" switch, placed by the panel. */
    CheckBox wholeContractsSwitch() {
        return wholeContracts;
    }

    /** What a gesture on a live layer's slider does when it ends: trade layer {@code index} to {@code size}. */
    void setLiveResize(ObjDoubleConsumer<Integer> action) {
        liveResize = action;
    }

    private void refresh() {
        List<Layer> layers = vm.scenario().layers();
        List<Integer> indices = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            if (layers.get(i).role() == LayerRole.HEDGE) {
                indices.add(i);
                names.add(layers.get(i).name());
            }
        }
        if (!indices.equals(layerIndices) || !names.equals(layerNames)) {
            rebuild(indices, names);
        }
        for (Row row : rows) {
            Layer layer = layers.get(row.layerIndex());
            if (!row.gestures().isActive()) {
                settle(row, layer);
            }
            row.size().setText(Fmt.multiplier(layer.sizeMultiplier()));
            row.size().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("disabled-layer"), !layer.enabled());
        }
    }

    /** Between gestures: the range may grow, ticks sit on whole sizes, the thumb shows the layer's size. */
    private void settle(Row row, Layer layer) {
        updating = true;
        try {
            Slider slider = row.slider();
            double step = WholeContracts.step(layer);
            double end = HedgeScale.grown(slider.getMax(), layer.sizeMultiplier(), neutralSize(row.layerIndex()));
            slider.setMax(end);
            slider.setMajorTickUnit(HedgeScale.tickUnit(end, step));
            slider.setBlockIncrement(snapsToWhole(layer) ? step : Math.max(0.01, slider.getMajorTickUnit() / 10));
            slider.setValue(layer.sizeMultiplier());
        } finally {
            updating = false;
        }
    }

    private boolean snapsToWhole(Layer layer) {
        return layer.isLive() || wholeContracts.isSelected();
    }

    private double neutralSize(int layerIndex) {
        Analysis analysis = vm.analysis();
        if (analysis == null) {
            return Double.NaN;
        }
        return analysis.hedgeSolves().stream().filter(h -> h.layerIndex() == layerIndex && h.feasible())
                .mapToDouble(HedgeSolve::multiplier).findFirst().orElse(Double.NaN);
    }

    private void rebuild(List<Integer> indices, List<String> names) {
        getChildren().clear();
        rows.clear();
        layerIndices = List.copyOf(indices);
        layerNames = List.copyOf(names);
        if (indices.isEmpty()) {
            Label none = new Label("No hedge layer: add one (Layers › Add…)");
            none.getStyleClass().add("muted-note");
            add(none, 0, 0, 3, 1);
            return;
        }
        for (int k = 0; k < indices.size(); k++) {
            int layerIndex = indices.get(k);
            Label name = new Label(Names.shortLayerName(names.get(k)));
            name.getStyleClass().addAll("slider-name", Names.GIVES_WAY);
            Tips.on(name, names.get(k));
            Slider slider = new Slider(0, HedgeScale.end(vm.scenario().layers().get(layerIndex).sizeMultiplier(), Double.NaN), 1);
            Row row = new Row(layerIndex, slider, SliderGestures.on(slider), new Label(), new OneLine());
            configure(row);
            row.size().setId("hedgeSize-" + layerIndex);
            row.size().getStyleClass().add("slider-value");
            row.size().setMinWidth(Region.USE_PREF_SIZE);
            row.hint().setId("hedgeNeutral-" + layerIndex);
            row.hint().getStyleClass().add("slider-hint");
            // One line whatever it says (the full text is the tooltip): nothing below moves during a drag (§2).
            add(name, 0, 2 * k);
            add(slider, 1, 2 * k);
            add(row.size(), 2, 2 * k);
            add(row.hint(), 1, 2 * k + 1, 2, 1);
            rows.add(row);
        }
        showSolves(vm.analysis());
    }

    private void configure(Row row) {
        Slider slider = row.slider();
        int layerIndex = row.layerIndex();
        slider.setId("hedgeSlider-" + layerIndex);
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setMinorTickCount(0);
        slider.setLabelFormatter(TICK_LABELS);
        Tips.on(slider, "Size multiplier of this hedge layer: every chart follows while you drag; one gesture is one "
                + "undo step. The range grows between gestures (up to ×" + Fmt.number(HedgeScale.BOUND, 0) + ")");
        row.gestures().activeProperty().addListener((obs, was, active) -> {
            if (active) {
                vm.beginGesture();
            } else {
                gestureEnded(row);
            }
        });
        slider.valueProperty().addListener((obs, old, value) -> {
            if (!updating) {
                dragged(row, value.doubleValue());
            }
        });
    }

    private void dragged(Row row, double value) {
        Layer layer = vm.scenario().layers().get(row.layerIndex());
        double size = HedgeScale.snap(value, snapsToWhole(layer), WholeContracts.step(layer));
        if (size != value) {
            updating = true;
            try {
                row.slider().setValue(size);
            } finally {
                updating = false;
            }
        }
        if (layer.isLive()) {
            // A live layer holds real contracts: the drag picks a size, the trade waits for the gesture's end.
            row.size().setText("→ " + Fmt.multiplier(size));
        } else {
            vm.layers().setLayerSize(row.layerIndex(), size);
        }
    }

    private void gestureEnded(Row row) {
        vm.endGesture();
        Layer layer = vm.scenario().layers().get(row.layerIndex());
        double target = HedgeScale.snap(row.slider().getValue(), true, WholeContracts.step(layer));
        if (layer.isLive() && target != layer.sizeMultiplier()) {
            liveResize.accept(row.layerIndex(), target);
        }
        refresh();
    }

    private void showSolves(Analysis analysis) {
        if (analysis == null || layerIndices == null) {
            return;
        }
        // Past the core expiry the hedge is not at fault for having no neutral size: there is nothing to offset.
        boolean settled = org.condordesk.ui.edit.CoreState.of(analysis).settled();
        for (int k = 0; k < rows.size(); k++) {
            Row row = rows.get(k);
            HedgeSolve solve = analysis.hedgeSolves().stream().filter(h -> h.layerIndex() == row.layerIndex())
                    .findFirst().orElse(null);
            if (solve == null || !Objects.equals(solve.layerName(), layerNames.get(k))) {
                continue;
            }
            row.hint().setText(settled ? "core settled: no condor vega to offset"
                    : solve.feasible() ? "vega-neutral at " + Fmt.multiplier(solve.multiplier())
                    : "no neutral size: " + solve.message());
            if (!row.gestures().isActive()) {
                settle(row, vm.scenario().layers().get(row.layerIndex()));
            }
        }
    }

    List<Slider> sliders() {
        return rows.stream().map(Row::slider).toList();
    }

    /** "×4", "×0.5": a tick's size without trailing zeros. */
    private static final StringConverter<Double> TICK_LABELS = new StringConverter<>() {
        @Override
        public String toString(Double value) {
            return "×" + (value == Math.rint(value) ? Fmt.number(value, 0) : Fmt.number(value, 2).replaceAll("0+$", ""));
        }

        @Override
        public Double fromString(String text) {
            return Double.valueOf(text.replace("×", ""));
        }
    };
}
