package org.condordesk.pricing;

/**
 * The inputs on which every pricer stays finite (no NaN, no infinity), wide enough for any listed option: what
 * a caller must keep to (the model's own bounds lie inside it), and what {@code Inputs} checks.
 */
public final class PricingDomain {

    /** Spot, forward and strike lie in [1e-100, 1e100]: ln(U/K) stays below 461 in size. */
    public static final double MIN_LEVEL = 1e-100;
    public static final double MAX_LEVEL = 1e100;
    /** Years to expiry at most 100 (negative = expired is allowed). */
    public static final double MAX_YEARS = 100;
    /** Rates and yields are decimals per year, within ±1.00 (±100 %): catches "5" typed for 5 %. */
    public static final double MAX_RATE = 1;
    /** Volatility is a decimal, at most 10.00 (1000 %): VIX options rarely trade above 3.00. */
    public static final double MAX_VOL = 10;

    private PricingDomain() {
    }
}
