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

    /**
     * One hedge layer's size multiplier before and after, its whole-contract step and its first leg's contracts; for a
     * live layer, the trades that take it from the contracts held now to that size (empty for a plan, which keeps
     * its size multiplier).
     */
    public record LayerSize(int layerIndex, String layerName, double previousSize, double size, double sizeStep,
                            double firstLegContracts, java.util.Optional<Trades> trades) {

        public LayerSize(int layerIndex, String layerName, double previousSize, double size, double sizeStep,
                         double firstLegContracts) {
            this(layerIndex, layerName, previousSize, size, sizeStep, firstLegContracts, java.util.Optional.empty());
        }
    }

    /**
     * One trade of a live layer: its leg (index in the layer and label), {@code buy} or {@code sell}, how many
     * contracts, the price per unit it is counted at ({@code priceSource} {@code mid} or {@code model} where the
     * leg has no quote) and the executable side (ask for a buy, bid for a sale; NaN without a quote).
     */
    public record Trade(int legIndex, String leg, String side, int contracts, double price, String priceSource,
                        double bidAskPrice) {

        /** Contracts signed: + bought, − sold. */
        public int signedContracts() {
            return "buy".equals(side) ? contracts : -contracts;
        }
    }

    /**
     * A live layer's trades and their cost in $ (paid; negative when received): at mid (model where a leg has no
     * quote) and at bid/ask (mid where it has none; {@code everyLegQuoted} false says so).
     */
    public record Trades(List<Trade> trades, double costAtMid, double costAtBidAsk, boolean everyLegQuoted) {

        public Trades {
            trades = List.copyOf(trades);
        }
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
