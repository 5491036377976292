package org.condordesk.chain;

import org.condordesk.model.Check;
import org.condordesk.model.ValidationException;

/**
 * Gatheral's raw SVI smile for one expiry, total implied variance against log-moneyness {@code k = ln(K/F)}:
 *
 * <pre>w(k) = a + b·(ρ·(k − m) + √((k − m)² + σ²)),   σ_impl(k) = √(w(k)/T)</pre>
 *
 * (J. Gatheral, "A parsimonious arbitrage-free implied volatility parameterization", Global Derivatives 2004;
 * Gatheral &amp; Jacquier, "Arbitrage-free SVI volatility surfaces", Quantitative Finance 14 (2014), eq. 3.1),
 * with b ≥ 0, |ρ| &lt; 1, σ &gt; 0.
 */
public record SviParameters(double a, double b, double rho, double m, double sigma) {

    public SviParameters {
        Check.finite("a", a);
        Check.nonNegative("b", b);
        if (!(Math.abs(rho) < 1)) {
            throw new ValidationException("rho", "must lie strictly between -1 and 1, got " + rho);
        }
        Check.finite("m", m);
        Check.positive("sigma", sigma);
    }

    /** w(k): total implied variance σ²T at log-moneyness k. */
    public double totalVariance(double k) {
        double x = k - m;
        return a + b * (rho * x + Math.sqrt(x * x + sigma * sigma));
    }

    /** w'(k) = b·(ρ + (k − m)/√((k − m)² + σ²)). */
    public double slope(double k) {
        double x = k - m;
        return b * (rho + x / Math.sqrt(x * x + sigma * sigma));
    }

    /** w''(k) = b·σ²/((k − m)² + σ²)^{3/2}. */
    public double curvature(double k) {
        double x = k - m;
        double r2 = x * x + sigma * sigma;
        return b * sigma * sigma / (r2 * Math.sqrt(r2));
    }

    /** The smallest total variance, {@code a + b·σ·√(1 − ρ²)}, reached at {@code k = m − ρσ/√(1 − ρ²)}. */
    public double minimumTotalVariance() {
        return a + b * sigma * Math.sqrt(1 - rho * rho);
    }

    /** Implied vol (decimal) at log-moneyness k for an expiry {@code years} away; NaN where w(k) ≤ 0. */
    public double vol(double k, double years) {
        double w = totalVariance(k);
        return w > 0 ? Math.sqrt(w / years) : Double.NaN;
    }
}
