package org.condordesk.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.condordesk.model.OptionRight;
import org.junit.jupiter.api.Test;

class VarianceStripTest {

    @Test
    void threeStrikeStripMatchesTheFormulaByHand() {
        // Strikes 90, 100, 110; F = 101, K0 = 100, T = 0.1, R = 0.02. Q = 1.0 (put), 3.5 (avg), 0.8 (call).
        // ΔK = 10, 10, 10. Σ ΔK/K²·Q = 10/8100·1.0 + 10/10000·3.5 + 10/12100·0.8
        //   = 0.00123457 + 0.0035 + 0.00066116 = 0.00539573 (by hand, to 8 places)
        // σ² = 2/0.1 · e^{0.002} · 0.00539573 − 1/0.1·(101/100 − 1)² = 20 · 1.002002 · 0.00539573 − 0.001 = 0.1071307
        double sum = 10.0 / 8100 * 1.0 + 10.0 / 10000 * 3.5 + 10.0 / 12100 * 0.8;
        double expected = 2 / 0.1 * Math.exp(0.002) * sum - 10 * 0.01 * 0.01;
        assertThat(expected).isCloseTo(0.1071307, within(5e-7));
        double variance = VarianceStrip.variance(new double[] {90, 100, 110}, new double[] {1.0, 3.5, 0.8}, 101, 100,
                0.1, 0.02);
        assertThat(variance).isCloseTo(expected, within(1e-15));
    }

    @Test
    void flatVolStripRecoversTheVolWithinTheDiscretisationError() {
        // Under BSM with flat σ the continuum strip of OTM options gives σ² exactly (Carr–Madan; Cboe's K0 term
        // is exact to second order in F/K0 − 1). On a grid the one error left is the kink of Q(K) at the forward,
        // where the OTM price's slope jumps by about e^{-RT}; the midpoint rule misses at most ΔK²/8 of it, so
        // |σ²_strip − σ²| ≤ (2/T)·e^{RT}·ΔK²/(8F²) = 7.6e-5 for ΔK = 0.5, and the error falls as ΔK².
        double coarse = stripVariance(0.5) - 0.04;
        double fine = stripVariance(0.1) - 0.04;
        double bound = 2 / (30 / 365.0) * Math.exp(0.03 * 30 / 365.0) * 0.5 * 0.5 / (8 * 100 * 100);
        assertThat(Math.abs(coarse)).isLessThanOrEqualTo(bound);
        assertThat(Math.abs(fine)).isLessThanOrEqualTo(bound / 25 * 1.1);
    }

    /** σ² of a BSM strip at flat 20 % vol, T = 30 days, R = 3 %, S = 100, strikes 20…300 every {@code step}. */
    private static double stripVariance(double step) {
        double vol = 0.20;
        double years = 30 / 365.0;
        double rate = 0.03;
        double spot = 100;
        double forward = spot * Math.exp(rate * years);
        int n = (int) Math.round(280 / step) + 1;
        double[] strikes = new double[n];
        double[] prices = new double[n];
        for (int i = 0; i < n; i++) {
            strikes[i] = 20 + step * i;
        }
        double k0 = VarianceStrip.k0(strikes, forward);
        for (int i = 0; i < n; i++) {
            double put = Bsm.price(OptionRight.PUT, spot, strikes[i], years, rate, 0, vol);
            double call = Bsm.price(OptionRight.CALL, spot, strikes[i], years, rate, 0, vol);
            prices[i] = strikes[i] < k0 ? put : strikes[i] > k0 ? call : (put + call) / 2;
        }
        return VarianceStrip.variance(strikes, prices, forward, k0, years, rate);
    }

    @Test
    void k0IsTheLastStrikeAtOrBelowTheForward() {
        double[] strikes = {95, 100, 105};
        assertThat(VarianceStrip.k0(strikes, 100)).isEqualTo(100);
        assertThat(VarianceStrip.k0(strikes, 104.9)).isEqualTo(100);
        assertThat(VarianceStrip.k0(strikes, 90)).isEqualTo(95);
        assertThat(VarianceStrip.deltaK(strikes, 0)).isEqualTo(5);
        assertThat(VarianceStrip.deltaK(new double[] {95, 100, 110}, 1)).isEqualTo(7.5);
    }

    @Test
    void refusesUnorderedStrikesAndEmptyTerms() {
        assertThatThrownBy(() -> VarianceStrip.variance(new double[] {100, 90}, new double[] {1, 1}, 100, 100, 0.1, 0))
                .isInstanceOf(PricingException.class).hasMessageContaining("increase");
        assertThatThrownBy(() -> VarianceStrip.variance(new double[] {90, 100}, new double[] {1, 1}, 100, 100, 0, 0))
                .isInstanceOf(PricingException.class);
    }
}
