package org.condordesk.chain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.math3.exception.ConvergenceException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;

/**
 * Fits a raw SVI smile ({@link SviParameters}) to one expiry's mid implied vols by weighted least squares with
 * Commons Math's Levenberg–Marquardt optimizer. Residuals are in total variance, each divided by the width of
 * its bid–ask in total variance ({@code σ_mid·T·(σ_ask − σ_bid)}, floored at 0.1 % of w), so a tight ATM quote
 * counts more than a wide wing. The fit runs in unconstrained coordinates — {@code b = e^β}, {@code ρ = tanh θ},
 * {@code σ = e^s} — so every trial point is a valid SVI; it starts from the wings' slopes and from a flat smile,
 * at three widths, and keeps the best. Positivity and the other arbitrage bounds are checked after the fit
 * ({@link SviChecks}), not imposed.
 */
public final class SviFit {

    /** SVI has five parameters; fewer quoted strikes cannot pin it down. */
    public static final int MIN_POINTS = 5;
    private static final int MAX_EVALUATIONS = 2_000;
    /** At most this many strikes enter the optimisation, evenly spaced by index (five parameters need far fewer). */
    static final int MAX_FIT_POINTS = 80;
    /** A start whose fit is within a fifth of a vol point RMS ends the search. */
    static final double GOOD_ENOUGH_VOL_ERROR = 0.002;
    /** Commons Math's defaults are 1e-10; 1e-9 in cost and parameters is far below a quote's tick. */
    private static final LevenbergMarquardtOptimizer OPTIMIZER = new LevenbergMarquardtOptimizer()
            .withCostRelativeTolerance(1e-9).withParameterRelativeTolerance(1e-9);

    private SviFit() {
    }

    /** A fitted smile and its root-mean-square error in implied vol points (decimal) at the fitted strikes. */
    public record Result(SviParameters parameters, double rmsVolError, int points) {
    }

