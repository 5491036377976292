package org.condordesk.risk;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * The extremes of a P&L curve on its SPX range: the best of the grid, the payoff's kinks (strikes settling on
 * the curve's date) and the range's ends, then refined by Commons Math's Brent optimiser between the best
 * point's neighbours (a smooth maximum between two grid points). An extreme at an end of the range is flagged
 * when the P&L keeps improving past it.
 */
final class Extremes {

    /** Brent tolerances: relative, and absolute in SPX points (at a smooth extreme a 0.001-point miss costs ~Γ·10⁻⁶/2 $). */
    static final double RELATIVE_TOLERANCE = 1e-10;
    static final double ABSOLUTE_TOLERANCE = 1e-3;
    private static final int MAX_EVALUATIONS = 200;
    /** The step past a range end that tests whether the P&L keeps going, as a share of the range. */
    static final double BEYOND_STEP = 1e-4;

    private Extremes() {
    }

    /**
     * The extreme ({@code GoalType.MAXIMIZE} for the high) of {@code pnl} over [grid₀, gridₙ], given its values on
     * the grid and the kinks to evaluate exactly.
     */
    static PnlCurve.Extreme find(DoubleUnaryOperator pnl, double[] grid, double[] values, double[] kinks, GoalType goal) {
        double low = grid[0];
        double high = grid[grid.length - 1];
        double[] xs = candidates(grid, kinks, low, high);
        double sign = goal == GoalType.MAXIMIZE ? 1 : -1;
        int best = 0;
        double bestValue = Double.NaN;
        double[] ys = new double[xs.length];
        for (int i = 0, g = 0; i < xs.length; i++) {
            // Grid points reuse their computed value; kinks are evaluated.
            if (g < grid.length && grid[g] == xs[i]) {
                ys[i] = values[g++];
            } else {
                ys[i] = pnl.applyAsDouble(xs[i]);
            }
            if (i == 0 || sign * ys[i] > sign * bestValue) {
                best = i;
                bestValue = ys[i];
            }
        }
        double bestSpx = xs[best];
        UnivariatePointValuePair refined = new BrentOptimizer(RELATIVE_TOLERANCE, ABSOLUTE_TOLERANCE).optimize(
                new MaxEval(MAX_EVALUATIONS), new UnivariateObjectiveFunction(pnl::applyAsDouble), goal,
                new SearchInterval(xs[Math.max(best - 1, 0)], xs[Math.min(best + 1, xs.length - 1)], bestSpx));
        if (sign * refined.getValue() > sign * bestValue) {
            bestValue = refined.getValue();
            bestSpx = refined.getPoint();
        }
        return new PnlCurve.Extreme(bestValue, bestSpx, beyond(pnl, bestSpx, bestValue, low, high, sign));
    }

    /** Grid points and the kinks inside the range, sorted, without duplicates. */
    private static double[] candidates(double[] grid, double[] kinks, double low, double high) {
        double[] inside = Arrays.stream(kinks).filter(k -> k > low && k < high).toArray();
        double[] all = Arrays.copyOf(grid, grid.length + inside.length);
        System.arraycopy(inside, 0, all, grid.length, inside.length);
        return Arrays.stream(all).sorted().distinct().toArray();
    }

    /** True when the extreme sits at a range end and one step further out the P&L is better still. */
    private static boolean beyond(DoubleUnaryOperator pnl, double spx, double value, double low, double high,
                                  double sign) {
        double step = (high - low) * BEYOND_STEP;
        double tolerance = 1e-9 * (Math.abs(value) + 1);
        if (spx <= low + step / 2) {
            return sign * (pnl.applyAsDouble(low - step) - value) > tolerance;
        }
        if (spx >= high - step / 2) {
            return sign * (pnl.applyAsDouble(high + step) - value) > tolerance;
        }
        return false;
    }
}
