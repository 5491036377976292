package org.condordesk.risk;

import java.util.List;

import org.condordesk.model.Layer;

/**
 * A layer's legs valued and summed. {@code vixVegaAtUnitSize} is the layer's VIX vega at size multiplier 1
 * even when it is disabled (the hedge solve scales it); {@code vixVegaAtUnitSizeOtherResponse} the same under
 * the other SPX vol response.
 * The layer's P&L ({@code greeks.pnl}) is its realised P&L (closed lots, fees deducted) plus the unrealised
 * P&L of its open lots.
 */
public record LayerRisk(int index, Layer layer, List<LegRisk> legs, Greeks greeks, double vixVegaAtUnitSize,
                        double vixVegaAtUnitSizeOtherResponse) {

    public LayerRisk {
        legs = List.copyOf(legs);
    }

    /** P&L ($) the layer's closed lots realised, at its weight (0 when disabled). */
    public double realizedPnl() {
        return legs.stream().mapToDouble(LegRisk::realizedPnl).sum();
    }

    /** P&L ($) of the open lots: total less realised. */
    public double unrealizedPnl() {
        return greeks.pnl() - realizedPnl();
    }
}
