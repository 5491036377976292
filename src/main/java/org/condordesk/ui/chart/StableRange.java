package org.condordesk.ui.chart;

import javafx.scene.chart.NumberAxis;

/**
 * Keeps a value axis still while its data move a little (a slider drag): the range is rounded out to
 * nice ticks and only changes when the data leave it or fill less than half of it. A still axis is calmer
 * to read, and it spares JavaFX from rebuilding (and re-styling) every tick label on every frame.
 */
final class StableRange {

    private static final int TICKS = 6;
    /** Room kept above the highest curve for the marker labels along the top (a share of the data's span). */
    static final double LABEL_HEADROOM = 0.12;
    /** The least span a dollar axis shows: $100, ticks of $20. */
    static final double MIN_SPAN = 100;
    /** Shrink only when the data span less than this share of the range shown. */
    private static final double SHRINK_BELOW = 0.5;

    private final NumberAxis axis;

    StableRange(NumberAxis axis) {
        this.axis = axis;
        axis.setAutoRanging(false);
    }

    /** Fits the axis to {@code [min, max]} (zero always included), keeping the current range when it still fits. */
    void fit(double min, double max) {
        double low = Math.min(min, 0);
        double high = Math.max(max, 0);
        if (!(high - low >= MIN_SPAN)) {
            // A flat book (empty, or every layer off) would get ticks of cents that all read "$0" or "$1".
            low = Math.min(low, -MIN_SPAN / 2);
            high = Math.max(high, MIN_SPAN / 2);
        }
        double lower = axis.getLowerBound();
        double upper = axis.getUpperBound();
        boolean inside = low >= lower && high <= upper;
        boolean tooLoose = (high - low) < SHRINK_BELOW * (upper - lower);
        if (inside && !tooLoose) {
            return;
        }
        double step = Axes.niceStep(high - low, TICKS);
        axis.setTickUnit(step);
        axis.setLowerBound(Math.floor(low / step) * step);
        axis.setUpperBound(Math.ceil(high / step) * step);
    }

    /** Min and max over several series. */
    static double[] extent(double[]... series) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] values : series) {
            for (double value : values) {
                min = Math.min(min, value);
                max = Math.max(max, value);
            }
        }
        return new double[] {min, max};
    }
}
