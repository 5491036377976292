package org.condordesk.ui.vm;

import java.util.Optional;
import java.util.function.UnaryOperator;

import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.edit.LayerTemplates;
import org.condordesk.ui.edit.LegEdits;

/**
 * The layers table's commands: add, duplicate, delete, rename, enable, role and size. Each is one undoable edit
 * through {@link ScenarioViewModel#edit}; in a live position adding opens the layer's legs and a new size is a trade
 * ({@link PositionCommands}). Call it on the FX thread.
 */
public final class LayerCommands {

    private final ScenarioViewModel vm;

    LayerCommands(ScenarioViewModel vm) {
        this.vm = vm;
    }

    /** Adds a plan layer; in a live position its legs are opened (fills at mid, or model without a quote). */
    public Optional<String> addLayer(Layer layer) {
        Optional<String> error = vm.scenario().isLive() ? vm.positions().openLayer(layer)
                : vm.edit("add layer", s -> s.plusLayer(layer));
        return selectLastIf(error);
    }

    /**
     * Adds a layer built by a template, with the ETF price it brings when the market had none (one undo step). In a
     * live position the layer is opened: its legs are fills at mid, or model without a quote.
     */
    public Optional<String> addLayer(LayerTemplates.Built built) {
        Optional<String> error = vm.scenario().isLive() ? vm.positions().openLayer(built)
                : vm.edit("add layer", built::applyTo);
        return selectLastIf(error);
    }

    public Optional<String> duplicateLayer(int index) {
        Optional<String> missing = missingLayer(index);
        if (missing.isPresent()) {
            return missing;
        }
        if (vm.scenario().isLive()) {
            return vm.refuseInput("A live layer holds traded contracts: duplicating it would invent fills (add a layer instead)");
        }
        return selectLastIf(vm.edit("duplicate layer", s -> {
            Layer layer = s.layers().get(index);
            String name = layer.name() + " (copy)";
            return s.plusLayer(layer.withName(Layer.shortened(name)));
        }));
    }

    public Optional<String> deleteLayer(int index) {
        return missingLayer(index).or(() -> vm.edit("delete layer", s -> s.minusLayer(index)));
    }

    public Optional<String> renameLayer(int index, String name) {
        return editLayer(index, "rename layer", l -> l.withName(name.strip()));
    }

    public Optional<String> setLayerEnabled(int index, boolean enabled) {
        return editLayer(index, enabled ? "enable layer" : "disable layer", l -> l.withEnabled(enabled));
    }

    public Optional<String> setLayerRole(int index, LayerRole role) {
        return editLayer(index, "change layer role", l -> l.withRole(role));
    }

    /**
     * A plan layer's size multiplier (a fractional one is a what-if). A live layer is resized by trading
     * ({@link #setLayerSizeText}), never by scaling its fills: a slider cannot move it.
     */
    public Optional<String> setLayerSize(int index, double sizeMultiplier) {
        var layers = vm.scenario().layers();
        if (vm.scenario().isLive() && index >= 0 && index < layers.size()
                && sizeMultiplier != layers.get(index).sizeMultiplier()) {
            return vm.refuseInput("A live layer holds real contracts: type its new size in the layers table (a trade at mid) "
                    + "or pick whole contracts with Make vega-neutral");
        }
        return editLayer(index, "resize layer", l -> l.withSize(sizeMultiplier));
    }

    /**
     * The size multiplier as typed: {@code 2.5}, {@code ×2.5} or {@code 2.5x}. In a live position it is a trade:
     * the layer's open contracts times the size, at mid (docs/user-guide.md).
     */
    public Optional<String> setLayerSizeText(int index, String text) {
        String cleaned = text.strip().replace("×", "").replace("x", "").replace("X", "");
        try {
            double size = LegEdits.number("sizeMultiplier", cleaned);
            if (vm.scenario().isLive()) {
                return size == 1 ? Optional.empty() : vm.positions().resize(index, size);
            }
            return setLayerSize(index, size);
        } catch (ValidationException e) {
            return vm.refuseInput(e.under("layers[" + index + "]"));
        }
    }

    /** One undoable change of layer {@code index}; a refusal names the layer in its path. */
    Optional<String> editLayer(int index, String what, UnaryOperator<Layer> change) {
        Optional<String> missing = missingLayer(index);
        if (missing.isPresent()) {
            return missing;
        }
        return vm.edit(what, s -> {
            try {
                return s.withLayer(index, change.apply(s.layers().get(index)));
            } catch (ValidationException e) {
                throw e.path().startsWith("layers[") ? e : e.under("layers[" + index + "]");
            }
        });
    }

    /** The refusal when no layer {@code index} exists (an empty book, nothing selected), else empty. */
    Optional<String> missingLayer(int index) {
        int count = vm.scenario().layers().size();
        if (index >= 0 && index < count) {
            return Optional.empty();
        }
        return vm.refuse(count == 0 ? "The book has no layer yet: add one first (Ctrl+L)" : "Select a layer first", "");
    }

    private Optional<String> selectLastIf(Optional<String> error) {
        if (error.isEmpty()) {
            vm.selectedLayerProperty().set(vm.scenario().layers().size() - 1);
        }
        return error;
    }
}