    /**
     * Fits the smile to points {@code k[i]} (log-moneyness) with bid/mid/ask vols; points whose three vols are not
     * all finite are left out. Empty when fewer than {@link #MIN_POINTS} remain or no start converges.
     */
    public static Optional<Result> fit(double years, double[] k, double[] bidVol, double[] midVol, double[] askVol) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < k.length; i++) {
            if (bidVol[i] > 0 && midVol[i] > 0 && askVol[i] >= bidVol[i]) {
                double w = midVol[i] * midVol[i] * years;
                double width = Math.max(midVol[i] * years * (askVol[i] - bidVol[i]), 1e-3 * w);
                points.add(new double[] {k[i], w, width});
            }
        }
        if (points.size() < MIN_POINTS) {
            return Optional.empty();
        }
        List<double[]> fitted = thinned(points);
        Result best = null;
        for (double[] start : starts(fitted)) {
            Optional<Result> candidate = fitFrom(fitted, start, years);
            if (candidate.isPresent() && (best == null || candidate.get().rmsVolError() < best.rmsVolError())) {
                best = candidate.get();
            }
            if (best != null && best.rmsVolError() < GOOD_ENOUGH_VOL_ERROR) {
                break;
            }
        }
        return Optional.ofNullable(best).map(r -> new Result(r.parameters(), rmsVolError(r.parameters(), points, years),
                points.size()));
    }

    private static Optional<Result> fitFrom(List<double[]> points, double[] start, double years) {
        int n = points.size();
        double[] target = new double[n];
        for (int i = 0; i < n; i++) {
            target[i] = points.get(i)[1] / points.get(i)[2];
        }
        LeastSquaresBuilder problem = new LeastSquaresBuilder()
                .start(start)
                .model(model(points))
                .target(target)
                .maxEvaluations(MAX_EVALUATIONS)
                .maxIterations(MAX_EVALUATIONS);
        try {
            LeastSquaresOptimizer.Optimum optimum = OPTIMIZER.optimize(problem.build());
            SviParameters smile = parameters(optimum.getPoint().toArray());
            return Optional.of(new Result(smile, rmsVolError(smile, points, years), n));
        } catch (TooManyEvaluationsException | ConvergenceException | IllegalArgumentException e) {
            return Optional.empty();    // this start did not converge (or ran ρ to ±1); another may
        }
    }

    /** Every j-th point so that at most {@link #MAX_FIT_POINTS} remain, the two ends always kept. */
    private static List<double[]> thinned(List<double[]> points) {
        if (points.size() <= MAX_FIT_POINTS) {
            return points;
        }
        List<double[]> kept = new ArrayList<>(MAX_FIT_POINTS);
        double stride = (points.size() - 1) / (double) (MAX_FIT_POINTS - 1);
        for (int j = 0; j < MAX_FIT_POINTS; j++) {
            kept.add(points.get((int) Math.round(j * stride)));
        }
        return kept;
    }

    /** (a, β, θ, m, s) → raw SVI. */
    static SviParameters parameters(double[] p) {
        return new SviParameters(p[0], Math.exp(p[1]), Math.tanh(p[2]), p[3], Math.exp(p[4]));
    }

    /** w(k_i)/width_i and its Jacobian in (a, β, θ, m, s). */
    private static MultivariateJacobianFunction model(List<double[]> points) {
        return point -> {
            double[] p = point.toArray();
            double b = Math.exp(p[1]);
            double rho = Math.tanh(p[2]);
            double m = p[3];
            double sigma = Math.exp(p[4]);
            int n = points.size();
            double[] values = new double[n];
            double[][] jacobian = new double[n][5];
            for (int i = 0; i < n; i++) {
                double scale = 1 / points.get(i)[2];
                double x = points.get(i)[0] - m;
                double root = Math.sqrt(x * x + sigma * sigma);
                values[i] = (p[0] + b * (rho * x + root)) * scale;
                jacobian[i][0] = scale;
                jacobian[i][1] = b * (rho * x + root) * scale;
                jacobian[i][2] = b * x * (1 - rho * rho) * scale;
                jacobian[i][3] = -b * (rho + x / root) * scale;
                jacobian[i][4] = b * sigma * sigma / root * scale;
            }
            RealVector value = new ArrayRealVector(values, false);
            RealMatrix matrix = new Array2DRowRealMatrix(jacobian, false);
            return new Pair<>(value, matrix);
        };
    }

    /** Starting points: wing slopes (b, ρ from the asymptotes) and a flat smile, each at three widths σ. */
    private static List<double[]> starts(List<double[]> points) {
        double[] low = points.get(0);
        double[] high = points.get(points.size() - 1);
        double[] atm = points.get(0);
        for (double[] p : points) {
            if (Math.abs(p[0]) < Math.abs(atm[0])) {
                atm = p;
            }
        }
        double range = Math.max(high[0] - low[0], 1e-4);
        double left = low[0] < atm[0] ? (low[1] - atm[1]) / (low[0] - atm[0]) : 0;
        double right = high[0] > atm[0] ? (high[1] - atm[1]) / (high[0] - atm[0]) : 0;
        double wingB = Math.max((right - left) / 2, 1e-3);
        double wingRho = Math.max(-0.9, Math.min(0.9, (right + left) / Math.max(right - left, 1e-9)));
        List<double[]> starts = new ArrayList<>();
        for (double width : new double[] {0.05, 0.2, 0.5}) {
            double sigma = width * range;
            starts.add(start(atm[1], wingB, wingRho, atm[0], sigma));
            starts.add(start(atm[1], Math.max(atm[1] / range, 1e-3), 0, atm[0], sigma));
        }
        return starts;
    }

    private static double[] start(double wAtm, double b, double rho, double m, double sigma) {
        double a = wAtm - b * sigma * Math.sqrt(1 - rho * rho);
        return new double[] {a, Math.log(b), atanh(rho), m, Math.log(sigma)};
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    private static double rmsVolError(SviParameters smile, List<double[]> points, double years) {
        double sum = 0;
        for (double[] p : points) {
            double fitted = smile.vol(p[0], years);
            double quoted = Math.sqrt(p[1] / years);
            double error = Double.isNaN(fitted) ? quoted : fitted - quoted;
            sum += error * error;
        }
        return Math.sqrt(sum / points.size());
    }
}
