package org.condordesk.market;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.condordesk.model.SmileParameters;

/**
 * The VIX_STRIP smile's shape and the ATM level that makes its Cboe variance strip equal a given index (docs/backtest.md
 * §2). The smile is {@code σ(K) = A·g(m)} with {@code m = ln(K/F)/√max(τ, 7 days)} and
 * {@code g} an SVI-type wing of ATM slope {@code s_p} below the forward ({@link #putWing}),
 * {@code max(1 − s_c·m, CALL_FLOOR)} above it. With the skews a function of
 * the index level only, the ratio A/index at a tenor is a function of the index alone (the strip is scale free in the
 * forward and, being built from forward prices, free of the rate): it is tabulated once per parameter set on a
 * log-spaced grid of index levels and read by linear interpolation in ln(index).
 */
final class StripCalibration {

    /** Below a week the skew in ln K stops steepening (a capped power law: Guyon and El Amrani, SSRN 4174538, 2022). */
    static final double MIN_SKEW_DAYS = 7;
    /** The call wing flattens: no vol above the forward falls below this fraction of ATM. */
    static final double CALL_FLOOR = 0.7;
    /** The index level at which putSkew and callSkew apply. */
    static final double REFERENCE_LEVEL = 20;
    /**
     * The skews fall as VIX^−2: with it the smile's SKEW (Cboe's, {@link #skewIndex}) gives a risk-neutral skewness
     * 1.73 × higher at VIX 14.18 than at 20.19, the ratio of Cboe SKEW's averages (129.7 in 2014 against 117.2 over
     * 1990–2013, Cboe Options Hub 2014-12-30; the VIX averages are the bundled history's). docs/backtest.md §2a.
     */
    static final double LEVEL_EXPONENT = 2.0;
    /**
     * The skews' level factor is held within these VIX levels: below 11 (2017's average VIX) the skew stops
     * steepening, which keeps the smile's SKEW within the index's recorded range (Cboe Options Hub 2014: 100–147).
     */
    static final double MIN_LEVEL = 11;
    /**
     * The put wing's curvature at the money as a multiple of the linear wing's ({@code 2s²}) and its far slope
     * parameter μ ({@link #putWing}): the two values for which the 30-day smile's own SKEW ({@link #skewIndex}) is
     * Cboe SKEW's published averages, 117.2 at VIX 20.19 (1990–2013) and 129.7 at VIX 14.18 (2014), Cboe Options Hub
     * 2014-12-30 (docs/backtest.md §2a). Solved by Newton's method on those two equations.
     */
    static final double WING_CURVATURE = 5.517;
    static final double WING_SLOPE = 2.546;
    static final double MAX_LEVEL = 80;
    static final double GRID_LOW = 4;
    static final double GRID_HIGH = 200;
    static final int GRID_POINTS = 80;

    private static final double[] NODES = nodes();
    private static final Map<SmileParameters, StripCalibration> CACHE = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 64;

    private final double[] ratio30;
    private final double[] ratio93;

    private StripCalibration(SmileParameters parameters) {
        this.ratio30 = table(parameters, SpxSmile.VIX_TENOR_DAYS);
        this.ratio93 = table(parameters, SpxSmile.VIX3M_TENOR_DAYS);
    }

    static StripCalibration of(SmileParameters parameters) {
        StripCalibration found = CACHE.get(parameters);
        if (found != null) {
            return found;
        }
        if (CACHE.size() >= MAX_CACHED) {
            CACHE.clear();
        }
        return CACHE.computeIfAbsent(parameters, StripCalibration::new);
    }

    /** s(V)/s(20) = (V/20)^(−2), V held in [11, 80]: the relative skew flattens as VIX rises. */
    static double levelFactor(double index) {
        double level = Math.min(Math.max(index, MIN_LEVEL), MAX_LEVEL);
        return Math.pow(level / REFERENCE_LEVEL, -LEVEL_EXPONENT);
    }

    /** g(m), the vol as a fraction of ATM at log-moneyness {@code logMoneyness} and {@code days} to expiry. */
    static double shape(double logMoneyness, double days, double putSkew, double callSkew) {
        double years = Math.max(days, MIN_SKEW_DAYS) / Tenor.DAYS_PER_YEAR;
        double m = logMoneyness / Math.sqrt(years);
        return m < 0 ? putWing(m, putSkew) : Math.max(1 - callSkew * m, CALL_FLOOR);
    }

    /**
     * The put wing, SVI-type in the squared vol ratio: {@code g² = 1 + b(ρm + √(m² + ℓ²) − ℓ)} with
     * {@code b = 2sμ}, {@code ρ = −1/μ}, {@code ℓ = μ/(sλ)}, so at the money it has the linear wing's slope
     * ({@code d g²/dm = −2s}) and {@link #WING_CURVATURE} × its curvature, and far out its total variance grows
     * linearly in ln K (slope {@code 2s(μ+1)} in m), as Lee's moment formula requires and SVI provides (Gatheral and
     * Jacquier, "Arbitrage-free SVI volatility surfaces", Quantitative Finance 14(1), 2014).
     */
    static double putWing(double m, double putSkew) {
        if (putSkew <= 0) {
            return 1;
        }
        double b = 2 * putSkew * WING_SLOPE;
        double rho = -1 / WING_SLOPE;
        double ell = WING_SLOPE / (putSkew * WING_CURVATURE);
        return Math.sqrt(1 + b * (rho * m + Math.sqrt(m * m + ell * ell) - ell));
    }

