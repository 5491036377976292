package org.condordesk.chain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.condordesk.model.OptionRight;
import org.condordesk.model.ValidationException;

/**
 * Implies an expiry's forward and discount factor from put–call parity. For a European option on an index,
 * {@code C(K) − P(K) = DF·F − DF·K}: the mid differences are a straight line in K with slope −DF and intercept
 * DF·F. The line is fitted by weighted least squares over the strikes with two-sided call and put quotes within
 * {@value #WINDOW_FRACTION} (5 %) of the pivot (the strike where |C − P| is least), and at least
 * {@value #STRIKES_EACH_SIDE} on each side of it when there are that many; each strike weighs
 * {@code 1/(h_C² + h_P²)}, h the half-spreads, so a wide in-the-money quote counts little. Then, one at a time,
 * the strike with the largest residual is dropped and the line refitted while that residual exceeds
 * {@value #OUTLIER_SCALES} robust deviations (1.4826 × the median residual, residuals in half-spread units, and at
 * least {@value #MIN_OUTLIER_Z}), so a mispriced strike cannot move the forward.
 */
public final class ForwardFit {

    static final double WINDOW_FRACTION = 0.05;
    static final int STRIKES_EACH_SIDE = 6;
    static final double OUTLIER_SCALES = 4;
    static final double MIN_OUTLIER_Z = 3;
    /** Discount factors outside this band are taken for a broken fit, not for a rate. */
    static final double MIN_DISCOUNT_FACTOR = 0.5;
    static final double MAX_DISCOUNT_FACTOR = 1.05;
    /** Half-spread floor (points), so exact quotes (bid = ask) keep finite weights. */
    private static final double MIN_HALF_SPREAD = 1e-3;

    private ForwardFit() {
    }

