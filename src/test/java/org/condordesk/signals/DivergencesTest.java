package org.condordesk.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** The divergence definition of docs/signals.md on constructed series. */
class DivergencesTest {

    private static final Divergences.Parameters P = new Divergences.Parameters(2, 10, 3);

    /** Price: swing high 10 at bar 3, swing high 12 at bar 8 (a higher high); confirmed at bars 5 and 10. */
    private static final double[] PRICE = {5, 6, 7, 10, 7, 6, 7, 9, 12, 9, 8, 7, 6, 5};

    @Test
    void higherHighInPriceWithALowerIndicatorHighIsBearishFromConfirmationForTheHold() {
        double[] indicator = {1, 1, 1, 5, 1, 1, 1, 1, 4, 1, 1, 1, 1, 1};
        double[] bearish = Divergences.bearish(PRICE, indicator, P);
        // The later swing (bar 8) is known at bar 8 + 2 = 10; active for 3 bars: 10, 11, 12.
        assertThat(bearish).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0);
    }

    @Test
    void indicatorConfirmingTheHighOrTyingIsNoDivergence() {
        double[] higher = {1, 1, 1, 5, 1, 1, 1, 1, 6, 1, 1, 1, 1, 1};
        double[] tie = {1, 1, 1, 5, 1, 1, 1, 1, 5, 1, 1, 1, 1, 1};
        assertThat(Arrays.stream(Divergences.bearish(PRICE, higher, P)).sum()).isZero();
        assertThat(Arrays.stream(Divergences.bearish(PRICE, tie, P)).sum()).isZero();
    }

    @Test
    void swingsFurtherApartThanTheLookBackDoNotCount() {
        double[] indicator = {1, 1, 1, 5, 1, 1, 1, 1, 4, 1, 1, 1, 1, 1};
        Divergences.Parameters shortLookBack = new Divergences.Parameters(2, 4, 3);
        assertThat(Arrays.stream(Divergences.bearish(PRICE, indicator, shortLookBack)).sum()).isZero();
    }

    @Test
    void missingIndicatorAtASwingGivesNoDivergenceAndMissingTodayIsMissing() {
        double[] indicator = {1, 1, 1, Double.NaN, 1, 1, 1, 1, 4, 1, 1, 1, 1, Double.NaN};
        double[] bearish = Divergences.bearish(PRICE, indicator, P);
        assertThat(bearish[10]).isZero();
        assertThat(bearish[3]).isNaN();
        assertThat(bearish[13]).isNaN();
    }

    @Test
    void aPlateauHighIsOneSwingAtItsFirstBar() {
        double[] price = {1, 2, 3, 5, 5, 3, 2};
        assertThat(Divergences.isSwing(price, 3, 2, true)).isTrue();
        assertThat(Divergences.isSwing(price, 4, 2, true)).isFalse();
    }

    @Test
    void lowerLowInPriceWithAHigherIndicatorLowIsBullish() {
        double[] price = Arrays.stream(PRICE).map(x -> -x).toArray();
        double[] indicator = {1, 1, 1, -5, 1, 1, 1, 1, -4, 1, 1, 1, 1, 1};
        assertThat(Divergences.bullish(price, indicator, P)).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0);
    }

    @Test
    void aNewSwingEndsAnActiveDivergence() {
        // As the first case, then a third swing high at bar 13 (confirmed at 15) that confirms the indicator.
        double[] price = {5, 6, 7, 10, 7, 6, 7, 9, 12, 9, 8, 9, 10, 13, 9, 8, 7};
        double[] indicator = {1, 1, 1, 5, 1, 1, 1, 1, 4, 1, 1, 1, 1, 9, 1, 1, 1};
        double[] bearish = Divergences.bearish(price, indicator, new Divergences.Parameters(2, 10, 10));
        assertThat(bearish[10]).isEqualTo(1);
        assertThat(bearish[14]).isEqualTo(1);
        assertThat(bearish[15]).isZero();
    }

    @Test
    void anyIsOneIfAnyIsOneAndMissingOnlyWhenAllAre() {
        double nan = Double.NaN;
        double[] merged = Divergences.any(new double[] {1, 0, nan, nan}, new double[] {nan, nan, 0, nan});
        assertThat(merged[0]).isEqualTo(1);
        assertThat(merged[1]).isZero();
        assertThat(merged[2]).isZero();
        assertThat(merged[3]).isNaN();
    }
}
