package org.condordesk.risk;

import java.time.LocalDateTime;
import java.util.List;

/**
 * P&L ($) of the position against SPX level at one date-time (New York), with the spot VIX the spot–vol
 * map gives at each level; every break-even on the range, refined by a root solver; max profit and max
 * loss on the range (max loss is the lowest P&L, negative for a loss).
 */
public record PnlCurve(String label, LocalDateTime at, double[] spx, double[] vix, double[] pnl,
                       List<Double> breakEvens, double maxProfit, double maxLoss) {

    public PnlCurve {
        breakEvens = List.copyOf(breakEvens);
    }
}
