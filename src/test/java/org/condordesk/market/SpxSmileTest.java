package org.condordesk.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.condordesk.model.SmileParameters;
import org.junit.jupiter.api.Test;

class SpxSmileTest {

    private final SpxSmile smile = new SpxSmile(new SmileParameters(0.9, 0.2, 0.08), 16.0, 19.0);

    @Test
    void atmVolIsScaledVixAtThirtyDaysAndScaledVix3mAtNinetyThree() {
        assertThat(smile.atmVol(30)).isCloseTo(0.144, within(1e-15));
        assertThat(smile.atmVol(10)).isCloseTo(0.144, within(1e-15));
        assertThat(smile.atmVol(93)).isCloseTo(0.171, within(1e-15));
    }

    @Test
    void atmVolInterpolatesTotalVarianceBetweenTheTwoTenors() {
        // At 61.5 days (halfway): variance = (0.144²·30 + 0.171²·93)/2, vol = √(variance/61.5).
        double expected = Math.sqrt((0.144 * 0.144 * 30 + 0.171 * 0.171 * 93) / 2 / 61.5);
        assertThat(smile.atmVol(61.5)).isCloseTo(expected, within(1e-15));
    }

    @Test
    void putWingIsSteeperThanCallWing() {
        double forward = 6000;
        double days = 14;
        double m = 0.05 / Math.sqrt(days / 365);
        assertThat(smile.vol(forward * Math.exp(-0.05), forward, days)).isCloseTo(0.144 + 0.2 * m, within(1e-12));
        assertThat(smile.vol(forward * Math.exp(0.05), forward, days)).isCloseTo(0.144 - 0.08 * m, within(1e-12));
        assertThat(smile.vol(forward * 3, forward, days)).isCloseTo(0.25 * 0.144, within(1e-15));
    }
}
