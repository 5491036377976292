package org.condordesk.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/** Break-evens: every sign change of P&L on a grid, refined on the P&L function with Brent's method. */
final class BreakEvens {

    /** Absolute accuracy in SPX points; relative accuracy near machine precision. */
    static final double ABSOLUTE_ACCURACY = 1e-9;
    private static final int MAX_EVALUATIONS = 200;

    private BreakEvens() {
    }

    /** Roots of {@code pnl} between grid points {@code x} whose values {@code y} change sign. */
    static List<Double> find(DoubleUnaryOperator pnl, double[] x, double[] y) {
        List<Double> roots = new ArrayList<>();
        BrentSolver solver = new BrentSolver(1e-15, ABSOLUTE_ACCURACY, 1e-12);
        for (int i = 0; i + 1 < x.length; i++) {
            if (y[i] == 0) {
                if (i > 0 && Math.signum(y[i - 1]) * Math.signum(y[i + 1]) < 0) {
                    roots.add(x[i]);
                }
            } else if (y[i] * y[i + 1] < 0) {
                roots.add(solver.solve(MAX_EVALUATIONS, pnl::applyAsDouble, x[i], x[i + 1]));
            }
        }
        return roots;
    }
}
