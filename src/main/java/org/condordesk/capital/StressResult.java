package org.condordesk.capital;

import org.condordesk.model.LayerRole;

/**
 * One stress's outcome (docs/capital.md §4): its name and group, the SPX move (%) and spot VIX after it, each layer's
 * P&L change ($) from today's mark at its own size and at size 1, and the core (CORE layers), hedge (HEDGE layers)
 * and total sums.
 */
public record StressResult(String name, Group group, double spxMovePct, double vixAfter, double[] layerPnl,
                           double[] unitLayerPnl, double core, double hedge, double total) {

    /** Where a stress comes from. */
    public enum Group {
        HISTORICAL("historical"), USER("user"), SLIPPAGE("correlation slippage"), GAMMA("gamma");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public StressResult {
        layerPnl = layerPnl.clone();
        unitLayerPnl = unitLayerPnl.clone();
    }

    static StressResult of(String name, Group group, double spxMovePct, double vixAfter, double[] unitPnl,
                           double[] weights, LayerRole[] roles) {
        double[] pnl = new double[unitPnl.length];
        double core = 0;
        double hedge = 0;
        for (int i = 0; i < pnl.length; i++) {
            pnl[i] = unitPnl[i] * weights[i];
            if (roles[i] == LayerRole.HEDGE) {
                hedge += pnl[i];
            } else {
                core += pnl[i];
            }
        }
        return new StressResult(name, group, spxMovePct, vixAfter, pnl, unitPnl, core, hedge, core + hedge);
    }

    @Override
    public double[] layerPnl() {
        return layerPnl.clone();
    }

    @Override
    public double[] unitLayerPnl() {
        return unitLayerPnl.clone();
    }
}
