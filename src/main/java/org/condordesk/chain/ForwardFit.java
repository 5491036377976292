package org.condordesk.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.condordesk.model.OptionRight;
import org.condordesk.model.ValidationException;

/**
 * Implies an expiry's forward and discount factor from put–call parity. For a European option on an index,
 * {@code C(K) − P(K) = DF·F − DF·K}: the mid differences are a straight line in K with slope −DF and intercept
 * DF·F. The line is fitted by least squares (Commons Math {@link SimpleRegression}) over the strikes with
 * two-sided call and put quotes nearest the pivot (the strike where |C − P| is least) — {@value #STRIKES_EACH_SIDE}
 * on each side — then refitted once without the points whose residual exceeds {@value #OUTLIER_SCALES} robust
 * standard deviations (1.4826 × the median absolute residual), so one mispriced strike cannot move the forward.
 */
public final class ForwardFit {

    static final int STRIKES_EACH_SIDE = 6;
    static final double OUTLIER_SCALES = 4;
    /** Discount factors outside this band are taken for a broken fit, not for a rate. */
    static final double MIN_DISCOUNT_FACTOR = 0.5;
    static final double MAX_DISCOUNT_FACTOR = 1.05;

    private ForwardFit() {
    }

    /** Throws {@link ValidationException} naming the expiry when its quotes imply no forward. */
    public static ImpliedForward fit(ExpiryQuotes quotes) {
        int[] window = window(quotes);
        double[] strikes = new double[window.length];
        double[] differences = new double[window.length];
        for (int j = 0; j < window.length; j++) {
            strikes[j] = quotes.strike(window[j]);
            differences[j] = quotes.mid(OptionRight.CALL, window[j]) - quotes.mid(OptionRight.PUT, window[j]);
        }
        boolean[] kept = new boolean[window.length];
        Arrays.fill(kept, true);
        SimpleRegression line = regress(strikes, differences, kept);
        if (window.length > 3 && dropOutliers(line, strikes, differences, kept)) {
            line = regress(strikes, differences, kept);
        }
        double discountFactor = -line.getSlope();
        if (!(discountFactor >= MIN_DISCOUNT_FACTOR && discountFactor <= MAX_DISCOUNT_FACTOR)) {
            throw new ValidationException(quotes.label(), "put–call parity implies a discount factor of "
                    + String.format("%.4f", discountFactor) + ": the quotes are not consistent enough for a forward");
        }
        double forward = line.getIntercept() / discountFactor;
        if (!(forward > 0)) {
            throw new ValidationException(quotes.label(), "put–call parity implies a forward ≤ 0");
        }
        int used = 0;
        for (boolean k : kept) {
            used += k ? 1 : 0;
        }
        double rms = Math.sqrt(line.getSumSquaredErrors() / used);
        return new ImpliedForward(forward, discountFactor, used, quotes.strike(window[pivot(quotes, window)]), rms);
    }

    /** Indices of the two-sided strikes nearest the pivot, in increasing strike order. */
    private static int[] window(ExpiryQuotes quotes) {
        List<Integer> twoSided = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            if (quotes.twoSided(i)) {
                twoSided.add(i);
            }
        }
        if (twoSided.size() < 2) {
            throw new ValidationException(quotes.label(), "fewer than two strikes have both the call and the put "
                    + "quoted on both sides: no forward");
        }
        int pivot = 0;
        double least = Double.POSITIVE_INFINITY;
        for (int j = 0; j < twoSided.size(); j++) {
            int i = twoSided.get(j);
            double gap = Math.abs(quotes.mid(OptionRight.CALL, i) - quotes.mid(OptionRight.PUT, i));
            if (gap < least) {
                least = gap;
                pivot = j;
            }
        }
        int from = Math.max(0, pivot - STRIKES_EACH_SIDE);
        int to = Math.min(twoSided.size(), pivot + STRIKES_EACH_SIDE + 1);
        return twoSided.subList(from, to).stream().mapToInt(Integer::intValue).toArray();
    }

    private static int pivot(ExpiryQuotes quotes, int[] window) {
        int best = 0;
        for (int j = 1; j < window.length; j++) {
            if (gap(quotes, window[j]) < gap(quotes, window[best])) {
                best = j;
            }
        }
        return best;
    }

    private static double gap(ExpiryQuotes quotes, int i) {
        return Math.abs(quotes.mid(OptionRight.CALL, i) - quotes.mid(OptionRight.PUT, i));
    }

    private static SimpleRegression regress(double[] x, double[] y, boolean[] kept) {
        SimpleRegression regression = new SimpleRegression(true);
        for (int j = 0; j < x.length; j++) {
            if (kept[j]) {
                regression.addData(x[j], y[j]);
            }
        }
        return regression;
    }

    /** Marks points beyond the robust threshold as not kept; true if any was dropped and three or more remain. */
    private static boolean dropOutliers(SimpleRegression line, double[] x, double[] y, boolean[] kept) {
        double[] residuals = new double[x.length];
        for (int j = 0; j < x.length; j++) {
            residuals[j] = Math.abs(y[j] - line.predict(x[j]));
        }
        double[] sorted = residuals.clone();
        Arrays.sort(sorted);
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : 0.5 * (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]);
        // a floor of a thousandth of a point keeps an exact fit (synthetic quotes) from dropping rounding noise
        double threshold = Math.max(OUTLIER_SCALES * 1.4826 * median, 1e-3);
        int remaining = 0;
        boolean dropped = false;
        for (int j = 0; j < x.length; j++) {
            if (residuals[j] > threshold) {
                kept[j] = false;
                dropped = true;
            } else {
                remaining++;
            }
        }
        if (remaining < 3) {
            Arrays.fill(kept, true);
            return false;
        }
        return dropped;
    }
}
