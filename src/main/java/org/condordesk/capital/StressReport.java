package org.condordesk.capital;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;

/**
 * The stress library's results for a position (docs/capital.md §4) with the layers they are split by, and the gamma
 * stresses' convexity: for k = 1, 2, the average P&L of the +kσ and −kσ one-day moves less the one-day P&L with SPX
 * unchanged, for the core, the hedges and the total. A positive hedge convexity is gamma-like behaviour of the VIX
 * overlay (from the spot–vol map's asymmetry and the futures' response), a negative core convexity the condor's gamma.
 */
public record StressReport(List<String> layerNames, List<LayerRole> roles, List<StressResult> results,
                           List<Convexity> convexity, double oneDaySigmaPct) {

    /** The symmetric part of the ±kσ one-day P&L, $ (core, hedge, total). */
    public record Convexity(int sigmas, double core, double hedge, double total) {
    }

    public StressReport {
        layerNames = List.copyOf(layerNames);
        roles = List.copyOf(roles);
        results = List.copyOf(results);
        convexity = List.copyOf(convexity);
    }

    public static StressReport of(StressValuation valuation, Optional<StressHistory> history) {
        List<StressResult> results = StressLibrary.run(valuation, history);
        List<Layer> layers = valuation.scenario().layers();
        return new StressReport(layers.stream().map(Layer::name).toList(), layers.stream().map(Layer::role).toList(),
                results, convexity(results), StressLibrary.oneDaySigmaPct(valuation.vixSpot()));
    }

    /** From the gamma group, in the library's order: unchanged, −1σ, +1σ, −2σ, +2σ. */
    static List<Convexity> convexity(List<StressResult> results) {
        List<StressResult> gamma = results.stream().filter(r -> r.group() == StressResult.Group.GAMMA).toList();
        List<Convexity> out = new ArrayList<>();
        if (gamma.size() != 5) {
            return out;
        }
        StressResult flat = gamma.get(0);
        for (int k = 1; k <= 2; k++) {
            StressResult down = gamma.get(2 * k - 1);
            StressResult up = gamma.get(2 * k);
            out.add(new Convexity(k, (down.core() + up.core()) / 2 - flat.core(), (down.hedge() + up.hedge()) / 2 - flat.hedge(),
                    (down.total() + up.total()) / 2 - flat.total()));
        }
        return out;
    }
}
