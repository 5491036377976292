package org.condordesk.ui.backtest;

/**
 * Thins a daily series for a line chart: the days fall into at most {@code maxPoints / 2} equal buckets and each
 * bucket keeps its lowest and its highest day in date order, so a one-day crash or spike still shows (a plain
 * every-nth-day stride would skip it). Series no longer than {@code maxPoints} are kept whole.
 */
final class Downsample {

    private Downsample() {
    }

    /** The indices of the days to plot, ascending, at most {@code maxPoints} of them (plus the last day). */
    static int[] indices(double[] values, int maxPoints) {
        int n = values.length;
        if (n <= maxPoints) {
            int[] all = new int[n];
            for (int i = 0; i < n; i++) {
                all[i] = i;
            }
            return all;
        }
        int buckets = Math.max(1, (maxPoints - 1) / 2);
        int[] out = new int[2 * buckets + 1];
        int count = 0;
        for (int b = 0; b < buckets; b++) {
            int start = (int) ((long) b * n / buckets);
            int end = (int) ((long) (b + 1) * n / buckets);
            int low = start;
            int high = start;
            for (int i = start + 1; i < end; i++) {
                low = values[i] < values[low] ? i : low;
                high = values[i] > values[high] ? i : high;
            }
            out[count++] = Math.min(low, high);
            if (low != high) {
                out[count++] = Math.max(low, high);
            }
        }
        if (out[count - 1] != n - 1) {
            out[count++] = n - 1;
        }
        return java.util.Arrays.copyOf(out, count);
    }
}
