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
 * only when the history reaches its last date), interpolated between whole-day windows for a fractional day count. Spot VIX follows each move through the spot–vol map.
 */
public record ReturnDistribution(double[] horizonDays, double[][] spxLogMovesPct, LocalDate first, LocalDate last) {

    public ReturnDistribution {
        horizonDays = horizonDays.clone();
        spxLogMovesPct = spxLogMovesPct.clone();
    }

    /**
     * The paths of {@code spx} read at each of {@code horizonDays}. A fractional day count reads the two neighbouring
     * whole-day windows and interpolates their log moves linearly, {@code (1 − w)·m(⌊d⌋) + w·m(⌈d⌉)}, w = d − ⌊d⌋,
     * so the expectation moves smoothly with the horizon (issue 25 §5: rounding each flow's day count made a 14- to
     * 15-day step move the sample condor's expectation by 44 %).
     */
    public static ReturnDistribution of(DailySeries spx, double[] horizonDays) {
        int n = horizonDays.length;
        int[] lower = new int[n];
        double[] share = new double[n];
        for (int k = 0; k < n; k++) {
            double days = Math.max(0, horizonDays[k]);
            lower[k] = (int) Math.floor(days);
            share[k] = days - lower[k];
        }
        List<DailyBar> bars = spx.bars();
        int[] cursorLow = new int[n];
        int[] cursorHigh = new int[n];
        List<double[]> paths = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            double[] moves = new double[n];
            boolean complete = true;
            for (int k = 0; k < n && complete; k++) {
                cursorLow[k] = advance(bars, i, cursorLow[k], lower[k]);
                cursorHigh[k] = advance(bars, i, cursorHigh[k], lower[k] + (share[k] > 0 ? 1 : 0));
                complete = cursorHigh[k] < bars.size();
                if (complete) {
                    double low = 100 * Math.log(bars.get(cursorLow[k]).close() / bars.get(i).close());
                    double high = 100 * Math.log(bars.get(cursorHigh[k]).close() / bars.get(i).close());
                    moves[k] = (1 - share[k]) * low + share[k] * high;
                }
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

    /** The first bar at or after start {@code i}'s date plus {@code days}, searching on from {@code cursor}. */
    private static int advance(List<DailyBar> bars, int i, int cursor, int days) {
        LocalDate target = bars.get(i).date().plusDays(days);
        int at = Math.max(cursor, i);
        while (at < bars.size() && bars.get(at).date().isBefore(target)) {
            at++;
        }
        return at;
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
