package org.condordesk.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.HedgeSolve;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.format.Names;
import org.condordesk.ui.vm.ScenarioViewModel;
import org.condordesk.ui.widget.Tips;

/**
 * One size slider per hedge layer ({@code #hedgeSlider-<layer index>}). A drag is one gesture: every
 * value recomputes the charts, and the whole drag undoes in one step.
 */
final class HedgeSliders extends GridPane {

    private final ScenarioViewModel vm;
    private final List<Slider> sliders = new ArrayList<>();
    private final List<Label> sizes = new ArrayList<>();
    private final List<Label> neutral = new ArrayList<>();
    /** Null until the first build, so an empty hedge list still shows its hint. */
    private List<Integer> layerIndices;
    private List<String> layerNames = List.of();
    private boolean updating;

    HedgeSliders(ScenarioViewModel vm) {
        this.vm = vm;
        getStyleClass().add("hedge-sliders");
        ColumnConstraints name = new ColumnConstraints(62);
        ColumnConstraints slider = new ColumnConstraints();
        slider.setHgrow(Priority.ALWAYS);
        ColumnConstraints size = new ColumnConstraints();
        size.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        size.setHalignment(javafx.geometry.HPos.RIGHT);
        getColumnConstraints().addAll(name, slider, size);
        vm.scenarioProperty().addListener((obs, old, s) -> refresh());
        vm.live().analysisProperty().addListener((obs, old, a) -> showSolves(a));
        refresh();
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
        updating = true;
        try {
            for (int k = 0; k < indices.size(); k++) {
                Layer layer = layers.get(indices.get(k));
                Slider slider = sliders.get(k);
                if (!slider.isValueChanging()) {
                    setRange(slider, Math.max(slider.getMax(), niceMax(layer.sizeMultiplier())));
                    slider.setValue(layer.sizeMultiplier());
                }
                // A live layer holds real contracts: it is resized by trading (docs/user-guide.md), not dragged.
                slider.setDisable(layer.isLive());
                sizes.get(k).setText(Fmt.multiplier(layer.sizeMultiplier()));
                sizes.get(k).pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("disabled-layer"), !layer.enabled());
            }
        } finally {
            updating = false;
        }
    }

    private void rebuild(List<Integer> indices, List<String> names) {
        getChildren().clear();
        sliders.clear();
        sizes.clear();
        neutral.clear();
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
            name.getStyleClass().add("slider-name");
            Tips.on(name, names.get(k));
            Slider slider = slider(layerIndex);
            Label size = new Label();
            size.setId("hedgeSize-" + layerIndex);
            size.getStyleClass().add("slider-value");
            Label hint = new Label();
            hint.setId("hedgeNeutral-" + layerIndex);
            hint.getStyleClass().add("slider-hint");
            // The hint grows (the other vol response's size goes beside the neutral one): it wraps, never elides.
            hint.setWrapText(true);
            add(name, 0, 2 * k);
            add(slider, 1, 2 * k);
            add(size, 2, 2 * k);
            add(hint, 1, 2 * k + 1, 2, 1);
            sliders.add(slider);
            sizes.add(size);
            neutral.add(hint);
        }
        showSolves(vm.analysis());
    }

    private Slider slider(int layerIndex) {
        Slider slider = new Slider(0, niceMax(vm.scenario().layers().get(layerIndex).sizeMultiplier()), 1);
        slider.setId("hedgeSlider-" + layerIndex);
        slider.setShowTickMarks(true);
        setRange(slider, slider.getMax());
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(0.1);
        Tips.on(slider, "Size multiplier of this hedge layer: every chart follows while you drag; one drag is one undo step");
        slider.valueChangingProperty().addListener((obs, was, changing) -> {
            if (changing) {
                vm.beginGesture();
            } else {
                vm.endGesture();
            }
        });
        slider.valueProperty().addListener((obs, old, value) -> {
            if (!updating) {
                vm.layers().setLayerSize(layerIndex, Math.round(value.doubleValue() * 100) / 100.0);
            }
        });
        return slider;
    }

    private void showSolves(Analysis analysis) {
        if (analysis == null) {
            return;
        }
        // Past the core expiry the hedge is not at fault for having no neutral size: there is nothing to offset.
        boolean settled = org.condordesk.ui.edit.CoreState.of(analysis).settled();
        for (int k = 0; k < layerIndices.size(); k++) {
            int layerIndex = layerIndices.get(k);
            HedgeSolve solve = analysis.hedgeSolves().stream().filter(h -> h.layerIndex() == layerIndex).findFirst().orElse(null);
            Label hint = neutral.get(k);
            if (solve == null || !Objects.equals(solve.layerName(), layerNames.get(k))) {
                continue;
            }
            hint.setText(settled ? "core settled: no condor vega to offset"
                    : solve.feasible() ? "vega-neutral at " + Fmt.multiplier(solve.multiplier())
                    : "no neutral size: " + solve.message());
            Slider slider = sliders.get(k);
            if (solve.feasible() && !slider.isValueChanging() && solve.multiplier() * 1.25 > slider.getMax()) {
                updating = true;
                try {
                    setRange(slider, niceMax(solve.multiplier()));
                } finally {
                    updating = false;
                }
            }
        }
    }

    /** A round slider end comfortably above {@code size} (at least 4, room to cross the neutral point). */
    static double niceMax(double size) {
        double target = Math.max(4, size * 2);
        double step = target <= 10 ? 1 : target <= 50 ? 5 : target <= 200 ? 25 : 100;
        return Math.min(Layer.MAX_SIZE_MULTIPLIER, Math.ceil(target / step) * step);
    }

    List<Slider> sliders() {
        return sliders;
    }

    private static void setRange(Slider slider, double max) {
        slider.setMax(max);
        slider.setMajorTickUnit(Math.max(0.5, max / 4));
    }
}
