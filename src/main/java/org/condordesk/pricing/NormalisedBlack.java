package org.condordesk.pricing;

/**
 * Solves the normalised Black equation b(x, s) = β for the total volatility s = σ√T, where x = ln(F/K) ≤ 0
 * and b(x, s) = e^(x/2)·Φ(x/s + s/2) − e^(−x/2)·Φ(x/s − s/2) is an out-of-the-money call divided by
 * √(F̃·K̃) (Jäckel, "Let's Be Rational", Wilmott 2015; any price reduces to this by put–call parity
 * and the symmetry b(x, s, call) = b(−x, s, put)).
 *
 * <p>Following Jäckel, b is convex in s below the inflection point s_c = √(2|x|) and concave above it,
 * so the tangent at s_c bounds the root from one side. Below b(s_c) the objective is ln b(s) − ln β;
 * above it, ln(b_max − β) − ln(b_max − b(s)) with b_max − b summed from two positive terms, so deep
 * out-of-the-money and near-upper-bound prices keep their relative precision. Third-order Householder
 * steps from an asymptotic or tangent start, kept inside a shrinking bracket (bisection as fallback),
 * converge in 2–5 evaluations of b on the grids in ImpliedVolTest.
 */
final class NormalisedBlack {
    static final int MAX_ITERATIONS = 64;
    /** A Householder step this small relative to s leaves an error of order its cube: machine precision. */
    private static final double STEP_TOLERANCE = 1e-14;
    private static final double EPS = Math.ulp(1.0);
    private static final double LN_SQRT_2PI = 0.9189385332046728;
    /** Below this fraction of b(s_c) the small-s asymptotic start beats the tangent at s_c (prototype grid). */
    private static final double ASYMPTOTIC_START_FRACTION = 0.03;

    private NormalisedBlack() {
    }

    /**
     * Total volatility s for an out-of-the-money price, given forwardOverStrike = e^x ≤ 1, lnBeta = ln β and
     * lnGap = ln(b_max − β), both taken from prices so that neither underflows.
     */
    static double totalVol(double forwardOverStrike, double lnBeta, double lnGap) {
        double x = Math.log(forwardOverStrike);
        double maxValue = Math.sqrt(forwardOverStrike);                   // b_max = e^(x/2)
        double inflection = Math.sqrt(-2.0 * x);                          // s_c
        // b(s_c) = e^(x/2)/2 − e^(−x/2)·Φ(−s_c), since d1 = 0 there; exp(−s_c²/2) = e^x
        double valueAtInflection = x == 0 ? 0.0
                : 0.5 * maxValue - Normal.cdf(-inflection, forwardOverStrike) / maxValue;
        double vegaAtInflection = maxValue * Normal.INV_SQRT_2PI;        // b'(s_c) = e^(x/2)·φ(0)
        double beta = Math.exp(lnBeta);
        double tangentRoot = inflection + (beta - valueAtInflection) / vegaAtInflection;
        if (beta < valueAtInflection) {
            double upperBound = tangentRoot > 0 ? tangentRoot : inflection;
            double start = beta < ASYMPTOTIC_START_FRACTION * valueAtInflection
                    ? asymptoticStart(x, lnBeta, inflection) : upperBound;
            return solveLower(x, forwardOverStrike, lnBeta, start > 0 && start < upperBound ? start : upperBound,
                    upperBound);
        }
        double lowerBound = Math.max(tangentRoot, 0.0);
        double start = upperStart(maxValue, lnGap);
        return solveUpper(x, forwardOverStrike, lnGap, Math.max(start, lowerBound), lowerBound);
    }

    /**
     * For |d1| ≫ 1 the Mills-ratio expansion gives ln b ≈ −x²/(2s²) − s²/8 + ln(s³/(x² − s⁴/4)) − ln√(2π);
     * two fixed-point passes of s = |x|/√(2(ln A(s) − ln β)) from s = |x|/√(−2 ln β) land within ~1 %.
     */
    private static double asymptoticStart(double x, double lnBeta, double inflection) {
        double s = Math.abs(x) / Math.sqrt(-2.0 * lnBeta);
        for (int pass = 0; pass < 2; pass++) {
            s = Math.min(s, 0.999 * inflection);
            double s2 = s * s;
            double lnPrefactor = -0.125 * s2 + 3.0 * Math.log(s) - Math.log(x * x - 0.25 * s2 * s2) - LN_SQRT_2PI;
            double twice = 2.0 * (lnPrefactor - lnBeta);
            if (!(twice > 0)) {
                return inflection;
            }
            s = Math.abs(x) / Math.sqrt(twice);
        }
        return s;
    }

    /**
     * For large s, b_max − b ≈ (e^(x/2) + e^(−x/2))·Φ(−s/2) (exact at x = 0), so s ≈ −2Φ⁻¹(gap/(e^(x/2) + e^(−x/2))).
     * Beyond the range of Acklam's formula, Φ⁻¹(p) ≈ −√(−2 ln p).
     */
    private static double upperStart(double maxValue, double lnGap) {
        double lnP = lnGap - Math.log(maxValue + 1.0 / maxValue);
        return lnP > -700 ? -2.0 * Normal.inverseCdfApprox(Math.exp(lnP)) : 2.0 * Math.sqrt(-2.0 * lnP);
    }

