package org.condordesk.pricing;

import org.condordesk.model.OptionRight;

/**
 * The Black formula on a discounted forward and a discounted strike, for callers that hold a leg's tenor
 * and rates fixed and vary only the underlying and the vol: the risk engine's curves, where BSM is
 * {@code F̃ = S·e^(−qT)}, {@code K̃ = K·e^(−rT)} and Black-76 is {@code F̃ = F·e^(−rT)}, {@code K̃ = K·e^(−rT)}.
 * Inputs are not validated here (the engine's legs are); the σ√T → 0 limit is handled as in {@link Bsm}.
 */
public final class Black {

    private Black() {
    }

    /**
     * {@code ω(F̃·Φ(ωd1) − K̃·Φ(ωd2))}, {@code d1,2 = ln(F̃/K̃)/s ± s/2}, {@code s = σ√T ≥ 0}.
     *
     * @param right             CALL or PUT
     * @param discountedForward the forward discounted to today, {@code F·e^(−rT)} (points or $), &gt; 0
     * @param discountedStrike  the strike discounted to today, {@code K·e^(−rT)} (same units), &gt; 0
     * @param totalVol          total standard deviation of the log price, {@code σ√T} (decimal, no time unit), ≥ 0
     * @return price per unit in the units of the forward
     */
    public static double price(OptionRight right, double discountedForward, double discountedStrike, double totalVol) {
        int sign = right.sign();
        if (totalVol < BlackFormula.MIN_TOTAL_VOL) {
            return BlackFormula.intrinsic(sign, discountedForward, discountedStrike);
        }
        return BlackFormula.price(sign, discountedForward, discountedStrike, totalVol);
    }
}