    /** ATM vol / index (both decimal or both points) at which the strip of the 30- or 93-day smile equals the index. */
    double atmPerIndex(double index, double tenorDays) {
        double[] table = tenorDays == SpxSmile.VIX_TENOR_DAYS ? ratio30 : ratio93;
        double level = Math.min(Math.max(index, GRID_LOW), GRID_HIGH);
        int found = Arrays.binarySearch(NODES, level);
        if (found >= 0) {
            return table[found];
        }
        int i = Math.min(-found - 2, NODES.length - 2);
        double w = Math.log(level / NODES[i]) / Math.log(NODES[i + 1] / NODES[i]);
        return table[i] + w * (table[i + 1] - table[i]);
    }

    /**
     * The table's index levels: log-spaced from {@link #GRID_LOW} to {@link #GRID_HIGH}, plus the level factor's two
     * clamps, where the ratio has a kink (linear interpolation across the kink at VIX 11 missed the strip by 1.4 %).
     */
    private static double[] nodes() {
        double step = Math.log(GRID_HIGH / GRID_LOW) / (GRID_POINTS - 1);
        return java.util.stream.DoubleStream.concat(
                java.util.stream.IntStream.range(0, GRID_POINTS).mapToDouble(i -> GRID_LOW * Math.exp(i * step)),
                java.util.stream.DoubleStream.of(MIN_LEVEL, MAX_LEVEL)).sorted().distinct().toArray();
    }

    private static double[] table(SmileParameters parameters, double tenorDays) {
        double[] out = new double[NODES.length];
        for (int i = 0; i < NODES.length; i++) {
            out[i] = solveAtm(parameters, NODES[i] / 100, tenorDays) / (NODES[i] / 100);
        }
        return out;
    }

    /** The ATM level A whose strip equals {@code target} (decimal), by the secant method on strip(A) − target. */
    static double solveAtm(SmileParameters parameters, double target, double tenorDays) {
        double level = levelFactor(100 * target);
        double put = parameters.putSkew() * level;
        double call = parameters.callSkew() * level;
        double a0 = 0.85 * target;
        double f0 = strip(a0, tenorDays, put, call) - target;
        double a1 = a0 * target / (f0 + target);
        for (int k = 0; k < 30; k++) {
            double f1 = strip(a1, tenorDays, put, call) - target;
            if (Math.abs(f1) < 1e-10 || f1 == f0) {
                return a1;
            }
            double next = a1 - f1 * (a1 - a0) / (f1 - f0);
            a0 = a1;
            f0 = f1;
            a1 = Math.max(next, 1e-4);
        }
        return a1;
    }

    /** The strip (decimal) of the smile with ATM level {@code atm} at {@code tenorDays} (forward 100, rate 0). */
    static double strip(double atm, double tenorDays, double put, double call) {
        double years = tenorDays / Tenor.DAYS_PER_YEAR;
        double forward = 100;
        return SmileStrip.of(k -> atm * shape(Math.log(k / forward), tenorDays, put, call), forward, years, 0, atm)
                .vix() / 100;
    }

    /**
     * Cboe's SKEW (100 − 10·skewness) of the smile with ATM level {@code atm} at 30 days, from the Bakshi–Kapadia–Madan
     * moments of the strip's out-of-the-money prices as in Cboe's SKEW white paper: P1 = −e^{rT}ΣQᵢΔKᵢ/Kᵢ²,
     * P2 = e^{rT}Σ(2/Kᵢ²)(1 − ln(Kᵢ/F))QᵢΔKᵢ, P3 = e^{rT}Σ(3/Kᵢ²)(2ln(Kᵢ/F) − ln²(Kᵢ/F))QᵢΔKᵢ (the ε terms vanish with
     * K₀ = F), skewness = (P3 − 3P1P2 + 2P1³)/(P2 − P1²)^{3/2}. Forward 100, rate 0.
     */
    static double skewIndex(double atm, double put, double call) {
        double years = SpxSmile.VIX_TENOR_DAYS / Tenor.DAYS_PER_YEAR;
        double forward = 100;
        SmileStrip strip = SmileStrip.of(k -> atm * shape(Math.log(k / forward), SpxSmile.VIX_TENOR_DAYS, put, call),
                forward, years, 0, atm);
        double[] k = strip.strikes();
        double p1 = 0;
        double p2 = 0;
        double p3 = 0;
        for (int i = 0; i < k.length; i++) {
            double vol = atm * shape(Math.log(k[i] / forward), SpxSmile.VIX_TENOR_DAYS, put, call);
            org.condordesk.model.OptionRight right = k[i] < forward ? org.condordesk.model.OptionRight.PUT
                    : org.condordesk.model.OptionRight.CALL;
            double q = org.condordesk.pricing.Black.price(right, forward, k[i], vol * Math.sqrt(years));
            if (k[i] == forward) {
                q = 0.5 * (q + org.condordesk.pricing.Black.price(org.condordesk.model.OptionRight.PUT, forward, k[i],
                        vol * Math.sqrt(years)));
            }
            double dk = org.condordesk.pricing.VarianceStrip.deltaK(k, i);
            double x = Math.log(k[i] / forward);
            p1 -= q * dk / (k[i] * k[i]);
            p2 += 2 / (k[i] * k[i]) * (1 - x) * q * dk;
            p3 += 3 / (k[i] * k[i]) * (2 * x - x * x) * q * dk;
        }
        double skewness = (p3 - 3 * p1 * p2 + 2 * p1 * p1 * p1) / Math.pow(p2 - p1 * p1, 1.5);
        return 100 - 10 * skewness;
    }
}
