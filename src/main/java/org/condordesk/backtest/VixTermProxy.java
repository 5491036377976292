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
