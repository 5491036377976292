package org.condordesk.capital;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.condordesk.model.SpotVolMap;

/**
 * A portfolio-margin-style figure (docs/capital.md §2): the worst loss of the position over a grid at the analysis time,
 * SPX −12 % … +12 % in 1 % steps, spot VIX at the spot–vol map's response (the scenario's map, at least at full scale)
 * plus 0, 5, 10 and 20 points: 100 instant shocks. Also the worst loss on the grid's downside half (SPX ≤ 0), and both
 * without each hedge layer, for its capital efficiency.
 */
public final class RiskArray {

    public static final double SPX_RANGE_PCT = 12;
    public static final double SPX_STEP_PCT = 1;
    public static final double[] VIX_UP_SHOCKS = {0, 5, 10, 20};

    /**
     * The worst loss ($, positive) and where it happens, the worst loss with SPX at or below today's, and both with
     * layer k left out ({@code worstLossWithout[k]}, {@code worstDownsideLossWithout[k]}; NaN for non-hedge layers).
     */
    public record Result(double worstLoss, double spxMovePct, double vixAfter, double worstDownsideLoss,
                         double[] worstLossWithout, double[] worstDownsideLossWithout, int points) {

        public Result {
            worstLossWithout = worstLossWithout.clone();
            worstDownsideLossWithout = worstDownsideLossWithout.clone();
        }

        @Override
        public double[] worstLossWithout() {
            return worstLossWithout.clone();
        }

        @Override
        public double[] worstDownsideLossWithout() {
            return worstDownsideLossWithout.clone();
        }
    }

    private RiskArray() {
    }

    /** The grid's shocks: SPX moves along the map (scale max(scenario's, 1)) plus the VIX up-shocks. */
    static List<Shock> shocks(StressValuation valuation) {
        SpotVolMap map = valuation.scenario().model().spotVol();
        double scale = Math.max(map.effectiveScale(), 1);
        List<Shock> shocks = new ArrayList<>();
        int steps = (int) Math.round(SPX_RANGE_PCT / SPX_STEP_PCT);
        for (int i = -steps; i <= steps; i++) {
            for (double up : VIX_UP_SHOCKS) {
                double pct = i * SPX_STEP_PCT;
                shocks.add(new Shock("SPX " + pct + " %, VIX +" + up, pct, up, scale, 0, 0, List.of(), 0, 0, Double.NaN));
            }
        }
        return shocks;
    }

    public static Result of(StressValuation valuation) {
        List<Shock> shocks = shocks(valuation);
        double[] weights = valuation.weights();
        int layers = weights.length;
        double worst = Double.POSITIVE_INFINITY;
        double worstDown = Double.POSITIVE_INFINITY;
        Shock at = shocks.get(0);
        double[] worstWithout = new double[layers];
        double[] worstDownWithout = new double[layers];
        Arrays.fill(worstWithout, Double.POSITIVE_INFINITY);
        Arrays.fill(worstDownWithout, Double.POSITIVE_INFINITY);
        for (Shock shock : shocks) {
            double[] unit = valuation.unitLayerPnl(shock);
            double total = 0;
            for (int l = 0; l < layers; l++) {
                total += unit[l] * weights[l];
            }
            if (total < worst) {
                worst = total;
                at = shock;
            }
            boolean downside = shock.spxMovePct() <= 0;
            worstDown = downside ? Math.min(worstDown, total) : worstDown;
            for (int l = 0; l < layers; l++) {
                double without = total - unit[l] * weights[l];
                worstWithout[l] = Math.min(worstWithout[l], without);
                worstDownWithout[l] = downside ? Math.min(worstDownWithout[l], without) : worstDownWithout[l];
            }
        }
        return new Result(loss(worst), at.spxMovePct(), valuation.vixAfter(at), loss(worstDown),
                hedgesOnly(valuation, worstWithout), hedgesOnly(valuation, worstDownWithout), shocks.size());
    }

    private static double loss(double worstPnl) {
        return Math.max(-worstPnl, 0);
    }

    private static double[] hedgesOnly(StressValuation valuation, double[] worstPnl) {
        double[] out = new double[worstPnl.length];
        for (int l = 0; l < out.length; l++) {
            out[l] = valuation.isHedge(l) ? loss(worstPnl[l]) : Double.NaN;
        }
        return out;
    }
}
