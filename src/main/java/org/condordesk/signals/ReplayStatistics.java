package org.condordesk.signals;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.condordesk.model.AlvhSignal;

/**
 * What a replay did (docs/signals.md): the share of days at each output level, level changes per year, and the
 * layer's timing around VIX spikes. A spike is a day whose VIX close is at least {@value #SPIKE_RISE} times the
 * lowest close of the {@value #SPIKE_WINDOW} trading days before it, the first such day after at least
 * {@value #SPIKE_WINDOW} days without one. The layer "grew" on a day its output is above the day before's; for
 * each spike the nearest growth day within {@value #SPIKE_WINDOW} trading days either side gives the lead
 * (negative: before the spike) or lag.
 */
public record ReplayStatistics(LocalDate from, LocalDate to, int days, Map<Double, Double> shareAtLevel,
                               int changes, double changesPerYear, List<Spike> spikes, int spikesLed,
                               int spikesSameDay, int spikesLagged, int spikesMissed) {

    public static final double SPIKE_RISE = 1.5;
    public static final int SPIKE_WINDOW = 20;

    /** One VIX spike: its day, VIX then and the low it rose from, the output the day before and on it, and the days from the spike to the growth. */
    public record Spike(LocalDate date, double vix, double vixLow, double sizeDayBefore, double sizeOnDay,
                        Integer growthOffsetDays) {
    }

    public static ReplayStatistics of(Replay.Result result) {
        double[] sizes = result.sizes();
        Map<Double, Double> shares = new TreeMap<>();
        int changes = 0;
        for (int i = 0; i < sizes.length; i++) {
            shares.merge(sizes[i], 1.0 / sizes.length, Double::sum);
            if (i > 0 && sizes[i] != sizes[i - 1]) {
                changes++;
            }
        }
        double years = ChronoUnit.DAYS.between(result.firstDate(), result.lastDate()) / 365.25;
        List<Spike> spikes = spikes(result);
        int led = 0;
        int same = 0;
        int lagged = 0;
        int missed = 0;
        for (Spike spike : spikes) {
            Integer offset = spike.growthOffsetDays();
            if (offset == null) {
                missed++;
            } else if (offset < 0) {
                led++;
            } else if (offset == 0) {
                same++;
            } else {
                lagged++;
            }
        }
        return new ReplayStatistics(result.firstDate(), result.lastDate(), sizes.length, shares, changes,
                years > 0 ? changes / years : 0, spikes, led, same, lagged, missed);
    }

    private static List<Spike> spikes(Replay.Result result) {
        SignalSeries series = result.series();
        List<Spike> out = new ArrayList<>();
        int lastSpike = Integer.MIN_VALUE / 2;
        for (int day = result.from() + SPIKE_WINDOW; day <= result.to(); day++) {
            double vix = series.value(AlvhSignal.VIX, day);
            double low = lowest(series, day - SPIKE_WINDOW, day - 1);
            if (Double.isNaN(vix) || Double.isNaN(low) || vix < SPIKE_RISE * low) {
                continue;
            }
            if (day - lastSpike > SPIKE_WINDOW) {
                out.add(new Spike(series.date(day), vix, low, result.sizeOn(day - 1), result.sizeOn(day),
                        nearestGrowth(result, day)));
            }
            lastSpike = day;
        }
        return out;
    }

    private static double lowest(SignalSeries series, int first, int last) {
        double low = Double.NaN;
        for (int d = first; d <= last; d++) {
            double v = series.value(AlvhSignal.VIX, d);
            if (!Double.isNaN(v) && !(v >= low)) {
                low = v;
            }
        }
        return low;
    }

    /** The offset of the growth day nearest the spike within the window, the earlier one on a tie; null if none. */
    private static Integer nearestGrowth(Replay.Result result, int spikeDay) {
        for (int distance = 0; distance <= SPIKE_WINDOW; distance++) {
            for (int offset : new int[] {-distance, distance}) {
                int day = spikeDay + offset;
                if (day > result.from() && day <= result.to() && result.sizeOn(day) > result.sizeOn(day - 1)) {
                    return offset;
                }
            }
        }
        return null;
    }
}
