package org.condordesk.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;
import org.junit.jupiter.api.Test;

/** Issue 25 §5: a fractional horizon reads between the two neighbouring whole-day windows, not a rounded one. */
class ReturnDistributionTest {

    /** Closes 100, 101, 103, 106, … on consecutive calendar days (every day a bar). */
    private static DailySeries series(int days) {
        List<DailyBar> bars = new ArrayList<>();
        double close = 100;
        for (int d = 0; d < days; d++) {
            close += d;
            bars.add(new DailyBar(LocalDate.of(2024, 1, 1).plusDays(d), close, close, close, close));
        }
        return new DailySeries("SPX", bars);
    }

    @Test
    void aFractionalHorizonInterpolatesTheLogMovesOfItsNeighbouringWindows() {
        ReturnDistribution distribution = ReturnDistribution.of(series(10), new double[] {1.25, 2});
        // Path 0 from 100: one day to 101, two to 103. Hand: 0.75·100·ln(1.01) + 0.25·100·ln(1.03).
        double expected = 0.75 * 100 * Math.log(1.01) + 0.25 * 100 * Math.log(1.03);
        assertThat(distribution.path(0)[0]).isCloseTo(expected, within(1e-12));
        assertThat(distribution.path(0)[1]).isCloseTo(100 * Math.log(1.03), within(1e-12));
        // Every path needs its upper window: 10 bars, the last two days' starts cannot reach 2 days ahead.
        assertThat(distribution.size()).isEqualTo(8);
    }

    @Test
    void theMovesAreContinuousInTheHorizon() {
        DailySeries spx = series(40);
        double below = ReturnDistribution.of(spx, new double[] {14.999999}).path(3)[0];
        double at = ReturnDistribution.of(spx, new double[] {15}).path(3)[0];
        double above = ReturnDistribution.of(spx, new double[] {15.000001}).path(3)[0];
        assertThat(below).isCloseTo(at, within(1e-4));
        assertThat(above).isCloseTo(at, within(1e-4));
    }
}