    /** Throws {@link ValidationException} naming the expiry when its quotes imply no forward. */
    public static ImpliedForward fit(ExpiryQuotes quotes) {
        List<Integer> twoSided = twoSidedStrikes(quotes);
        int pivot = pivot(quotes, twoSided);
        int[] window = window(quotes, twoSided, pivot);
        int n = window.length;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] weight = new double[n];
        for (int j = 0; j < n; j++) {
            int i = window[j];
            x[j] = quotes.strike(i);
            y[j] = quotes.mid(OptionRight.CALL, i) - quotes.mid(OptionRight.PUT, i);
            double hc = Math.max(0.5 * (quotes.ask(OptionRight.CALL, i) - quotes.bid(OptionRight.CALL, i)), MIN_HALF_SPREAD);
            double hp = Math.max(0.5 * (quotes.ask(OptionRight.PUT, i) - quotes.bid(OptionRight.PUT, i)), MIN_HALF_SPREAD);
            weight[j] = 1 / (hc * hc + hp * hp);
        }
        double[] line = trimOutliers(weightedLine(x, y, weight), x, y, weight);
        double discountFactor = -line[1];
        if (!(discountFactor >= MIN_DISCOUNT_FACTOR && discountFactor <= MAX_DISCOUNT_FACTOR)) {
            throw new ValidationException(quotes.label(), "put–call parity implies a discount factor of "
                    + String.format("%.4f", discountFactor) + ": the quotes are not consistent enough for a forward");
        }
        double forward = line[0] / discountFactor;
        if (!(forward > 0)) {
            throw new ValidationException(quotes.label(), "put–call parity implies a forward ≤ 0");
        }
        return fitted(forward, discountFactor, quotes.strike(pivot), line, x, y, weight);
    }

    /** The strikes whose call and put are both quoted on both sides; at least two, or no forward. */
    private static List<Integer> twoSidedStrikes(ExpiryQuotes quotes) {
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
        return twoSided;
    }

    /** The forward with the count of strikes the trimmed line kept and their RMS residual (points). */
    private static ImpliedForward fitted(double forward, double discountFactor, double pivotStrike, double[] line,
                                         double[] x, double[] y, double[] weight) {
        int used = 0;
        double squares = 0;
        for (int j = 0; j < x.length; j++) {
            if (weight[j] > 0) {
                used++;
                double residual = y[j] - line[0] - line[1] * x[j];
                squares += residual * residual;
            }
        }
        return new ImpliedForward(forward, discountFactor, used, pivotStrike, Math.sqrt(squares / used));
    }

    /** The strike index where |C − P| is least. */
    private static int pivot(ExpiryQuotes quotes, List<Integer> twoSided) {
        int pivot = twoSided.get(0);
        for (int i : twoSided) {
            if (gap(quotes, i) < gap(quotes, pivot)) {
                pivot = i;
            }
        }
        return pivot;
    }

    private static double gap(ExpiryQuotes quotes, int i) {
        return Math.abs(quotes.mid(OptionRight.CALL, i) - quotes.mid(OptionRight.PUT, i));
    }

    /** Two-sided strikes within 5 % of the pivot, widened to six on each side where the chain has them. */
    private static int[] window(ExpiryQuotes quotes, List<Integer> twoSided, int pivot) {
        int at = twoSided.indexOf(pivot);
        double center = quotes.strike(pivot);
        int from = at;
        while (from > 0 && (at - (from - 1) <= STRIKES_EACH_SIDE
                || Math.abs(quotes.strike(twoSided.get(from - 1)) / center - 1) <= WINDOW_FRACTION)) {
            from--;
        }
        int to = at;
        while (to < twoSided.size() - 1 && ((to + 1) - at <= STRIKES_EACH_SIDE
                || Math.abs(quotes.strike(twoSided.get(to + 1)) / center - 1) <= WINDOW_FRACTION)) {
            to++;
        }
        return twoSided.subList(from, to + 1).stream().mapToInt(Integer::intValue).toArray();
    }

    /** Weighted least squares of y = c₀ + c₁·x (points of weight 0 left out): {c₀, c₁}. */
    static double[] weightedLine(double[] x, double[] y, double[] weight) {
        double sw = 0;
        double sx = 0;
        double sy = 0;
        for (int j = 0; j < x.length; j++) {
            sw += weight[j];
            sx += weight[j] * x[j];
            sy += weight[j] * y[j];
        }
        double mx = sx / sw;
        double my = sy / sw;
        double sxx = 0;
        double sxy = 0;
        for (int j = 0; j < x.length; j++) {
            double dx = x[j] - mx;
            sxx += weight[j] * dx * dx;
            sxy += weight[j] * dx * (y[j] - my);
        }
        double slope = sxy / sxx;
        return new double[] {my - slope * mx, slope};
    }

    /**
     * Zeroes the weight of the point with the largest residual while it exceeds the robust threshold, refitting
     * after each (at most a quarter of the points go): one bad strike pulls the first line towards itself, but it
     * keeps the largest residual. Returns the final line.
     */
    private static double[] trimOutliers(double[] line, double[] x, double[] y, double[] weight) {
        int n = x.length;
        double[] fitted = line;
        for (int round = 0; round < n / 4; round++) {
            double[] z = new double[n];
            int kept = 0;
            int worst = -1;
            for (int j = 0; j < n; j++) {
                if (weight[j] > 0) {
                    z[kept++] = Math.abs(y[j] - fitted[0] - fitted[1] * x[j]) * Math.sqrt(weight[j]);
                    double zj = z[kept - 1];
                    if (worst < 0 || zj > Math.abs(y[worst] - fitted[0] - fitted[1] * x[worst]) * Math.sqrt(weight[worst])) {
                        worst = j;
                    }
                }
            }
            double[] sorted = Arrays.copyOf(z, kept);
            Arrays.sort(sorted);
            double median = kept % 2 == 1 ? sorted[kept / 2] : 0.5 * (sorted[kept / 2 - 1] + sorted[kept / 2]);
            double threshold = Math.max(OUTLIER_SCALES * 1.4826 * median, MIN_OUTLIER_Z);
            if (kept <= 3 || sorted[kept - 1] <= threshold) {
                break;
            }
            weight[worst] = 0;
            fitted = weightedLine(x, y, weight);
        }
        return fitted;
    }
}
