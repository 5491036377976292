package org.condordesk.risk;

import java.util.List;

/**
 * The size multiplier of one hedge layer that makes net VIX vega zero, closed form since vega is linear
 * in the size: {@code m = −(net − layer) / layerAtUnitSize}. {@code feasible} is false when the answer
 * is negative, above the size limit, or the layer has no VIX vega; {@code message} says why.
 * {@code multiplierOtherResponse} is the same solve under the other SPX vol response (NaN when the layer has
 * no VIX vega there): the model risk of the size. {@code wholeContracts} are the whole-contract sizes around
 * a feasible {@code multiplier}, the lower then the upper, then (where the layer holds VX futures) the lower
 * with VXM minis ({@link WholeContracts#around}); empty when infeasible.
 */
public record HedgeSolve(int layerIndex, String layerName, double multiplier, boolean feasible, String message,
                         double multiplierOtherResponse, List<WholeContractSize> wholeContracts) {

    public HedgeSolve {
        wholeContracts = List.copyOf(wholeContracts);
    }

    /** A solve without whole-contract sizes. */
    public HedgeSolve(int layerIndex, String layerName, double multiplier, boolean feasible, String message,
                      double multiplierOtherResponse) {
        this(layerIndex, layerName, multiplier, feasible, message, multiplierOtherResponse, List.of());
    }
}
