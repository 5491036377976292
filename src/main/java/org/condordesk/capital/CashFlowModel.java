package org.condordesk.capital;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.model.VixFuture;
import org.condordesk.risk.PositionValuation;

/**
 * The dated cash flows of each layer at size 1 (docs/capital.md §3) on a path where SPX and spot VIX move at the open
 * and stay there: at the open, the premiums at the legs' entry prices (credit +, debit −) less the collateral posted;
 * at each leg's settlement (or at the horizon if it is still open then, an ETF always) its value there, an option's
 * payoff or model value, a future's variation margin; the collateral back when the layer's last leg closes.
 */
final class CashFlowModel {

    /** Days from the valuation time of the open (0) and of every distinct close, ascending. */
    final double[] dates;
    private final int layerCount;
    private final int[] legLayer;
    private final int[] legDate;
    /** [layer][date]: the flows that do not depend on the path (premiums at the open, collateral out and back). */
    private final double[][] fixed;

    CashFlowModel(Scenario unit, PositionValuation valuation, double[] unitCollateral, double horizonDays) {
        List<Layer> layers = unit.layers();
        layerCount = layers.size();
        int legs = valuation.legCount();
        double[] closeDays = new double[legs];
        legLayer = new int[legs];
        TreeSet<Double> distinct = new TreeSet<>(List.of(0.0));
        int leg = 0;
        for (int l = 0; l < layerCount; l++) {
            for (int j = 0; j < layers.get(l).legs().size(); j++, leg++) {
                double expiry = valuation.legExpiryDays(leg);
                closeDays[leg] = Double.isNaN(expiry) ? horizonDays : Math.max(Math.min(expiry, horizonDays), 0);
                legLayer[leg] = l;
                distinct.add(closeDays[leg]);
            }
        }
        dates = distinct.stream().mapToDouble(Double::doubleValue).toArray();
        legDate = Arrays.stream(closeDays).mapToInt(d -> Arrays.binarySearch(dates, d)).toArray();
        fixed = new double[layerCount][dates.length];
        leg = 0;
        for (int l = 0; l < layerCount; l++) {
            int release = 0;
            for (Leg each : layers.get(l).legs()) {
                fixed[l][0] -= each.instrument() instanceof VixFuture ? 0
                        : each.entryPrice() * each.quantity() * each.instrument().multiplier();
                release = Math.max(release, legDate[leg++]);
            }
            fixed[l][0] -= unitCollateral[l];
            fixed[l][release] += unitCollateral[l];
        }
    }

    /** The engine fixed at each close date (index 0, the open, holds a slice too: a leg may settle right now). */
    PositionValuation.Dated[] slices(PositionValuation valuation) {
        PositionValuation.Dated[] slices = new PositionValuation.Dated[dates.length];
        for (int d = 0; d < dates.length; d++) {
            slices[d] = valuation.on(dates[d]);
        }
        return slices;
    }

    /** [layer][date] flows at size 1 on the path SPX → {@code spx}, spot VIX → {@code vix}, held to the end. */
    double[][] flows(PositionValuation.Dated[] slices, double spx, double vix) {
        double[] spxAt = new double[dates.length];
        double[] vixAt = new double[dates.length];
        Arrays.fill(spxAt, spx);
        Arrays.fill(vixAt, vix);
        return flows(slices, spxAt, vixAt);
    }

    /** [layer][date] flows at size 1 on a path at SPX {@code spx[d]} and spot VIX {@code vix[d]} on each date d. */
    double[][] flows(PositionValuation.Dated[] slices, double[] spx, double[] vix) {
        double[][] out = new double[layerCount][];
        for (int l = 0; l < layerCount; l++) {
            out[l] = fixed[l].clone();
        }
        for (int d = 0; d < dates.length; d++) {
            double[] values = null;
            for (int leg = 0; leg < legDate.length; leg++) {
                if (legDate[leg] == d) {
                    if (values == null) {
                        values = slices[d].legValue(spx[d], vix[d]);
                    }
                    out[legLayer[leg]][d] += values[leg];
                }
            }
        }
        return out;
    }

    /** Σ weight·flows over the layers whose {@code include} is true: the combination's flow at each date. */
    double[] combine(double[][] layerFlows, double[] weights, boolean[] include) {
        double[] total = new double[dates.length];
        for (int l = 0; l < layerFlows.length; l++) {
            if (include[l] && weights[l] != 0) {
                for (int d = 0; d < total.length; d++) {
                    total[d] += weights[l] * layerFlows[l][d];
                }
            }
        }
        return total;
    }

    /** The dates in years (days / 365), for {@link Irr}. */
    double[] years() {
        return Arrays.stream(dates).map(d -> d / 365.0).toArray();
    }
}
