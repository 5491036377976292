package org.condordesk.ui.vm;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.trade.PlanPricing;
import org.condordesk.ui.edit.LegEdits;
import org.condordesk.ui.edit.LegField;

/**
 * The legs table's commands: add, remove and edit one cell. Each is one undoable edit through
 * {@link ScenarioViewModel#edit}; in a live position a new leg is a trade ({@link PositionCommands}). Call it on the
 * FX thread.
 */
public final class LegCommands {

    private final ScenarioViewModel vm;
    private final LayerCommands layers;

    LegCommands(ScenarioViewModel vm, LayerCommands layers) {
        this.vm = vm;
        this.layers = layers;
    }

    public Optional<String> addLeg(int layerIndex, Leg leg) {
        return layers.editLayer(layerIndex, "add leg", l -> l.plusLeg(leg));
    }

    /** Adds the leg {@code create} builds from the scenario and the layer (a default leg priced at model). */
    public Optional<String> addLeg(int layerIndex, BiFunction<Scenario, Layer, Leg> create) {
        Optional<String> missing = layers.missingLayer(layerIndex);
        if (missing.isPresent()) {
            return missing;
        }
        Scenario scenario = vm.scenario();
        if (scenario.isLive()) {
            // A live position trades the new leg: one opening fill at mid, or model without a quote.
            Leg leg;
            try {
                leg = create.apply(scenario, scenario.layers().get(layerIndex));
            } catch (ValidationException e) {
                return vm.refuseInput(e);
            }
            return vm.positions().openLegs(layerIndex, List.of(leg));
        }
        return vm.edit("add leg", s -> s.mapLayer(layerIndex, l -> l.plusLeg(create.apply(s, l))));
    }

    public Optional<String> removeLeg(int layerIndex, int legIndex) {
        if (vm.scenario().isLive()) {
            return vm.refuseInput("A live leg is closed, not removed (Position › Close leg…); a wrong fill is deleted in the "
                    + "trade log");
        }
        return missingLeg(layerIndex, legIndex)
                .or(() -> layers.editLayer(layerIndex, "remove leg", l -> l.minusLeg(legIndex)));
    }

    /**
     * One cell of the legs table, as typed. In a plan, changing what a leg is (right, strike, expiry, settlement)
     * or how many re-prices its entry at the mid of its quote, else at the model price, and says so: the plan shows
     * what the trade would cost now, never a phantom P&L (docs/user-guide.md). A changed instrument drops the old
     * contract's bid/ask.
     */
    public Optional<String> editLeg(int layerIndex, int legIndex, LegField field, String text) {
        Optional<String> missing = missingLeg(layerIndex, legIndex);
        if (missing.isPresent()) {
            return missing;
        }
        String[] repriced = new String[1];
        Optional<String> error = vm.edit("change " + field.label(), s -> {
            Layer layer = s.layers().get(layerIndex);
            Leg before = layer.legs().get(legIndex);
            Leg updated;
            try {
                updated = LegEdits.apply(before, field, text);
            } catch (ValidationException e) {
                throw e.under("layers[" + layerIndex + "].legs[" + legIndex + "]");
            }
            if (!updated.instrument().equals(before.instrument())) {
                updated = updated.withQuote(null);
            }
            Scenario changed = s.withLayer(layerIndex, layer.withLeg(legIndex, updated));
            if (s.isLive() || !LegEdits.repricesEntry(field) || updated.equals(before)) {
                return changed;
            }
            PlanPricing.Repriced result = PlanPricing.repriceLeg(changed, layerIndex, legIndex, vm.chainQuotes());
            repriced[0] = result.message();
            return result.scenario();
        });
        if (error.isEmpty() && repriced[0] != null) {
            vm.inform(repriced[0]);
        }
        return error;
    }

    /** The refusal when layer {@code layerIndex} has no leg {@code legIndex}, else empty. */
    private Optional<String> missingLeg(int layerIndex, int legIndex) {
        return layers.missingLayer(layerIndex).or(() -> {
            int count = vm.scenario().layers().get(layerIndex).legs().size();
            return legIndex >= 0 && legIndex < count ? Optional.empty() : vm.refuse("Select a leg first", "");
        });
    }
}
