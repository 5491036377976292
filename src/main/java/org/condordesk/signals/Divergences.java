package org.condordesk.signals;

import java.util.Arrays;

import org.condordesk.model.Check;

/**
 * Price–indicator divergences found on confirmed swing points (docs/signals.md has the definition and its edge
 * cases). A swing high at bar j is a close strictly above the {@code pivotBars} closes before it and at least as
 * high as the {@code pivotBars} closes after it, so it is known only at bar j + pivotBars. A bearish divergence is
 * active from the day the later of the last two swing highs is confirmed, for {@code holdBars} bars, when those two
 * swing highs lie at most {@code lookbackBars} apart, price made a higher high and the indicator, read on the same
 * two bars, a strictly lower one. Bullish is the mirror on swing lows. Each day uses data up to that day only.
 */
public final class Divergences {

    /** The definition's parameters: swing half-width, the longest span between the two swings, how long it stays on. */
    public record Parameters(int pivotBars, int lookbackBars, int holdBars) {
        public static final Parameters DEFAULT = new Parameters(5, 60, 20);

        public Parameters {
            Check.between("pivotBars", pivotBars, 1, 50);
            Check.between("lookbackBars", lookbackBars, pivotBars + 1, 500);
            Check.between("holdBars", holdBars, 1, 500);
        }
    }

    private Divergences() {
    }

    /** 1 where a bearish divergence is active, 0 where not, NaN where the indicator has no value that day. */
    public static double[] bearish(double[] price, double[] indicator, Parameters parameters) {
        return find(price, indicator, parameters, true);
    }

    /** 1 where a bullish divergence is active, 0 where not, NaN where the indicator has no value that day. */
    public static double[] bullish(double[] price, double[] indicator, Parameters parameters) {
        return find(price, indicator, parameters, false);
    }

    private static double[] find(double[] price, double[] indicator, Parameters parameters, boolean highs) {
        int n = price.length;
        int p = parameters.pivotBars();
        double[] out = new double[n];
        int earlier = -1;
        int later = -1;
        int activeUntil = -1;
        for (int day = 0; day < n; day++) {
            int candidate = day - p;
            if (candidate >= p && isSwing(price, candidate, p, highs)) {
                earlier = later;
                later = candidate;
                activeUntil = earlier >= 0 && diverges(price, indicator, earlier, later, parameters, highs)
                        ? day + parameters.holdBars() - 1 : -1;
            }
            out[day] = Double.isNaN(indicator[day]) ? Double.NaN : day <= activeUntil ? 1 : 0;
        }
        return out;
    }

    /** Strictly beyond the closes before, at least level with the closes after (a plateau's first bar is the swing). */
    static boolean isSwing(double[] price, int j, int p, boolean high) {
        double sign = high ? 1 : -1;
        for (int k = j - p; k < j; k++) {
            if (!(sign * price[j] > sign * price[k])) {
                return false;
            }
        }
        for (int k = j + 1; k <= j + p; k++) {
            if (!(sign * price[j] >= sign * price[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean diverges(double[] price, double[] indicator, int earlier, int later, Parameters parameters,
                                    boolean highs) {
        if (later - earlier > parameters.lookbackBars()) {
            return false;
        }
        double indicatorEarlier = indicator[earlier];
        double indicatorLater = indicator[later];
        if (Double.isNaN(indicatorEarlier) || Double.isNaN(indicatorLater)) {
            return false;
        }
        return highs
                ? price[later] > price[earlier] && indicatorLater < indicatorEarlier
                : price[later] < price[earlier] && indicatorLater > indicatorEarlier;
    }

    /** 1 if any input is 1; 0 if any has a value and none is 1; NaN if all are missing. */
    static double[] any(double[]... flags) {
        int n = flags[0].length;
        double[] out = new double[n];
        Arrays.fill(out, Double.NaN);
        for (double[] flag : flags) {
            for (int i = 0; i < n; i++) {
                if (flag[i] == 1) {
                    out[i] = 1;
                } else if (flag[i] == 0 && Double.isNaN(out[i])) {
                    out[i] = 0;
                }
            }
        }
        return out;
    }
}
