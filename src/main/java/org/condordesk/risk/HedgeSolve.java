package org.condordesk.risk;

/**
 * The size multiplier of one hedge layer that makes net VIX vega zero, closed form since vega is linear
 * in the size: {@code m = −(net − layer) / layerAtUnitSize}. {@code feasible} is false when the answer
 * is negative, above the size limit, or the layer has no VIX vega; {@code message} says why.
 * {@code multiplierOtherResponse} is the same solve under the other SPX vol response (NaN when the layer has
 * no VIX vega there): the model risk of the size.
 */
public record HedgeSolve(int layerIndex, String layerName, double multiplier, boolean feasible, String message,
                         double multiplierOtherResponse) {
}
