package org.condordesk.chain;

import org.condordesk.model.Check;

/**
 * Gatheral–Jacquier's SSVI surface with a flat ATM vol and power-law curvature, the model behind the
 * synthetic chains of samples/chains and the benchmark: {@code θ(T) = σ_atm²·T}, {@code φ(θ) = η/√θ} and
 *
 * <pre>w(k, T) = θ/2·(1 + ρφk + √((φk + ρ)² + 1 − ρ²))</pre>
 *
 * (Gatheral &amp; Jacquier 2014, eq. 4.1 and Remark 4.4: free of static arbitrage when η(1 + |ρ|) ≤ 2 with
 * γ = ½.) Each slice is a raw SVI smile (their Lemma 3.2), so a fit to quotes generated from it can recover
 * exactly {@link #slice}.
 */
public record Ssvi(double atmVol, double rho, double eta) implements VolSurface {

    public Ssvi {
        Check.positive("atmVol", atmVol);
        Check.between("rho", rho, -0.999, 0.999);
        Check.positive("eta", eta);
    }

    /** The raw SVI parameters of the slice at T: a = θ(1−ρ²)/2, b = θφ/2, m = −ρ/φ, σ = √(1−ρ²)/φ. */
    public SviParameters slice(double years) {
        double theta = atmVol * atmVol * years;
        double phi = eta / Math.sqrt(theta);
        return new SviParameters(0.5 * theta * (1 - rho * rho), 0.5 * theta * phi, rho, -rho / phi,
                Math.sqrt(1 - rho * rho) / phi);
    }

    @Override
    public double vol(double logMoneyness, double years) {
        return slice(years).vol(logMoneyness, years);
    }
}
