package org.condordesk.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IrrTest {

    @Test
    void minusHundredNowAndHundredTenInAYearIsTenPercent() {
        // The hand example: 110/100 − 1 = 10 % over exactly one year.
        assertThat(Irr.irr(new double[] {0, 1}, new double[] {-100, 110})).isCloseTo(0.10, within(1e-12));
        assertThat(Irr.npv(0.10, new double[] {0, 1}, new double[] {-100, 110})).isCloseTo(0, within(1e-9));
    }

    @Test
    void twoEqualAnnualInflowsSolveTheQuadratic() {
        // −100 now, +60 after one and two years: with v = 1/(1 + r), 60v² + 60v − 100 = 0, so
        // v = (−60 + √(60² + 4·60·100)) / 120 = (−60 + √27600) / 120 and r = 1/v − 1 ≈ 13.07 %.
        double v = (-60 + Math.sqrt(27600)) / 120;
        assertThat(Irr.irr(new double[] {0, 1, 2}, new double[] {-100, 60, 60})).isCloseTo(1 / v - 1, within(1e-10));
    }

    @Test
    void flowsOfOneSignHaveNoIrr() {
        assertThat(Irr.irr(new double[] {0, 1}, new double[] {-100, -5})).isNaN();
        assertThat(Irr.irr(new double[] {0, 0.5, 1}, new double[] {100, 5, 5})).isNaN();
    }

    @Test
    void npvDiscountsEachFlowAtTheAnnualEffectiveRate() {
        // 121 in two years at 10 %: 121 / 1.1² = 100; 110 in half a year at 21 %: 110 / 1.21^0.5 = 100.
        assertThat(Irr.npv(0.10, new double[] {2}, new double[] {121})).isCloseTo(100, within(1e-9));
        assertThat(Irr.npv(0.21, new double[] {0.5}, new double[] {110})).isCloseTo(100, within(1e-9));
    }

    @Test
    void annualisingCompoundsThePeriodReturn() {
        // 10 % over 182.5 days is (1.1)² − 1 = 21 % a year; a whole loss stays −100 %.
        assertThat(Irr.annualise(0.10, 182.5)).isCloseTo(0.21, within(1e-12));
        assertThat(Irr.annualise(-1, 14)).isEqualTo(-1);
    }

    @Test
    void theLogRateDoesNotCrowdAgainstMinusHundredPercent() {
        // A 40 % and a 45 % loss over 14 days: both IRRs round to −100 % in double precision beyond ~1e-6, but
        // ln(1 + IRR) = ln(0.60)/(14/365) and ln(0.55)/(14/365) keep them apart.
        double years = 14 / 365.0;
        assertThat(Irr.logIrr(new double[] {0, years}, new double[] {-100, 60})).isCloseTo(Math.log(0.60) / years, within(1e-9));
        assertThat(Irr.logIrr(new double[] {0, years}, new double[] {-100, 55})).isCloseTo(Math.log(0.55) / years, within(1e-9));
    }

    static Stream<Arguments> knownRates() {
        SplittableRandom random = new SplittableRandom(18);
        return Stream.generate(() -> {
            double rate = random.nextDouble(-0.5, 3.0);
            int n = random.nextInt(2, 6);
            double[] years = new double[n + 1];
            double[] amounts = new double[n + 1];
            double present = 0;
            for (int i = 1; i <= n; i++) {
                years[i] = years[i - 1] + random.nextDouble(0.02, 1.0);
                amounts[i] = random.nextDouble(1, 1000);
                present += amounts[i] * Math.pow(1 + rate, -years[i]);
            }
            amounts[0] = -present;
            return Arguments.of(rate, years, amounts);
        }).limit(200);
    }

    @ParameterizedTest
    @MethodSource("knownRates")
    void findsTheRateTheFlowsWereBuiltFrom(double rate, double[] years, double[] amounts) {
        // Flows built so that their NPV at `rate` is exactly 0: an outlay, then positive inflows (one root).
        assertThat(Irr.irr(years, amounts)).isCloseTo(rate, within(1e-8 * Math.max(1, Math.abs(rate))));
    }

    @ParameterizedTest
    @MethodSource("longHistories")
    void aCenturyOfFortnightlyTradesDoesNotOverflow(double rate, double spanYears) {
        // Issue 28: over more than ~17.5 years the scan's first point x = −40 made e^{40·t} overflow and the IRR
        // crashed. Every trade here ties up 100 for 14 days and returns 100·(1 + rate)^(14/365), so by construction
        // (each trade's own NPV at `rate` is 0) the IRR of all of them together is `rate`.
        double trade = 14 / 365.0;
        int trades = (int) (spanYears / trade);
        double[] years = new double[2 * trades];
        double[] amounts = new double[2 * trades];
        for (int k = 0; k < trades; k++) {
            years[2 * k] = k * trade;
            amounts[2 * k] = -100;
            years[2 * k + 1] = (k + 1) * trade;
            amounts[2 * k + 1] = 100 * Math.pow(1 + rate, trade);
        }
        assertThat(Irr.logIrr(years, amounts)).isCloseTo(Math.log1p(rate), within(1e-8));
        assertThat(Irr.irr(years, amounts)).isCloseTo(rate, within(1e-8 * Math.max(1, Math.abs(rate))));
    }

    static Stream<Arguments> longHistories() {
        // 1990–2026 (36 years), the hedged default's window extended to 2030 (20.5 years), and a 100-year span.
        return Stream.of(Arguments.of(0.08, 36.2), Arguments.of(-0.31, 36.2), Arguments.of(0.25, 20.5),
                Arguments.of(-0.95, 20.5), Arguments.of(3.0, 100.0), Arguments.of(0.0, 36.2));
    }
}
