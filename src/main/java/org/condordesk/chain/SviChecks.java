package org.condordesk.chain;

/**
 * The no-arbitrage checks of one fitted SVI smile (docs/model.md §11): total variance positive everywhere
 * ({@code a + bσ√(1 − ρ²) > 0}); Roger Lee's moment bound on the wings, total-variance slopes at most 2
 * ({@code b(1 + |ρ|) ≤ 2}); and no butterfly arbitrage, Gatheral–Jacquier's density factor
 * {@code g(k) = (1 − k·w'/(2w))² − (w'²/4)(1/w + 1/4) + w''/2 ≥ 0} on a grid of {@value #GRID_POINTS} points
 * over the quoted log-moneyness range widened by half its width each side. Calendar arbitrage between expiries
 * is checked across the chain ({@link ChainAnalysis#calendarViolations}), not here.
 */
public record SviChecks(double minimumTotalVariance, double maxWingSlope, double minimumDensityFactor,
                        double worstLogMoneyness) {

    static final int GRID_POINTS = 401;

    /** Checks {@code smile} over log-moneyness {@code [kLow, kHigh]} (the quoted range). */
    public static SviChecks of(SviParameters smile, double kLow, double kHigh) {
        double pad = 0.5 * (kHigh - kLow);
        double from = kLow - pad;
        double step = (kHigh - kLow + 2 * pad) / (GRID_POINTS - 1);
        double least = Double.POSITIVE_INFINITY;
        double where = from;
        for (int j = 0; j < GRID_POINTS; j++) {
            double k = from + j * step;
            double g = densityFactor(smile, k);
            if (!(g >= least)) {
                least = g;
                where = k;
            }
        }
        return new SviChecks(smile.minimumTotalVariance(), smile.b() * (1 + Math.abs(smile.rho())), least, where);
    }

    /** g(k) of Gatheral &amp; Jacquier (2014), eq. 2.1; the risk-neutral density is {@code g/√(2πw)·e^{−d₂²/2}}. */
    static double densityFactor(SviParameters smile, double k) {
        double w = smile.totalVariance(k);
        if (!(w > 0)) {
            return Double.NEGATIVE_INFINITY;
        }
        double w1 = smile.slope(k);
        double w2 = smile.curvature(k);
        double first = 1 - k * w1 / (2 * w);
        return first * first - 0.25 * w1 * w1 * (1 / w + 0.25) + 0.5 * w2;
    }

    public boolean positiveVariance() {
        return minimumTotalVariance > 0;
    }

    /** Lee (2004): the wings' total-variance slope cannot exceed 2. */
    public boolean leeWings() {
        return maxWingSlope <= 2;
    }

    public boolean noButterflyArbitrage() {
        return minimumDensityFactor >= 0;
    }

    /** All three checks pass. */
    public boolean arbitrageFree() {
        return positiveVariance() && leeWings() && noButterflyArbitrage();
    }
}
