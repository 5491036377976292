package org.condordesk.ui.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The chart thinning: at most the cap (plus the last day), ascending, and it keeps every bucket's extremes, so the
 * series' lowest and highest day and its last day are always plotted (checked against a scan written here).
 */
class DownsampleTest {

    /** Random walks with a one-day crash somewhere, of lengths around and far above the cap (seeded). */
    static Stream<double[]> walks() {
        SplittableRandom random = new SplittableRandom(20);
        return IntStream.range(0, 40).mapToObj(i -> {
            int n = 1 + random.nextInt(6000);
            double[] walk = new double[n];
            for (int d = 1; d < n; d++) {
                walk[d] = walk[d - 1] + random.nextGaussian();
            }
            walk[random.nextInt(n)] -= 500;
            return walk;
        });
    }

    @ParameterizedTest
    @MethodSource("walks")
    void keepsTheExtremesAndTheLastDayWithinTheCap(double[] walk) {
        int[] kept = Downsample.indices(walk, 1000);
        assertThat(kept.length).isLessThanOrEqualTo(1001);
        if (walk.length <= 1000) {
            assertThat(kept).hasSize(walk.length);
        }
        for (int i = 1; i < kept.length; i++) {
            assertThat(kept[i]).isGreaterThan(kept[i - 1]);
        }
        int low = 0;
        int high = 0;
        for (int d = 0; d < walk.length; d++) {
            low = walk[d] < walk[low] ? d : low;
            high = walk[d] > walk[high] ? d : high;
        }
        assertThat(kept).contains(low, high, walk.length - 1);
    }
}
