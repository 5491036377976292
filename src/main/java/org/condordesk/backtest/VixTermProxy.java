package org.condordesk.backtest;

import org.condordesk.model.MarketSnapshot;
import org.condordesk.risk.VixFuturePricer;

/**
 * The proxy VIX futures curve of a day from spot VIX (30 days) and VIX3M (93 days), docs/backtest.md §proxy. The
 * implied vol of the VIX strip is a power law in tenor through both points, {@code σ(T) = VIX·(T/30)^p} with
 * {@code p = ln(VIX3M/VIX)/ln(93/30)} (the shape the vol factor model's tenor weights use, docs/model.md §4), so the
 * total variance is {@code W(T) = VIX²·30·(T/30)^(1+2p)}, and a future settling in τ days is priced at the square
 * root of the 30-day forward variance it settles on: {@code F(τ) = √((W(τ+30) − W(τ))/30)}. F(0) = VIX exactly,
 * and W(93) = VIX3M²·93 exactly. A roll-down model for free: tomorrow the same future is read at τ − 1 on
 * tomorrow's curve. No convexity adjustment (a future on vol sits below √ of forward variance), no risk premium.
 */
public final class VixTermProxy {

    /** The power stays above −0.45 so that forward variance stays positive (1 + 2p ≥ 0.1). */
    static final double MIN_POWER = -0.45;
    static final double MAX_POWER = 1.0;
    private static final double LOG_TENOR_RATIO = Math.log(MarketSnapshot.VIX3M_TENOR_DAYS / MarketSnapshot.VIX_TENOR_DAYS);

    private VixTermProxy() {
    }

    /** The exponent 1 + 2p of the total variance for spot VIX {@code vix} and VIX3M {@code vix3m}. */
    static double varianceExponent(double vix, double vix3m) {
        double power = Math.log(vix3m / vix) / LOG_TENOR_RATIO;
        return 1 + 2 * Math.min(MAX_POWER, Math.max(MIN_POWER, power));
    }

    /** VIX9D's and VIX6M's tenors (calendar days): Cboe's 9-day and 6-month VIX (docs/backtest.md §2). */
    static final double VIX9D_TENOR_DAYS = 9;
    static final double VIX6M_TENOR_DAYS = 182;
    private static final double MIN_EXPONENT = 1 + 2 * MIN_POWER;
    private static final double MAX_EXPONENT = 1 + 2 * MAX_POWER;

    /**
     * The proxy future with VIX9D and VIX6M as extra nodes where the day has them (NaN where not): total variance is a
     * power law between neighbouring nodes, {@code W(T) = W(Tᵢ)·(T/Tᵢ)^eᵢ} with {@code eᵢ = ln(W(Tᵢ₊₁)/W(Tᵢ))/ln(Tᵢ₊₁/Tᵢ)}
     * (each clamped like the two-node exponent), chained outwards from VIX's 30 days, the first and last segments
     * extended beyond the end nodes; {@code F(τ) = √((W(τ+30) − W(τ))/30)}. With neither extra node this is
     * {@link #future(double, double, double)} exactly (one segment through VIX and VIX3M).
     */
    public static double future(double vix9d, double vix, double vix3m, double vix6m, double days) {
        if (days <= 0) {
            return vix;
        }
        if (Double.isNaN(vix9d) && Double.isNaN(vix6m)) {
            return future(vix, vix3m, days);
        }
        Curve curve = Curve.of(vix9d, vix, vix3m, vix6m);
        double forwardVariance = (curve.totalVariance(days + 30) - curve.totalVariance(days)) / 30;
        return Math.max(VixFuturePricer.MIN_FUTURE_POINTS, Math.sqrt(Math.max(0, forwardVariance)));
    }

    /** Piecewise power-law total variance (vol² · days) through the day's nodes, from VIX's 30 days outwards. */
    private record Curve(double[] tenors, double[] variances, double[] exponents) {

        static Curve of(double vix9d, double vix, double vix3m, double vix6m) {
            double[] tenors = {VIX9D_TENOR_DAYS, MarketSnapshot.VIX_TENOR_DAYS, MarketSnapshot.VIX3M_TENOR_DAYS,
                VIX6M_TENOR_DAYS};
            double[] vols = {vix9d, vix, vix3m, vix6m};
            int first = Double.isNaN(vix9d) ? 1 : 0;
            int last = Double.isNaN(vix6m) ? 2 : 3;
            int n = last - first + 1;
            double[] t = new double[n];
            double[] w = new double[n];
            for (int i = 0; i < n; i++) {
                t[i] = tenors[first + i];
                w[i] = vols[first + i] * vols[first + i] * t[i];
            }
            double[] e = new double[n - 1];
            int anchor = 1 - first;
            // Outwards from the 30-day node: a clamped segment moves the nodes beyond it, never VIX's own variance.
            for (int i = anchor; i < n - 1; i++) {
                e[i] = clamp(Math.log(w[i + 1] / w[i]) / Math.log(t[i + 1] / t[i]));
                w[i + 1] = w[i] * Math.pow(t[i + 1] / t[i], e[i]);
            }
            for (int i = anchor - 1; i >= 0; i--) {
                e[i] = clamp(Math.log(w[i + 1] / w[i]) / Math.log(t[i + 1] / t[i]));
                w[i] = w[i + 1] * Math.pow(t[i] / t[i + 1], e[i]);
            }
            return new Curve(t, w, e);
        }

        double totalVariance(double days) {
            int segment = 0;
            while (segment < exponents.length - 1 && days > tenors[segment + 1]) {
                segment++;
            }
            return variances[segment] * Math.pow(days / tenors[segment], exponents[segment]);
        }

        private static double clamp(double exponent) {
            return Math.min(MAX_EXPONENT, Math.max(MIN_EXPONENT, exponent));
        }
    }

    /** The proxy price of a VIX future settling {@code days} calendar days out (spot VIX at or before 0). */
    public static double future(double vix, double vix3m, double days) {
        if (days <= 0) {
            return vix;
        }
        double exponent = varianceExponent(vix, vix3m);
        // W(T)/(VIX²·30) = (T/30)^e; the 30-day forward variance over [τ, τ + 30] in units of VIX².
        double forwardShare = Math.pow((days + 30) / 30, exponent) - Math.pow(days / 30, exponent);
        return Math.max(VixFuturePricer.MIN_FUTURE_POINTS, vix * Math.sqrt(forwardShare));
    }
}
