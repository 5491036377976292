package org.condordesk.capital;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;

/**
 * The distribution the capital report averages over (docs/capital.md §3): real SPX paths from the history, one starting
 * at every trading day, each read at the dates the cash flows fall on: the SPX log move in percent from its start to
 * the first trading day at least that many calendar days later (overlapping windows, equal weights; a path is used
 * only when the history reaches its last date). Spot VIX follows each move through the spot–vol map.
 */
public record ReturnDistribution(double[] horizonDays, double[][] spxLogMovesPct, LocalDate first, LocalDate last) {

    public ReturnDistribution {
        horizonDays = horizonDays.clone();
        spxLogMovesPct = spxLogMovesPct.clone();
    }

    /** The paths of {@code spx} read at each of {@code horizonDays} (rounded to whole days, the first window ≥ 0). */
    public static ReturnDistribution of(DailySeries spx, double[] horizonDays) {
        int[] days = new int[horizonDays.length];
        for (int k = 0; k < days.length; k++) {
            days[k] = (int) Math.max(0, Math.round(horizonDays[k]));
        }
        List<DailyBar> bars = spx.bars();
        int[] cursor = new int[days.length];
        List<double[]> paths = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            double[] moves = new double[days.length];
            boolean complete = true;
            for (int k = 0; k < days.length && complete; k++) {
                LocalDate target = bars.get(i).date().plusDays(days[k]);
                cursor[k] = Math.max(cursor[k], i);
                while (cursor[k] < bars.size() && bars.get(cursor[k]).date().isBefore(target)) {
                    cursor[k]++;
                }
                complete = cursor[k] < bars.size();
                moves[k] = complete ? 100 * Math.log(bars.get(cursor[k]).close() / bars.get(i).close()) : Double.NaN;
            }
            if (!complete) {
                break;
            }
            paths.add(moves);
        }
        LocalDate first = paths.isEmpty() ? null : bars.get(0).date();
        LocalDate last = paths.isEmpty() ? null : bars.get(paths.size() - 1).date();
        return new ReturnDistribution(horizonDays, paths.toArray(double[][]::new), first, last);
    }

    public int size() {
        return spxLogMovesPct.length;
    }

    /** The longest window in whole days. */
    public int longestDays() {
        double longest = 0;
        for (double days : horizonDays) {
            longest = Math.max(longest, days);
        }
        return (int) Math.round(longest);
    }

    /** Path {@code path}'s log moves (%) at each date. */
    public double[] path(int path) {
        return spxLogMovesPct[path].clone();
    }

    @Override
    public double[] horizonDays() {
        return horizonDays.clone();
    }

    @Override
    public double[][] spxLogMovesPct() {
        double[][] copy = new double[spxLogMovesPct.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = spxLogMovesPct[i].clone();
        }
        return copy;
    }
}
