package org.condordesk.pricing;

/**
 * The variance of one term by the Cboe VIX method, from a strip of out-of-the-money option prices
 * (Cboe VIX White Paper, the generalised formula):
 *
 * <pre>σ² = (2/T)·Σᵢ (ΔKᵢ/Kᵢ²)·e^{RT}·Q(Kᵢ) − (1/T)·(F/K₀ − 1)²</pre>
 *
 * Kᵢ the strikes in increasing order; Q(Kᵢ) the price of the out-of-the-money option at Kᵢ (puts below K₀,
 * calls above, the average of call and put at K₀); ΔKᵢ half the distance between the strikes on either side
 * of Kᵢ, and at the ends the distance to the one neighbour; K₀ the first strike at or below the forward F.
 * Which strikes enter the strip (Cboe stops after two consecutive zero bids) is the caller's business: the
 * option-chain importer selects quoted strikes, the vol factor model a fine grid of model prices.
 */
public final class VarianceStrip {

    private VarianceStrip() {
    }

    /**
     * σ² (annualised, decimal²) of the strip, Cboe's VIX formula for one term.
     *
     * @param strikes   the strip's strikes in ascending order (points)
     * @param otmPrices each strike's out-of-the-money option mid price (points), the average of call and put at K₀
     * @param forward   the term's forward index level (points)
     * @param k0        the first strike at or below the forward (points), {@link #k0}
     * @param years     the term's time to expiry T in years
     * @param rate      the term's continuously compounded rate R (decimal a year)
     * @return the annualised variance (decimal², so 0.04 is a 20 % vol)
     */
    public static double variance(double[] strikes, double[] otmPrices, double forward, double k0, double years,
                                  double rate) {
        if (strikes.length != otmPrices.length || strikes.length < 2) {
            throw new PricingException("a variance strip needs at least two strikes, each with a price");
        }
        if (!(years > 0) || !(forward > 0) || !(k0 > 0)) {
            throw new PricingException("a variance strip needs T > 0, F > 0 and K0 > 0");
        }
        double growth = Math.exp(rate * years);
        double sum = 0;
        for (int i = 0; i < strikes.length; i++) {
            if (i > 0 && !(strikes[i] > strikes[i - 1])) {
                throw new PricingException("strip strikes must increase, got " + strikes[i - 1] + " then " + strikes[i]);
            }
            sum += deltaK(strikes, i) / (strikes[i] * strikes[i]) * otmPrices[i];
        }
        double gap = forward / k0 - 1;
        return 2 / years * growth * sum - gap * gap / years;
    }

    /** ΔKᵢ: half the distance between the neighbours of strike i; at either end, the distance to the one neighbour. */
    public static double deltaK(double[] strikes, int i) {
        int last = strikes.length - 1;
        if (i == 0) {
            return strikes[1] - strikes[0];
        }
        if (i == last) {
            return strikes[last] - strikes[last - 1];
        }
        return (strikes[i + 1] - strikes[i - 1]) / 2;
    }

    /** K₀: the largest strike at or below the forward (the first strike, if all lie above it). */
    public static double k0(double[] strikes, double forward) {
        double k0 = strikes[0];
        for (double strike : strikes) {
            if (strike <= forward) {
                k0 = strike;
            }
        }
        return k0;
    }
}
