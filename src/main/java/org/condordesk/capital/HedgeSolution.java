package org.condordesk.capital;

import java.util.List;

/**
 * Hedge-layer sizes found by one {@link HedgeOptimizer.Mode} (docs/capital.md §5) and what they give over the stress
 * set: each stress's total P&L ($), their mean, variance ($²) and standard deviation, the worst (most negative) total,
 * the position's margin and capital at these sizes, its net VIX vega, and a note (how the sizes were found, or why the
 * vega-neutral size could not be used).
 */
public record HedgeSolution(HedgeOptimizer.Mode mode, List<LayerSize> sizes, List<String> stressNames,
                            double[] stressTotals, double mean, double variance, double worst, double marginRequirement,
                            double marginCapital, double netVixVega, String note) {

    /** One hedge layer's size multiplier before and after, its whole-contract step and its first leg's contracts. */
    public record LayerSize(int layerIndex, String layerName, double previousSize, double size, double sizeStep,
                            double firstLegContracts) {
    }

    public HedgeSolution {
        sizes = List.copyOf(sizes);
        stressNames = List.copyOf(stressNames);
        stressTotals = stressTotals.clone();
    }

    @Override
    public double[] stressTotals() {
        return stressTotals.clone();
    }

    public double standardDeviation() {
        return Math.sqrt(variance);
    }
}
