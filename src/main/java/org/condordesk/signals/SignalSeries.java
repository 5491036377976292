package org.condordesk.signals;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

import org.condordesk.model.AlvhSignal;

/**
 * Every {@link AlvhSignal} for every day of a {@link MarketHistory}, computed once ({@link Indicators} on Ta4j,
 * {@link Divergences}); a rule then reads values by day at no cost. Each value on day d depends on data up to d
 * only, so the series of a history cut after day d agrees with this one on days 0..d (the no-look-ahead property).
 * Immutable; the arrays never leave it.
 */
public final class SignalSeries {

    private final MarketHistory history;
    private final double[][] values;

    private SignalSeries(MarketHistory history, double[][] values) {
        this.history = history;
        this.values = values;
    }

    /** Computes every signal over {@code history} with the default parameters (docs/signals.md). */
    public static SignalSeries compute(MarketHistory history) {
        return compute(history, Indicators.Parameters.DEFAULT);
    }

    public static SignalSeries compute(MarketHistory history, Indicators.Parameters parameters) {
        Map<AlvhSignal, double[]> computed = new EnumMap<>(AlvhSignal.class);
        Indicators.computeInto(history, parameters, computed);
        double[][] values = new double[AlvhSignal.values().length][];
        for (AlvhSignal signal : AlvhSignal.values()) {
            values[signal.ordinal()] = computed.get(signal);
            if (values[signal.ordinal()] == null) {
                throw new IllegalStateException("signal " + signal + " was not computed");
            }
        }
        return new SignalSeries(history, values);
    }

    public MarketHistory history() {
        return history;
    }

    public int size() {
        return history.size();
    }

    public LocalDate date(int day) {
        return history.date(day);
    }

    /** The reading of {@code signal} on {@code day}; NaN when there is no data that day. */
    public double value(AlvhSignal signal, int day) {
        return values[signal.ordinal()][day];
    }

    /** A copy of one signal's whole series, for charts. */
    public double[] copyOf(AlvhSignal signal) {
        return values[signal.ordinal()].clone();
    }

    /** Direct read access by ordinal for the rule evaluator's inner loop; callers must not write. */
    double[] raw(AlvhSignal signal) {
        return values[signal.ordinal()];
    }
}
