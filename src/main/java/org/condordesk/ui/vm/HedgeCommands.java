package org.condordesk.ui.vm;

import java.util.List;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.condordesk.model.AlvhRuleSet;
import org.condordesk.model.Check;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Scenario;
import org.condordesk.risk.HedgeSolve;
import org.condordesk.risk.WholeContracts;
import org.condordesk.signals.HedgeSizing;
import org.condordesk.ui.edit.CoreState;

/**
 * Sizing the hedge: "Make vega-neutral" from the engine's closed-form solve, and the Signals window's ALVH size.
 * A solve asked for while the analysis on screen is older than the scenario waits for the fresh one: the view
 * never computes. Call it on the FX thread.
 */
public final class HedgeCommands {

    private final ScenarioViewModel vm;
    private final ReadOnlyStringWrapper solveMessage = new ReadOnlyStringWrapper(this, "solveMessage", "");
    private int pendingSolve = -1;

    HedgeCommands(ScenarioViewModel vm) {
        this.vm = vm;
    }

    /** What the last "Make vega-neutral" did, or why it could not. */
    public ReadOnlyStringProperty solveMessageProperty() {
        return solveMessage.getReadOnlyProperty();
    }

    /**
     * Sizes hedge layer {@code layerIndex} so that net VIX vega is zero, from the engine's closed-form solve
     * (at the analysis date and VIX shift shown). If the analysis on screen is older than the scenario, the
     * solve waits for the fresh one: the view never computes.
     */
    public void solveHedge(int layerIndex) {
        if (vm.live().isFor(vm.scenario())) {
            applySolve(layerIndex);
        } else {
            pendingSolve = layerIndex;
        }
    }

    /** A fresh analysis arrived: a solve that waited for it runs now. */
    void analysisApplied() {
        if (pendingSolve >= 0 && vm.live().isFor(vm.scenario())) {
            int layer = pendingSolve;
            pendingSolve = -1;
            applySolve(layer);
        }
    }

    /** A new scenario was loaded: the last solve's message is about another position. */
    void clear() {
        solveMessage.set("");
    }

    private void applySolve(int layerIndex) {
        if (CoreState.of(vm.analysis()).settled()) {
            solveRefused("The core has settled by the analysis date: there is no condor vega to hedge. "
                    + "Move the date back (Ctrl+0 resets it) to size the hedge.");
            return;
        }
        Optional<HedgeSolve> found = vm.analysis().hedgeSolves().stream()
                .filter(h -> h.layerIndex() == layerIndex).findFirst();
        if (found.isEmpty()) {
            solveRefused("Choose a hedge layer to solve: layer " + (layerIndex + 1) + " is not one.");
            return;
        }
        HedgeSolve solve = found.get();
        if (!solve.feasible()) {
            String need = Double.isFinite(solve.multiplier()) ? " (it would need ×" + String.format("%.2f", solve.multiplier()) + ")" : "";
            solveRefused("Cannot make vega-neutral with '" + solve.layerName() + "': " + solve.message() + need + ".");
            return;
        }
        if (vm.scenario().isLive()) {
            solveRefused("A live layer trades whole contracts: pick one of the whole-contract sizes (Make vega-neutral "
                    + "in the tuning panel lists them).");
            return;
        }
        if (layerIndex >= vm.scenario().layers().size()) {
            solveRefused("Layer " + (layerIndex + 1) + " no longer exists.");
            return;
        }
        applySize(layerIndex, solve);
    }

    private void applySize(int layerIndex, HedgeSolve solve) {
        double size = Math.round(solve.multiplier() * 1e4) / 1e4;
        Optional<String> error = vm.edit("make vega-neutral", s -> s.mapLayer(layerIndex, l -> l.withEnabled(true).withSize(size)));
        if (error.isPresent()) {
            solveRefused(error.get());
        } else {
            boolean whole = WholeContracts.isWhole(vm.scenario().layers().get(layerIndex), size);
            solveMessage.set("'" + solve.layerName() + "' set to ×" + String.format("%.4f", size) + ": net VIX vega ≈ 0"
                    + (whole ? "." : " (what if: not whole contracts; pick a whole size to trade it)."));
            vm.inform(solveMessage.get());
        }
    }

    private void solveRefused(String reason) {
        solveMessage.set(reason);
        vm.refuse(reason, reason);
    }

    /** Index of the hedge layer a solve targets by default: the selected one if it is a hedge, else the last hedge. */
    public int defaultHedgeLayer() {
        List<Layer> layers = vm.scenario().layers();
        int selected = vm.selectedLayerProperty().get();
        if (selected >= 0 && selected < layers.size() && layers.get(selected).role() == LayerRole.HEDGE) {
            return selected;
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i).role() == LayerRole.HEDGE) {
                return i;
            }
        }
        return -1;
    }

    /** Sets the ALVH target HEDGE layer to {@code size} (in the rule set's unit): the Signals window's Apply, undoable. */
    public Optional<String> applyAlvhSize(double size) {
        Optional<String> error = vm.edit("apply ALVH", s -> HedgeSizing.apply(s, size));
        if (error.isEmpty()) {
            Scenario now = vm.scenario();
            vm.inform("ALVH: " + now.layers().get(HedgeSizing.targetLayer(now)).name() + " set to " + Check.format(size) + " "
                    + (now.alvh().unit() == AlvhRuleSet.SizeUnit.CONTRACTS ? "contracts" : "× base"));
        }
        return error;
    }
}
