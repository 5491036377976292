package org.condordesk.risk;

import java.util.List;

import org.condordesk.model.Layer;

/**
 * A layer's legs valued and summed. {@code vixVegaAtUnitSize} is the layer's VIX vega at size
 * multiplier 1 even when it is disabled: the hedge solve scales it.
 */
public record LayerRisk(int index, Layer layer, List<LegRisk> legs, Greeks greeks, double vixVegaAtUnitSize) {

    public LayerRisk {
        legs = List.copyOf(legs);
    }
}
