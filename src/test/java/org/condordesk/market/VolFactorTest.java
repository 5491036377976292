package org.condordesk.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.condordesk.model.TenorBeta;
import org.condordesk.model.VolFactorModel;
import org.junit.jupiter.api.Test;

class VolFactorTest {

    @Test
    void timeWeightIsOneAtThirtyDaysAndFollowsThePowerLawWithinTheClamp() {
        VolFactor factor = new VolFactor(VolFactorModel.defaults().withTimeWeight(0.5, 0.25, 3.0));
        assertThat(factor.timeWeight(30)).isCloseTo(1.0, within(1e-15));
        assertThat(factor.timeWeight(7.5)).isCloseTo(2.0, within(1e-15));   // (30/7.5)^0.5
        assertThat(factor.timeWeight(120)).isCloseTo(0.5, within(1e-15));   // (30/120)^0.5
        assertThat(factor.timeWeight(0.5)).isEqualTo(3.0);                  // clamped above
        assertThat(factor.timeWeight(10_000)).isEqualTo(0.25);              // clamped below
    }

    @Test
    void defaultExponentPassesThroughTheMeasuredVix3mBeta() {
        // (30/93)^α = 0.64 is how the default α is defined (docs/model.md).
        VolFactor factor = new VolFactor(VolFactorModel.defaults());
        assertThat(factor.timeWeight(93)).isCloseTo(VolFactorModel.MEASURED_VIX3M_BETA, within(1e-12));
        assertThat(VolFactorModel.DEFAULT_TIME_WEIGHT_EXPONENT).isCloseTo(0.3945, within(5e-5));
    }

    @Test
    void futuresBetaInterpolatesTheTableLinearlyAndIsFlatOutside() {
        VolFactor factor = new VolFactor(VolFactorModel.defaults().withFuturesBetas(List.of(
                new TenorBeta(0, 1.0), new TenorBeta(30, 0.6), new TenorBeta(90, 0.4))));
        assertThat(factor.futuresBeta(0)).isEqualTo(1.0);
        assertThat(factor.futuresBeta(15)).isCloseTo(0.8, within(1e-15));
        assertThat(factor.futuresBeta(60)).isCloseTo(0.5, within(1e-15));
        assertThat(factor.futuresBeta(365)).isEqualTo(0.4);
    }

    @Test
    void derivedFuturesBetasFollowForwardVariance() {
        // b(τ) = [β(τ+30)(τ+30) − β(τ)τ]/30 with β(T) = (30/T)^α; with α = 0.5 and τ = 30:
        // [√(1/2)·60 − 30]/30 = √2 − 1 = 0.414 (rounded to 3 decimals in the table).
        List<TenorBeta> betas = VolFactorModel.derivedFuturesBetas(0.5, 0, 30);
        assertThat(betas.get(0).beta()).isEqualTo(1.0);
        assertThat(betas.get(1).beta()).isCloseTo(Math.sqrt(2) - 1, within(5e-4));
    }

    @Test
    void defaultFuturesBetasFallWithTenor() {
        List<TenorBeta> betas = VolFactorModel.defaults().futuresBetas();
        for (int i = 1; i < betas.size(); i++) {
            assertThat(betas.get(i).beta()).isLessThan(betas.get(i - 1).beta());
        }
        // Front months near 0.5, the third month near 0.37: in line with published VX-to-VIX betas.
        assertThat(betas).contains(new TenorBeta(30, 0.522), new TenorBeta(90, 0.37));
    }
}