    private static double solveLower(double x, double forwardOverStrike, double lnBeta, double start,
                                     double upperBound) {
        double maxValue = Math.sqrt(forwardOverStrike);
        double lo = 0.0;
        double hi = upperBound;
        double s = start;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double perS = 1.0 / s;                  // one division serves x/s, x²/s³ and x²/s⁴
            double d1 = x * perS + 0.5 * s;
            double d2 = d1 - s;
            double expD1 = Math.exp(-0.5 * d1 * d1);
            double callLeg = maxValue * Normal.cdf(d1, expD1);
            double strikeLeg = Normal.cdf(d2, BlackFormula.expMinusHalfD2Squared(expD1, d2, forwardOverStrike))
                    / maxValue;
            double value = callLeg - strikeLeg;
            if (!(value > 0)) {                     // underflow: the root lies above s
                lo = s;
                s = 0.5 * (lo + hi);
                continue;
            }
            double residual = Math.log(value) - lnBeta;
            // rounding of d1 moves each leg by ~ε·d1², magnified by (callLeg + strikeLeg)/value in the difference
            double noise = 2 * EPS * (1 + d1 * d1) * (callLeg + strikeLeg) / value + 4 * EPS * Math.abs(lnBeta);
            if (Math.abs(residual) <= noise) {
                return s;
            }
            if (residual < 0) {
                lo = s;
            } else {
                hi = s;
            }
            double step = lowerStep(x, s, perS, residual, maxValue * expD1 * Normal.INV_SQRT_2PI / value);
            if (Math.abs(step) <= STEP_TOLERANCE * s) {
                return s + step;
            }
            s = nextPoint(s, step, lo, hi);
        }
        return s;
    }

    /** The Householder step on ln b(s) in the lower branch, {@code slope} = (ln b)' = b'/b at s. */
    private static double lowerStep(double x, double s, double perS, double residual, double slope) {
        double h2 = curvature(x, s, perS);
        double h3 = thirdOverFirst(x, perS, h2);
        return householder(residual, slope, h2 - slope, h3 - 3 * h2 * slope + 2 * slope * slope);
    }

    private static double solveUpper(double x, double forwardOverStrike, double lnGap, double start,
                                     double lowerBound) {
        double maxValue = Math.sqrt(forwardOverStrike);
        double lo = lowerBound;
        double hi = Double.POSITIVE_INFINITY;
        double s = start;
        for (int i = 0; i < MAX_ITERATIONS; i++) {
            double perS = 1.0 / s;                  // one division serves x/s, x²/s³ and x²/s⁴
            double d1 = x * perS + 0.5 * s;
            double d2 = d1 - s;
            double expD1 = Math.exp(-0.5 * d1 * d1);
            // b_max − b = e^(x/2)·Φ(−d1) + e^(−x/2)·Φ(d2): two positive terms, no cancellation
            double gap = maxValue * Normal.cdf(-d1, expD1)
                    + Normal.cdf(d2, BlackFormula.expMinusHalfD2Squared(expD1, d2, forwardOverStrike)) / maxValue;
            double residual = lnGap - Math.log(gap);                   // +∞ when gap underflows: s too large
            if (Math.abs(residual) <= 8 * EPS + 4 * EPS * Math.abs(lnGap)) {
                return s;
            }
            if (residual < 0) {
                lo = s;
            } else {
                hi = s;
            }
            double slope = maxValue * expD1 * Normal.INV_SQRT_2PI / gap;      // −(ln(b_max − b))'
            double h2 = curvature(x, s, perS);
            double h3 = thirdOverFirst(x, perS, h2);
            double step = householder(residual, slope, h2 + slope, h3 + 3 * h2 * slope + 2 * slope * slope);
            if (Math.abs(step) <= STEP_TOLERANCE * s) {
                return s + step;
            }
            s = nextPoint(s, step, lo, hi);
        }
        return s;
    }

    /** b''/b' = x²/s³ − s/4, from b' = e^(x/2)·φ(d1) = exp(−x²/(2s²) − s²/8)/√(2π); perS = 1/s. */
    private static double curvature(double x, double s, double perS) {
        double xPerS = x * perS;
        return xPerS * xPerS * perS - 0.25 * s;
    }

    /** b'''/b' = (b''/b')² − 3x²/s⁴ − 1/4, differentiating ln b' = −x²/(2s²) − s²/8 twice. */
    private static double thirdOverFirst(double x, double perS, double curvature) {
        double xPerS2 = x * perS * perS;
        return curvature * curvature - 3 * xPerS2 * xPerS2 - 0.25;
    }

    /** s + step if it stays inside the bracket (lo, hi); else bisect, or double s while hi is still open. */
    private static double nextPoint(double s, double step, double lo, double hi) {
        double next = s + step;
        if (next > lo && next < hi) {
            return next;
        }
        return hi < Double.POSITIVE_INFINITY ? 0.5 * (lo + hi) : 2.0 * Math.max(s, lo);
    }

    /**
     * Householder's third-order step for f(s) = 0 given f, f' and the ratios f''/f', f'''/f'
     * (Householder, "The Numerical Treatment of a Single Nonlinear Equation", 1970), in the form Jäckel (2015) uses.
     */
    private static double householder(double f, double slope, double secondRatio, double thirdRatio) {
        double newton = -f / slope;
        return newton * (1 + 0.5 * secondRatio * newton) / (1 + newton * (secondRatio + thirdRatio * newton / 6));
    }
}
