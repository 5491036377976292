package org.condordesk.ui.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The hedge slider's scale (issue 27 §1); every expected value is the rule in HedgeScale's Javadoc worked by hand. */
class HedgeScaleTest {

    @Test
    void theEndIsARoundNumberAboveTwiceTheLargerOfSizeAndNeutralSize() {
        // ×1, no neutral size: at least 4.
        assertThat(HedgeScale.end(1, Double.NaN)).isEqualTo(4);
        // Neutral at ×3.9: 2 × 3.9 = 7.8, rounded up to the unit step (≤ 10) = 8.
        assertThat(HedgeScale.end(1, 3.9)).isEqualTo(8);
        // ×30: 60, steps of 25 above 50, so 75.
        assertThat(HedgeScale.end(30, Double.NaN)).isEqualTo(75);
        // ×80: 160 → 175, but never past the bound of 100.
        assertThat(HedgeScale.end(80, 2)).isEqualTo(100);
        // ×788 (the runaway size of the issue) still gives a slider of ×100 at most.
        assertThat(HedgeScale.end(788.32, Double.NaN)).isEqualTo(HedgeScale.BOUND);
    }

    @Test
    void theEndNeverShrinksBetweenGestures() {
        // A drag back to ×1 after the range grew to 8: the range stays at 8 (the trader's scale does not jump).
        assertThat(HedgeScale.grown(8, 1, Double.NaN)).isEqualTo(8);
        // A gesture that ended at the end of 0…4 doubles it for the next one.
        assertThat(HedgeScale.grown(4, 4, Double.NaN)).isEqualTo(8);
    }

    @Test
    void ticksSitOnWholeContractSizes() {
        // Step 1 (a 1-lot layer): 4/4 = 1; 8/4 = 2; 75/4 = 18.75 → 20 (1-2-5 series).
        assertThat(HedgeScale.tickUnit(4, 1)).isEqualTo(1);
        assertThat(HedgeScale.tickUnit(8, 1)).isEqualTo(2);
        assertThat(HedgeScale.tickUnit(75, 1)).isEqualTo(20);
        // Step 0.1 (a 10×10 spread): 4/4/0.1 = 10 steps → 10 × 0.1 = 1.
        assertThat(HedgeScale.tickUnit(4, 0.1)).isEqualTo(1, within(1e-12));
        // Step 0.5 (a 2-lot): a quarter of 4 is 1, a whole two steps.
        assertThat(HedgeScale.tickUnit(4, 0.5)).isEqualTo(1);
        // Step 0.25 (a 4-lot): 1 (four steps), not 1.25 (five steps, an odd size to read).
        assertThat(HedgeScale.tickUnit(4, 0.25)).isEqualTo(1);
        // Step 1/3 (a 3-lot): 1 is three steps.
        assertThat(HedgeScale.tickUnit(4, 1.0 / 3)).isEqualTo(1, within(1e-12));
        // Step 0.3 (a 10-lot with a 3-lot leg… gcd 10/3 is not whole; a 0.3 step): 1-2-5 numbers are not multiples
        // of 0.3 below 3 (3 is not 1-2-5 either), so the fallback: ceil(1 / 0.3) = 4 steps = 1.2.
        assertThat(HedgeScale.tickUnit(4, 0.3)).isEqualTo(1.2, within(1e-12));
    }

    @Test
    void aDraggedValueSnapsToWholeSizesOrToHundredths() {
        assertThat(HedgeScale.snap(2.37, true, 0.5)).isEqualTo(2.5);
        assertThat(HedgeScale.snap(2.374, false, 0.5)).isEqualTo(2.37);
        assertThat(HedgeScale.snap(0.2, true, 1)).isEqualTo(0);
    }

    static Stream<double[]> randomScales() {
        SplittableRandom random = new SplittableRandom(27);
        double[] steps = {1, 0.5, 0.25, 0.2, 0.1, 1.0 / 3};
        return IntStream.range(0, 200).mapToObj(i -> new double[] {random.nextDouble(0, 1000), random.nextDouble(0, 500),
                steps[random.nextInt(steps.length)], random.nextDouble(0, 120)});
    }

    @ParameterizedTest
    @MethodSource("randomScales")
    void theBoundHoldsAndEveryTickIsAWholeNumberOfSteps(double[] c) {
        double size = c[0];
        double neutral = c[1];
        double step = c[2];
        double current = Math.min(c[3], HedgeScale.BOUND);
        double end = HedgeScale.grown(current, size, neutral);
        assertThat(end).isBetween(Math.max(current, 4.0), HedgeScale.BOUND);
        double tick = HedgeScale.tickUnit(end, step);
        assertThat(tick / step).isCloseTo(Math.rint(tick / step), within(1e-9));
        assertThat(end / tick).as("about four intervals, never hundreds").isLessThanOrEqualTo(10);
        double snapped = HedgeScale.snap(c[3], true, step);
        assertThat(snapped / step).isCloseTo(Math.rint(snapped / step), within(1e-9));
        assertThat(Math.abs(snapped - c[3])).isLessThanOrEqualTo(step / 2 + 1e-9);
    }
}
