package org.condordesk.capital;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;

/**
 * The distribution the capital report averages over (docs/capital.md §3): SPX log moves in percent over
 * {@code horizonDays} calendar days, one from every trading day of the history to the first trading day at least
 * that many days later (overlapping windows, equal weights). Spot VIX follows each move through the spot–vol map.
 */
public record ReturnDistribution(int horizonDays, double[] spxLogMovesPct, LocalDate first, LocalDate last) {

    public ReturnDistribution {
        spxLogMovesPct = spxLogMovesPct.clone();
    }

    /** The moves of {@code spx} over {@code horizonDays} (rounded to whole days, at least 1). */
    public static ReturnDistribution of(DailySeries spx, double horizonDays) {
        int days = (int) Math.max(1, Math.round(horizonDays));
        List<DailyBar> bars = spx.bars();
        double[] moves = new double[bars.size()];
        int n = 0;
        int j = 0;
        for (int i = 0; i < bars.size(); i++) {
            LocalDate target = bars.get(i).date().plusDays(days);
            j = Math.max(j, i + 1);
            while (j < bars.size() && bars.get(j).date().isBefore(target)) {
                j++;
            }
            if (j >= bars.size()) {
                break;
            }
            moves[n++] = 100 * Math.log(bars.get(j).close() / bars.get(i).close());
        }
        LocalDate first = n == 0 ? null : bars.get(0).date();
        LocalDate last = n == 0 ? null : bars.get(n - 1).date();
        return new ReturnDistribution(days, Arrays.copyOf(moves, n), first, last);
    }

    public int size() {
        return spxLogMovesPct.length;
    }

    @Override
    public double[] spxLogMovesPct() {
        return spxLogMovesPct.clone();
    }
}
