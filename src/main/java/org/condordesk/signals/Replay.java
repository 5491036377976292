package org.condordesk.signals;

import java.time.LocalDate;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import org.condordesk.model.ValidationException;

/**
 * The walk-forward replay: the rules evaluated on every day of a range, each day on data up to that day only (the
 * precomputed series is causal, docs/signals.md), the outputs recorded and summarised in {@link ReplayStatistics}.
 */
public final class Replay {

    private static final int PROGRESS_EVERY_DAYS = 256;

    /** The daily outputs from day {@code from} to day {@code to} (indices into the series, inclusive). */
    public record Result(SignalSeries series, int from, int to, double[] sizes) {
        public double sizeOn(int day) {
            return sizes[day - from];
        }

        public LocalDate firstDate() {
            return series.date(from);
        }

        public LocalDate lastDate() {
            return series.date(to);
        }
    }

    private Replay() {
    }

    public static Result run(AlvhRules rules, SignalSeries series) {
        return run(rules, series, 0, series.size() - 1, share -> { }, () -> false);
    }

    /** Replays days {@code from}..{@code to}; reports progress 0–1 and stops with CancellationException when asked. */
    public static Result run(AlvhRules rules, SignalSeries series, int from, int to, DoubleConsumer progress,
                             BooleanSupplier cancelled) {
        if (from < 0 || to >= series.size() || from > to) {
            throw new ValidationException("range", "days " + from + ".." + to + " are outside the history (0.."
                    + (series.size() - 1) + ")");
        }
        double[] sizes = new double[to - from + 1];
        for (int day = from; day <= to; day++) {
            if ((day - from) % PROGRESS_EVERY_DAYS == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("replay cancelled");
                }
                progress.accept((double) (day - from) / sizes.length);
            }
            sizes[day - from] = rules.sizeAt(series, day);
        }
        progress.accept(1.0);
        return new Result(series, from, to, sizes);
    }

    /** The day range covering {@code from}..{@code to} (either may be null for the history's ends). */
    public static int[] range(SignalSeries series, LocalDate from, LocalDate to) {
        int first = from == null ? 0 : series.history().indexOnOrBefore(from.minusDays(1)) + 1;
        int last = to == null ? series.size() - 1 : series.history().indexOnOrBefore(to);
        if (first > last || last < 0 || first >= series.size()) {
            throw new ValidationException("--from/--to", "no trading day of the history (" + series.date(0) + " to "
                    + series.date(series.size() - 1) + ") lies in " + (from == null ? "…" : from) + " to " + (to == null ? "…" : to));
        }
        return new int[] {first, last};
    }
}
