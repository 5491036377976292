package org.condordesk.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;

/** Vega-neutral sizing of hedge layers: net VIX vega is linear in a layer's size, so the solve is closed form. */
final class HedgeSolver {

    /** Below this many $ per VIX point at size 1 a layer cannot move net vega. */
    static final double NEGLIGIBLE_VEGA = 1e-9;

    private HedgeSolver() {
    }

    /**
     * Every HEDGE layer's solve; {@code netVixVega} and {@code netVixVegaOther} are the position's net VIX vega
     * under the scenario's response and under the other one.
     */
    static List<HedgeSolve> solveAll(List<LayerRisk> layers, double[][] unitLegVixVega, double netVixVega,
                                     double netVixVegaOther) {
        List<HedgeSolve> solves = new ArrayList<>();
        for (LayerRisk layer : layers) {
            if (layer.layer().role() == LayerRole.HEDGE) {
                HedgeSolve solve = solve(layer, netVixVega, netVixVegaOther);
                solves.add(solve.feasible() ? withWholeContracts(solve, layer, unitLegVixVega[layer.index()], netVixVega)
                        : solve);
            }
        }
        return solves;
    }

    private static HedgeSolve withWholeContracts(HedgeSolve solve, LayerRisk risk, double[] unitLegVixVega,
                                                 double netVixVega) {
        List<WholeContractSize> sizes = WholeContracts.around(risk.layer(), solve.multiplier(), netVixVega,
                risk.greeks().vixVega(), risk.vixVegaAtUnitSize(), unitLegVixVega);
        return new HedgeSolve(solve.layerIndex(), solve.layerName(), solve.multiplier(), true, solve.message(),
                solve.multiplierOtherResponse(), sizes);
    }

    static HedgeSolve solve(LayerRisk risk, double netVixVega, double netVixVegaOther) {
        Layer layer = risk.layer();
        double other = neutralSize(netVixVegaOther, risk.vixVegaAtUnitSizeOtherResponse() * layer.weight(),
                risk.vixVegaAtUnitSizeOtherResponse());
        double unit = risk.vixVegaAtUnitSize();
        if (Math.abs(unit) < NEGLIGIBLE_VEGA) {
            return new HedgeSolve(risk.index(), layer.name(), Double.NaN, false, "the layer has no VIX vega", other);
        }
        double multiplier = neutralSize(netVixVega, risk.greeks().vixVega(), unit);
        if (multiplier < 0) {
            return new HedgeSolve(risk.index(), layer.name(), multiplier, false,
                    "neutral only at a negative size: this layer adds to the exposure instead of offsetting it", other);
        }
        if (multiplier > Layer.MAX_SIZE_MULTIPLIER) {
            return new HedgeSolve(risk.index(), layer.name(), multiplier, false,
                    "neutral only above the size limit of " + (int) Layer.MAX_SIZE_MULTIPLIER, other);
        }
        String note = layer.enabled() ? "vega-neutral at this size" : "vega-neutral at this size once enabled";
        return new HedgeSolve(risk.index(), layer.name(), multiplier, true, note, other);
    }

    /** {@code −(net − layerNow) / unit}: the size that zeroes net vega; NaN when the layer has no VIX vega. */
    private static double neutralSize(double net, double layerNow, double unit) {
        return Math.abs(unit) < NEGLIGIBLE_VEGA ? Double.NaN : -(net - layerNow) / unit;
    }

    /** The solve for layer {@code index}, or for the last hedge layer when it is {@link AnalysisSettings#LAST_HEDGE_LAYER}. */
    static Optional<HedgeSolve> select(List<HedgeSolve> solves, int index) {
        if (index == AnalysisSettings.LAST_HEDGE_LAYER) {
            return solves.isEmpty() ? Optional.empty() : Optional.of(solves.get(solves.size() - 1));
        }
        return solves.stream().filter(s -> s.layerIndex() == index).findFirst();
    }
}
