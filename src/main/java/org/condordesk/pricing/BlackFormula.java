package org.condordesk.pricing;

/**
 * The Black formula on the discounted forward F̃ = df·F and discounted strike K̃ = df·K, shared by
 * {@link Bsm} (F̃ = S·e^(−qT)), {@link Black76} and {@link ImpliedVol}, with its σ√T → 0 and T → 0 limits.
 */
final class BlackFormula {
    /**
     * Below this total volatility s = σ√T the deterministic forward limit is used. The time value is at most
     * φ(0)·s·F̃ &lt; 4e-13·F̃ there, under what a quote resolves; above it the closed form is finite and exact.
     */
    static final double MIN_TOTAL_VOL = 1e-12;

    private BlackFormula() {
    }

    /**
     * ω(F̃·Φ(ωd1) − K̃·Φ(ωd2)), d1,2 = ln(F/K)/s ± s/2, for s ≥ MIN_TOTAL_VOL; floored at 0 against rounding.
     * The caller passes F/K and ln(F/K) computed from undiscounted inputs where it can, so that the log need
     * not wait for the discount exps, and the same way as in its greeks, so that both give the same price.
     */
    static double price(int sign, double discountedForward, double discountedStrike, double forwardOverStrike,
                        double logMoneyness, double totalVol) {
        double d1 = d1(logMoneyness, totalVol);
        double d2 = d1 - totalVol;
        double expD1 = Math.exp(-0.5 * d1 * d1);
        double expD2 = expMinusHalfD2Squared(expD1, d2, forwardOverStrike);
        double value = sign * (discountedForward * Normal.cdf(sign * d1, expD1)
                - discountedStrike * Normal.cdf(sign * d2, expD2));
        return Math.max(value, 0.0);
    }

    /**
     * d1 = ln(F/K)/s + s/2, with the division turned into a product by 1/s: the reciprocal runs while the
     * log is still being computed, so the critical path loses a division. Every pricer and greek uses this
     * one form, so price and greeks().price() stay bit-identical.
     */
    static double d1(double logMoneyness, double totalVol) {
        return logMoneyness * (1.0 / totalVol) + 0.5 * totalVol;
    }

    /** The same from F̃ and K̃ alone, for callers that hold only discounted values (the risk engine's {@link Black}). */
    static double price(int sign, double discountedForward, double discountedStrike, double totalVol) {
        double forwardOverStrike = discountedForward / discountedStrike;
        return price(sign, discountedForward, discountedStrike, forwardOverStrike, Math.log(forwardOverStrike),
                totalVol);
    }

    /**
     * exp(−d2²/2) = exp(−d1²/2)·F/K, because d1² − d2² = 2·ln(F/K): saves an exp. Where that product would
     * lose precision (exp(−d1²/2) subnormal) or overflow, it takes its own exp.
     */
    static double expMinusHalfD2Squared(double expD1, double d2, double forwardOverStrike) {
        double product = expD1 * forwardOverStrike;
        if (product <= 1.0 && expD1 >= 1e-290) {
            return product;
        }
        return Math.exp(-0.5 * d2 * d2);
    }

    /** The payoff on the (discounted) forward: max(ω(F̃ − K̃), 0). */
    static double intrinsic(int sign, double underlying, double strike) {
        return Math.max(sign * (underlying - strike), 0.0);
    }

    /** The σ√T → 0 limit of Φ(ωd1) and Φ(ωd2): 1 in the money, 1/2 exactly at the money, 0 out of it. */
    static double limitWeight(int sign, double underlying, double strike) {
        if (underlying == strike) {
            return 0.5;
        }
        return sign * (underlying - strike) > 0 ? 1.0 : 0.0;
    }

    /** Greeks at or after expiry (T ≤ 0): the payoff, delta ±1 in the money, ±1/2 at the money, all else 0. */
    static OptionGreeks expired(int sign, double underlying, double strike) {
        double delta = sign * limitWeight(sign, underlying, strike);
        return new OptionGreeks(intrinsic(sign, underlying, strike), delta, 0, 0, 0, 0, 0, 0);
    }
}
