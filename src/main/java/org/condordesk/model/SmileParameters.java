package org.condordesk.model;

/**
 * The default SPX smile used where a leg has no typed implied vol (templates that pick strikes by delta).
 * ATM vol at tenor τ is interpolated in total variance between {@code atmToVixRatio}·VIX at 30 days and
 * {@code atmToVixRatio}·VIX3M at 93 days; away from the money the vol moves linearly in
 * {@code m = ln(K/F)/√τ} (τ in years): {@code σ = σ_atm − putSkew·m} for {@code m < 0} and
 * {@code σ = σ_atm − callSkew·m} for {@code m > 0}. See docs/model.md.
 */
public record SmileParameters(double atmToVixRatio, double putSkew, double callSkew) {

    public SmileParameters {
        Check.between("atmToVixRatio", atmToVixRatio, 0.3, 1.5);
        Check.between("putSkew", putSkew, -1, 2);
        Check.between("callSkew", callSkew, -1, 2);
    }

    /** ATM ≈ 0.9·VIX (VIX prices the whole strip including the put wing); skews fitted by eye to SPX smiles. */
    public static SmileParameters defaults() {
        return new SmileParameters(0.9, 0.20, 0.08);
    }
}
