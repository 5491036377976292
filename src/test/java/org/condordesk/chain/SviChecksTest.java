package org.condordesk.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.condordesk.model.OptionRight;
import org.condordesk.pricing.Black76;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The arbitrage checks against independent computations: the density factor g(k) has the sign of the risk-neutral
 * density, which is e^{rT}·∂²C/∂K² — a central second difference of Black-76 call prices at the smile's vols.
 */
class SviChecksTest {

    static Stream<SviParameters> smiles() {
        SplittableRandom random = new SplittableRandom(16);
        return Stream.generate(() -> new SviParameters(random.nextDouble(-0.01, 0.03), random.nextDouble(0.01, 0.6),
                random.nextDouble(-0.95, 0.95), random.nextDouble(-0.2, 0.2), random.nextDouble(0.02, 0.4))).limit(60);
    }

    @ParameterizedTest
    @MethodSource("smiles")
    void densityFactorHasTheSignOfTheButterflyDensity(SviParameters smile) {
        double forward = 100;
        double years = 0.25;
        for (double k = -0.6; k <= 0.6; k += 0.05) {
            double g = SviChecks.densityFactor(smile, k);
            if (!(smile.totalVariance(k) > 0) || Math.abs(g) < 1e-3) {
                continue;                    // too close to zero for a finite difference to tell the sign
            }
            double strike = forward * Math.exp(k);
            double h = strike * 1e-3;
            double density = (call(smile, forward, strike + h, years) - 2 * call(smile, forward, strike, years)
                    + call(smile, forward, strike - h, years)) / (h * h);
            assertThat(Math.signum(density)).as("k=%.2f g=%.4f", k, g).isEqualTo(Math.signum(g));
        }
    }

    private static double call(SviParameters smile, double forward, double strike, double years) {
        double w = smile.totalVariance(Math.log(strike / forward));
        return Black76.price(OptionRight.CALL, forward, strike, years, 0, Math.sqrt(Math.max(w, 1e-12) / years));
    }

    @Test
    void eachCheckFailsWhereItShould() {
        // a + bσ√(1 − ρ²) = −0.011 + 0.1·0.1·1 = −0.001: negative total variance at k = m
        assertThat(SviChecks.of(new SviParameters(-0.011, 0.1, 0, 0, 0.1), -0.3, 0.3).positiveVariance()).isFalse();
        // b(1 + |ρ|) = 1.5·1.5 = 2.25 > 2: Lee's bound broken
        SviChecks steep = SviChecks.of(new SviParameters(0.04, 1.5, -0.5, 0, 0.2), -0.3, 0.3);
        assertThat(steep.maxWingSlope()).isCloseTo(2.25, within(1e-12));
        assertThat(steep.leeWings()).isFalse();
        // Gatheral–Jacquier's (2014) example due to Axel Vogt: a = −0.0410, b = 0.1331, ρ = 0.3060, m = 0.3586,
        // σ = 0.4153 passes positivity and Lee yet admits butterfly arbitrage; g(k) evaluated by hand on a 0.01 grid
        // (Python, outside the build) bottoms at −0.033 near k = 0.88
        SviChecks vogt = SviChecks.of(new SviParameters(-0.0410, 0.1331, 0.3060, 0.3586, 0.4153), 0.2, 2.0);
        assertThat(vogt.positiveVariance()).isTrue();
        assertThat(vogt.leeWings()).isTrue();
        assertThat(vogt.noButterflyArbitrage()).isFalse();
        assertThat(vogt.worstLogMoneyness()).isBetween(0.8, 0.96);
        assertThat(vogt.minimumDensityFactor()).isCloseTo(-0.033, within(0.001));
    }
}
