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

    static List<HedgeSolve> solveAll(List<LayerRisk> layers, double netVixVega) {
        List<HedgeSolve> solves = new ArrayList<>();
        for (LayerRisk layer : layers) {
            if (layer.layer().role() == LayerRole.HEDGE) {
                solves.add(solve(layer, netVixVega));
            }
        }
        return solves;
    }

    static HedgeSolve solve(LayerRisk risk, double netVixVega) {
        Layer layer = risk.layer();
        double unit = risk.vixVegaAtUnitSize();
        if (Math.abs(unit) < NEGLIGIBLE_VEGA) {
            return new HedgeSolve(risk.index(), layer.name(), Double.NaN, false, "the layer has no VIX vega");
        }
        double others = netVixVega - risk.greeks().vixVega();
        double multiplier = -others / unit;
        if (multiplier < 0) {
            return new HedgeSolve(risk.index(), layer.name(), multiplier, false,
                    "neutral only at a negative size: this layer adds to the exposure instead of offsetting it");
        }
        if (multiplier > Layer.MAX_SIZE_MULTIPLIER) {
            return new HedgeSolve(risk.index(), layer.name(), multiplier, false,
                    "neutral only above the size limit of " + (int) Layer.MAX_SIZE_MULTIPLIER);
        }
        String note = layer.enabled() ? "vega-neutral at this size" : "vega-neutral at this size once enabled";
        return new HedgeSolve(risk.index(), layer.name(), multiplier, true, note);
    }

    /** The solve for layer {@code index}, or for the last hedge layer when it is {@link AnalysisSettings#LAST_HEDGE_LAYER}. */
    static Optional<HedgeSolve> select(List<HedgeSolve> solves, int index) {
        if (index == AnalysisSettings.LAST_HEDGE_LAYER) {
            return solves.isEmpty() ? Optional.empty() : Optional.of(solves.get(solves.size() - 1));
        }
        return solves.stream().filter(s -> s.layerIndex() == index).findFirst();
    }
}
