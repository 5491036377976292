package org.condordesk.capital;

import java.util.ArrayList;
import java.util.List;

import org.condordesk.model.Scenario;
import org.condordesk.model.VixFuture;

/**
 * Strategy-based (Reg-T) margin of a position, layer by layer (docs/capital.md §1): a pure function of the scenario.
 * Legs are paired within a layer only, as the layers are the strategies the trader opened.
 */
public final class Margin {

    /**
     * The VX initial margin per contract used when the scenario sets none: a PLACEHOLDER, not a published figure.
     * CondorDesk could not confirm a current CFE or broker VX margin with its date; set
     * {@code capital.vxInitialMarginPerContract} (or {@code capital --vx-margin}) from your broker.
     */
    public static final double PLACEHOLDER_VX_MARGIN = 10_000;

    /** Every layer's margin and the totals; {@code vxMarginPlaceholder} says the VX figure is the placeholder. */
    public record Result(List<LayerMargin> layers, double requirement, double capital, double collateral,
                         double vxMarginPerContract, boolean vxMarginPlaceholder) {

        public Result {
            layers = List.copyOf(layers);
        }

        public LayerMargin layer(int index) {
            return layers.get(index);
        }
    }

    private Margin() {
    }

    /** The margin of {@code scenario} at its own SPX and spot VIX. */
    public static Result of(Scenario scenario) {
        return of(scenario, scenario.market().spxSpot(), scenario.market().vixSpot());
    }

    /** The margin of {@code scenario} with the underlyings at {@code spxSpot} and {@code vixSpot}. */
    public static Result of(Scenario scenario, double spxSpot, double vixSpot) {
        boolean placeholder = scenario.capital().vxInitialMarginPerContract().isEmpty();
        double vxMargin = scenario.capital().vxInitialMarginPerContract().orElse(PLACEHOLDER_VX_MARGIN);
        java.util.Map<String, Double> etfPrices = new java.util.HashMap<>();
        scenario.market().etfQuotes().forEach(quote -> etfPrices.put(quote.symbol(), quote.price()));
        StrategyMargin.Inputs inputs = new StrategyMargin.Inputs(spxSpot, vixSpot, vxMargin, etfPrices);
        List<LayerMargin> layers = new ArrayList<>();
        for (int i = 0; i < scenario.layers().size(); i++) {
            layers.add(StrategyMargin.of(i, scenario.layers().get(i), inputs));
        }
        return new Result(layers, layers.stream().mapToDouble(LayerMargin::requirement).sum(),
                layers.stream().mapToDouble(LayerMargin::capital).sum(),
                layers.stream().mapToDouble(LayerMargin::collateral).sum(), vxMargin, placeholder && holdsVxFutures(scenario));
    }

    private static boolean holdsVxFutures(Scenario scenario) {
        return scenario.layers().stream().flatMap(l -> l.legs().stream())
                .anyMatch(leg -> leg.instrument() instanceof VixFuture);
    }
}
