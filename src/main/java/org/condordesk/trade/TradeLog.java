package org.condordesk.trade;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.condordesk.model.Fill;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;

/**
 * A layer's trade log: every fill of its legs, newest first, and edits of one fill (its time, quantity, price or
 * fees) or its removal. The leg's open quantity, entry and realised P&L follow from the edited fills; an edit is a
 * new scenario, so the GUI undoes it like any other.
 */
public final class TradeLog {

    private TradeLog() {
    }

    /** One line of the log: the leg (0-based), the fill's index in that leg, the leg's label and the fill. */
    public record Entry(int legIndex, int fillIndex, String label, Fill fill) {
    }

    /** The layer's fills, newest first (the later leg first on a tie, as it was traded later). */
    public static List<Entry> entries(Layer layer) {
        List<Entry> entries = new ArrayList<>();
        for (int j = 0; j < layer.legs().size(); j++) {
            Leg leg = layer.legs().get(j);
            for (int f = 0; f < leg.fills().size(); f++) {
                entries.add(new Entry(j, f, leg.instrument().label(), leg.fills().get(f)));
            }
        }
        entries.sort(Comparator.comparing((Entry e) -> e.fill().time()).thenComparingInt(Entry::legIndex)
                .thenComparingInt(Entry::fillIndex).reversed());
        return entries;
    }

    /** Fill {@code fillIndex} of leg {@code legIndex} of layer {@code layerIndex} replaced; fills re-sorted by time. */
    public static Scenario editFill(Scenario live, int layerIndex, int legIndex, int fillIndex, Fill replacement) {
        Leg leg = leg(live, layerIndex, legIndex, fillIndex);
        List<Fill> fills = new ArrayList<>(leg.fills());
        fills.set(fillIndex, replacement);
        fills.sort(Comparator.comparing(Fill::time)); // stable: fills at one time keep their order
        return withLeg(live, layerIndex, legIndex, () -> leg.withFills(fills));
    }

    /** Fill {@code fillIndex} removed; a leg left without fills is removed from its layer. */
    public static Scenario deleteFill(Scenario live, int layerIndex, int legIndex, int fillIndex) {
        Leg leg = leg(live, layerIndex, legIndex, fillIndex);
        List<Fill> fills = new ArrayList<>(leg.fills());
        fills.remove(fillIndex);
        if (fills.isEmpty()) {
            Layer layer = live.layers().get(layerIndex);
            return live.withLayer(layerIndex, layer.minusLeg(legIndex));
        }
        return withLeg(live, layerIndex, legIndex, () -> leg.withFills(fills));
    }

    private static Leg leg(Scenario live, int layerIndex, int legIndex, int fillIndex) {
        Lifecycle.requireLive(live);
        Layer layer = Lifecycle.layer(live, layerIndex);
        if (legIndex < 0 || legIndex >= layer.legs().size()) {
            throw new ValidationException("leg", "'" + layer.name() + "' has no leg " + (legIndex + 1));
        }
        Leg leg = layer.legs().get(legIndex);
        if (fillIndex < 0 || fillIndex >= leg.fills().size()) {
            throw new ValidationException("fill", leg.instrument().label() + " has no fill " + (fillIndex + 1));
        }
        return leg;
    }

    private static Scenario withLeg(Scenario live, int layerIndex, int legIndex, java.util.function.Supplier<Leg> leg) {
        try {
            Layer layer = live.layers().get(layerIndex);
            return live.withLayer(layerIndex, layer.withLeg(legIndex, leg.get()));
        } catch (ValidationException e) {
            throw e.under("layers[" + layerIndex + "].legs[" + legIndex + "]");
        }
    }
}
