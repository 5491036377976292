package org.condordesk.signals;

import java.util.List;

import org.condordesk.model.AlvhRuleSet;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;

/**
 * Turns an ALVH output into the target HEDGE layer's size multiplier: a multiple of the base size is the
 * multiplier itself (the layer's legs as written are 1×); whole contracts divide by the absolute quantity of the
 * layer's first leg (2 contracts of a layer written with 1 future per unit is 2×).
 */
public final class HedgeSizing {

    private HedgeSizing() {
    }

    /** The index of the layer the rules size: the HEDGE layer named {@code targetLayer}, else the last HEDGE layer. */
    public static int targetLayer(Scenario scenario) {
        String wanted = scenario.alvh().targetLayer();
        List<Layer> layers = scenario.layers();
        if (!wanted.isBlank()) {
            for (int i = 0; i < layers.size(); i++) {
                if (layers.get(i).name().equals(wanted)) {
                    if (layers.get(i).role() != LayerRole.HEDGE) {
                        throw new ValidationException("alvh.targetLayer", "'" + wanted + "' is a core layer, not a hedge layer");
                    }
                    return i;
                }
            }
            throw new ValidationException("alvh.targetLayer", "no layer named '" + wanted + "'");
        }
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i).role() == LayerRole.HEDGE) {
                return i;
            }
        }
        throw new ValidationException("alvh.targetLayer", "the scenario has no hedge layer for the rules to size");
    }

    /** The size multiplier that gives {@code size} (in {@code unit}) of {@code layer}. */
    public static double sizeMultiplier(Layer layer, AlvhRuleSet.SizeUnit unit, double size) {
        if (unit == AlvhRuleSet.SizeUnit.BASE_MULTIPLE) {
            return size;
        }
        if (layer.legs().isEmpty()) {
            throw new ValidationException("alvh", "layer '" + layer.name() + "' has no legs to count contracts of");
        }
        return size / Math.abs(layer.legs().get(0).quantity());
    }

    /** {@code scenario} with its target HEDGE layer sized to {@code size} (in the rule set's unit). */
    public static Scenario apply(Scenario scenario, double size) {
        int index = targetLayer(scenario);
        Layer layer = scenario.layers().get(index);
        return scenario.withLayer(index, layer.withSize(sizeMultiplier(layer, scenario.alvh().unit(), size)));
    }
}
