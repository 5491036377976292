package org.condordesk.ui.work;

import java.util.Arrays;
import java.util.Locale;

/** Latency samples (nanoseconds) in a ring buffer, with percentiles for the status bar and the harness. */
public final class LatencyStats {

    private final long[] samples;
    private int next;
    private int size;

    public LatencyStats(int capacity) {
        samples = new long[capacity];
    }

    public synchronized void record(long nanos) {
        samples[next] = nanos;
        next = (next + 1) % samples.length;
        size = Math.min(size + 1, samples.length);
    }

    public synchronized int count() {
        return size;
    }

    public synchronized void clear() {
        next = 0;
        size = 0;
    }

    /** The {@code q}-quantile (0–1) in milliseconds, nearest rank; NaN without samples. */
    public synchronized double quantileMillis(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
    }

    public double maxMillis() {
        return quantileMillis(1.0);
    }

    /** {@code n=…, p50=… ms, p95=… ms, max=… ms}. */
    public String summary() {
        return String.format(Locale.US, "n=%d, p50=%.1f ms, p95=%.1f ms, max=%.1f ms", count(), quantileMillis(0.5),
                quantileMillis(0.95), maxMillis());
    }
}
