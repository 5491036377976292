package org.condordesk.risk;

import java.util.List;

import org.condordesk.model.Layer;

/**
 * A layer's legs valued and summed. {@code vixVegaAtUnitSize} is the layer's VIX vega at size multiplier 1
 * even when it is disabled (the hedge solve scales it); {@code vixVegaAtUnitSizeOtherResponse} the same under
 * the other SPX vol response.
 */
public record LayerRisk(int index, Layer layer, List<LegRisk> legs, Greeks greeks, double vixVegaAtUnitSize,
                        double vixVegaAtUnitSizeOtherResponse) {

    public LayerRisk {
        legs = List.copyOf(legs);
    }
}
