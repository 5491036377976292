package org.condordesk.ui.view;

/**
 * The hedge slider's scale (issue 27 §1): where its range ends, where its ticks sit and how a dragged value is
 * rounded. Pure arithmetic, so the rules are tested without a window.
 * <ul>
 * <li>The range is 0 … {@link #end}: a round number at least twice the larger of the layer's size and its
 * vega-neutral size (room to cross the neutral point), at least 4, and never past {@link #BOUND}. The window
 * changes it only between gestures, and only upwards ({@link #grown}).</li>
 * <li>Major ticks sit on whole-contract sizes: a 1-2-5 multiple of the layer's whole step ({@link #tickUnit}).</li>
 * </ul>
 */
final class HedgeScale {

    /**
     * The stated bound of the slider's range: ×100 of the layer. A larger size is typed in the layers table (the
     * model allows up to ×1000); a drag can never take the range past this, however many gestures run to its end.
     */
    static final double BOUND = 100;

    /** The slider shows about this many major intervals. */
    private static final int TARGET_TICKS = 4;

    private HedgeScale() {
    }

    /** The round end for a layer at {@code size} whose vega-neutral size is {@code neutralSize} (NaN when none). */
    static double end(double size, double neutralSize) {
        double reach = Math.max(size, Double.isFinite(neutralSize) ? neutralSize : 0);
        double target = Math.max(4, reach * 2);
        double step = target <= 10 ? 1 : target <= 50 ? 5 : 25;
        return Math.min(BOUND, Math.ceil(target / step) * step);
    }

    /** The end after a gesture: the current one, or a larger {@link #end} (never smaller, never past the bound). */
    static double grown(double currentEnd, double size, double neutralSize) {
        return Math.min(BOUND, Math.max(currentEnd, end(size, neutralSize)));
    }

    /**
     * The major tick unit over {@code 0 … end}: the smallest 1-2-5 number at or above a quarter of the range that
     * is a whole number of whole steps ({@code 1/gcd(|q_i|)}, WholeContracts.step), so every labelled tick is a
     * whole number of contracts and reads as a round size (×1, ×2, ×5 …, not ×1.25).
     */
    static double tickUnit(double end, double wholeStep) {
        double target = end / TARGET_TICKS;
        for (double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(target, wholeStep)))) / 10;
             magnitude <= end * 10; magnitude *= 10) {
            for (double multiple : new double[] {1, 2, 5}) {
                double unit = multiple * magnitude;
                double steps = unit / wholeStep;
                if (unit >= target - 1e-12 && unit >= wholeStep - 1e-12 && Math.abs(steps - Math.rint(steps)) < 1e-9) {
                    return unit;
                }
            }
        }
        return Math.max(1, Math.ceil(target / wholeStep)) * wholeStep;
    }

    /** A dragged value as the layer's size: the nearest whole size when {@code whole}, else to 0.01. */
    static double snap(double value, boolean whole, double wholeStep) {
        if (whole) {
            return Math.max(0, Math.round(value / wholeStep) * wholeStep);
        }
        return Math.round(value * 100) / 100.0;
    }
}
