package org.condordesk.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalTest {

    private static final NormalDistribution COMMONS = new NormalDistribution(0, 1);

    @Test
    void cdfMatchesFortyDigitReferenceToFourUlpsFromMinus38To9(TestReporter reporter) throws IOException {
        double maxRelative = 0;
        int checked = 0;
        for (double[] row : mpmathTable()) {
            double x = row[0];
            double exact = row[1];
            double error = Math.abs(Normal.cdf(x) - exact);
            // 4 ulps of the exact value; for a subnormal result an ulp is Double.MIN_VALUE
            assertThat(error).as("Φ(%s)", x).isLessThanOrEqualTo(4 * Math.ulp(exact));
            if (exact >= Double.MIN_NORMAL) {
                maxRelative = Math.max(maxRelative, error / exact);
            }
            checked++;
        }
        assertThat(checked).isGreaterThan(900);
        assertThat(maxRelative).isLessThan(1e-15);
        reporter.publishEntry("max relative error vs mpmath", Double.toString(maxRelative));
    }

    @Test
    void cdfAgreesWithCommonsMathOnADenseGrid(TestReporter reporter) {
        // Commons Math computes erfc(−x/√2) after rounding −x/√2, a relative error of about x²·2⁻⁵³ in the
        // tail (3e-13 at x = −37), and its series/continued fraction stops at 1e-15: the tolerance allows for
        // that. Our own error is ≤ 4 ulps against 40-digit values (test above).
        double maxAbsolute = 0;
        double maxRelative = 0;
        for (int i = 0; i <= 47_000; i++) {
            double x = -38 + i * 0.001;
            double ours = Normal.cdf(x);
            double reference = COMMONS.cumulativeProbability(x);
            double error = Math.abs(ours - reference);
            maxAbsolute = Math.max(maxAbsolute, error);
            if (reference >= Double.MIN_NORMAL) {
                assertThat(error / reference).as("x = %s", x).isLessThanOrEqualTo(2e-15 * (4 + x * x));
                maxRelative = Math.max(maxRelative, error / reference);
            } else {
                assertThat(error).as("x = %s", x).isLessThanOrEqualTo(1e-8 * reference + 4 * Double.MIN_VALUE);
            }
        }
        assertThat(maxAbsolute).isLessThan(5e-16);
        reporter.publishEntry("vs Commons Math: max abs / max rel",
                maxAbsolute + " / " + maxRelative);
    }

    @Test
    void pdfAgreesWithCommonsMath() {
        for (int i = 0; i <= 4_700; i++) {
            double x = -38 + i * 0.01;
            double reference = COMMONS.density(x);
            // same argument-rounding allowance as for the cdf
            assertThat(Normal.pdf(x)).as("φ(%s)", x)
                    .isCloseTo(reference, within(1e-15 * (2 + x * x) * reference + 4 * Double.MIN_VALUE));
        }
    }

    @ParameterizedTest
    @CsvSource({
        // x, φ(x): mpmath 1.3.0, mp.dps = 40, npdf(x)
        "-20.0, 5.520948362159763189582736e-88",
        "-5.0, 0.00000148671951473429770790824",
        "-1.0, 0.2419707245191433497978302",
        "0.0, 0.3989422804014326779399461",
        "3.0, 0.004431848411938007175602353",
    })
    void pdfMatchesFortyDigitReference(double x, double exact) {
        assertThat(Normal.pdf(x)).isCloseTo(exact, within(2 * Math.ulp(exact)));
    }

    @Test
    void cdfIsSymmetricAndMonotone() {
        double previous = 0;
        for (int i = 0; i <= 9_000; i++) {
            double x = -9 + i * 0.002;
            double value = Normal.cdf(x);
            assertThat(value).isGreaterThanOrEqualTo(previous);
            assertThat(value + Normal.cdf(-x)).as("Φ(x) + Φ(−x) at %s", x).isCloseTo(1.0, within(4e-16));
            previous = value;
        }
    }

    @Test
    void sharedExponentialGivesTheSameCdf() {
        for (int i = 0; i <= 4_000; i++) {
            double x = -30 + i * 0.01;
            double plainExp = Math.exp(-0.5 * x * x);
            assertThat(Normal.cdf(x, plainExp)).as("x = %s", x)
                    .isCloseTo(Normal.cdf(x), within(1e-15 * (2 + x * x) * Normal.cdf(x) + 1e-16));
        }
    }

    @Test
    void extremeAndInvalidArgumentsGiveLimitsOrNaN() {
        assertThat(Normal.cdf(Double.NEGATIVE_INFINITY)).isZero();
        assertThat(Normal.cdf(-1e300)).isZero();
        assertThat(Normal.cdf(Double.POSITIVE_INFINITY)).isEqualTo(1.0);
        assertThat(Normal.cdf(40)).isEqualTo(1.0);
        assertThat(Normal.cdf(Double.NaN)).isNaN();
        assertThat(Normal.pdf(Double.NaN)).isNaN();
        assertThat(Normal.pdf(-1e300)).isZero();
        assertThat(Normal.cdf(0)).isEqualTo(0.5);
    }

    @ParameterizedTest
    @CsvSource({
        // p, Φ⁻¹(p): mpmath 1.3.0, mp.dps = 60, findroot of ln ncdf(x) = ln p
        "1e-300, -37.04709629936119923654704",
        "1e-10, -6.361340902404056199100397",
        "0.001, -3.090232306167813535358005",
        "0.02425, -1.972961051311884837602748",
        "0.3, -0.5244005127080408159694544",
        "0.49999, -0.00002506628274896000852684996",
        "0.5, 0.0",
        "0.975, 1.959963984540053855604431",
    })
    void inverseCdfMatchesFortyDigitReference(double p, double exact) {
        assertThat(Normal.inverseCdf(p)).isCloseTo(exact, within(4 * Math.ulp(exact) + 1e-300));
    }

    @Test
    void inverseCdfInvertsCdfAndAgreesWithCommonsMath() {
        for (int i = 1; i < 20_000; i++) {
            double p = i / 20_000.0;
            double x = Normal.inverseCdf(p);
            // an ulp of x moves Φ(x) by φ(x)·ulp(x) ≈ |x|·ulp(x)·Φ(x) in the tail: about x²·2⁻⁵² relative
            assertThat(Normal.cdf(x)).as("Φ(Φ⁻¹(%s))", p).isCloseTo(p, within(1e-15 * (1 + x * x) * p));
            // Commons Math's own quantile is good to ~1e-12 relative away from p = 1/2
            assertThat(x).isCloseTo(COMMONS.inverseCumulativeProbability(p), within(1e-12 * Math.abs(x) + 1e-16));
        }
        assertThat(Normal.inverseCdf(0)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Normal.inverseCdf(1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Normal.inverseCdf(1.5)).isNaN();
        assertThat(Normal.inverseCdf(Double.NaN)).isNaN();
    }

    @Test
    void acklamApproximationAloneIsWithinItsPublishedBound() {
        // Acklam (2003): relative error below 1.15e-9 over (0, 1)
        for (int i = -300; i <= 0; i++) {
            double p = Math.pow(10, i / 10.0) * 0.5;
            double approx = Normal.inverseCdfApprox(p);
            double exact = Normal.inverseCdf(p);
            assertThat(Math.abs(approx - exact)).as("p = %s", p).isLessThanOrEqualTo(1.2e-9 * Math.abs(exact));
        }
    }

    private static List<double[]> mpmathTable() throws IOException {
        try (InputStream in = NormalTest.class.getResourceAsStream("normal-cdf-mpmath.csv")) {
            assertThat(in).as("normal-cdf-mpmath.csv on the test classpath").isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Stream.of(text.split("\n"))
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("x,"))
                    .map(line -> line.split(","))
                    .map(fields -> new double[] {Double.parseDouble(fields[0]), Double.parseDouble(fields[1])})
                    .toList();
        }
    }
}
