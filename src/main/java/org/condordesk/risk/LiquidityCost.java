package org.condordesk.risk;

import java.util.ArrayList;
import java.util.List;

import org.condordesk.model.Check;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.Quote;
import org.condordesk.model.Scenario;

/**
 * CondorDesk's reading of the strategy's "quick ratio", execution costs against edge (docs/model.md §9). Per leg,
 * the half-spread {@code (ask − bid)/2} × multiplier × |quantity| × layer size is what opening it costs against
 * the mid, and closing it costs the same again at today's spread. Per layer, the round trip (open + close) is set
 * against its edge: for a CORE layer its credit (premium received, Σ −entry × quantity × multiplier × size); for a
 * HEDGE layer its VIX vega in $ per VIX point (what a 1-point VIX rise pays), so the share is the VIX rise it takes
 * to earn the spread back. A layer is flagged when the round trip exceeds {@code maxShareOfEdge} of its edge.
 * Legs without a bid/ask are counted apart: their cost is unknown, not zero.
 */
public final class LiquidityCost {

    /** CondorDesk's default threshold: a round trip above 20 % of the edge is flagged (not a published figure). */
    public static final double DEFAULT_MAX_SHARE_OF_EDGE = 0.20;

    private LiquidityCost() {
    }

    /** One leg's half-spread in points per unit and in dollars at the layer's size; NaN without a quote. */
    public record LegCost(String label, double halfSpreadPoints, double openCost, double closeCost) {

        public boolean quoted() {
            return !Double.isNaN(halfSpreadPoints);
        }
    }

    /** One layer's costs, its edge and their ratio. */
    public record LayerCost(int layer, String name, LayerRole role, List<LegCost> legs, double openCost,
                            double closeCost, double edge, String edgeMeaning, double shareOfEdge, boolean flagged,
                            int legsWithoutQuote) {

        public LayerCost {
            legs = List.copyOf(legs);
        }

        /** Open plus close, in dollars. */
        public double roundTrip() {
            return openCost + closeCost;
        }
    }

    /** Every layer of {@code scenario}, using the VIX vega at size 1 that {@code analysis} computed for it. */
    public static List<LayerCost> of(Scenario scenario, Analysis analysis, double maxShareOfEdge) {
        Check.between("maxShareOfEdge", maxShareOfEdge, 0, 100);
        List<LayerCost> layers = new ArrayList<>();
        for (int i = 0; i < scenario.layers().size(); i++) {
            double vixVegaAtUnit = i < analysis.layers().size() ? analysis.layers().get(i).vixVegaAtUnitSize() : Double.NaN;
            layers.add(layer(i, scenario.layers().get(i), vixVegaAtUnit, maxShareOfEdge));
        }
        return layers;
    }

    static LayerCost layer(int index, Layer layer, double vixVegaAtUnitSize, double maxShareOfEdge) {
        double size = layer.sizeMultiplier();
        List<LegCost> legs = new ArrayList<>();
        double open = 0;
        double credit = 0;
        int unquoted = 0;
        for (Leg leg : layer.legs()) {
            double units = Math.abs(leg.quantity()) * leg.instrument().multiplier() * size;
            double half = leg.quote().map(LiquidityCost::halfSpread).orElse(Double.NaN);
            if (Double.isNaN(half)) {
                unquoted++;
            } else {
                open += half * units;
            }
            legs.add(new LegCost(leg.instrument().label(), half, half * units, half * units));
            credit -= leg.entryPrice() * leg.quantity() * leg.instrument().multiplier() * size;
        }
        boolean core = layer.role() == LayerRole.CORE;
        double edge = core ? credit : Math.abs(vixVegaAtUnitSize * size);
        String meaning = core ? "credit received, $" : "VIX vega, $ per VIX point";
        double share = edge > 0 ? 2 * open / edge : Double.NaN;
        // without an edge (a debit "condor", a hedge with no VIX vega) any cost is too much
        boolean flagged = edge > 0 ? share > maxShareOfEdge : open > 0;
        return new LayerCost(index, layer.name(), layer.role(), legs, open, open, edge, meaning, share, flagged,
                unquoted);
    }

    private static double halfSpread(Quote quote) {
        return 0.5 * (quote.ask() - quote.bid());
    }
}
