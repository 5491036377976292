package org.condordesk.risk;

import java.time.LocalDateTime;
import java.util.List;

/**
 * P&L ($) of the position against SPX level at one date-time (New York), with the spot VIX the spot–vol
 * map gives at each level; every break-even on the range, refined by a root solver; the highest and the lowest
 * P&L on the range, exact at the payoff's kinks and refined between grid points (docs/model.md §8).
 */
public record PnlCurve(String label, LocalDateTime at, double[] spx, double[] vix, double[] pnl,
                       List<Double> breakEvens, Extreme high, Extreme low) {

    /**
     * An extreme of the curve on the SPX range: the P&L ($), the SPX level where it is reached, and whether it
     * sits at an end of the range with the P&L still rising (for the high) or falling (for the low) past it, so
     * the real extreme lies beyond the range ("on the ±range").
     */
    public record Extreme(double pnl, double spx, boolean beyondRange) {
    }

    public PnlCurve {
        breakEvens = List.copyOf(breakEvens);
    }

    /** Highest P&L on the range, $. */
    public double maxProfit() {
        return high.pnl();
    }

    /** Lowest P&L on the range, $ (negative for a loss). */
    public double maxLoss() {
        return low.pnl();
    }
}
