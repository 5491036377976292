package org.condordesk.pricing;

import org.condordesk.model.OptionRight;

/**
 * Implied volatility for {@link Bsm} and {@link Black76} prices. The price is reduced to the time value of the
 * out-of-the-money option (put–call parity) and solved by {@link NormalisedBlack} to machine precision; a price
 * at the intrinsic value, to within rounding, returns 0 (the model price is strictly increasing in vol and
 * equals the intrinsic value at vol 0, so 0 is its unique implied vol).
 */
public final class ImpliedVol {

    private ImpliedVol() {
    }

    /**
     * The σ at which {@link Bsm#price} returns {@code price}; throws {@link PricingException} outside the bounds.
     *
     * @param right  CALL or PUT
     * @param price  option price per unit (the underlying's units)
     * @param spot   spot price of the underlying, &gt; 0
     * @param strike strike, &gt; 0
     * @param years  time to expiry in years of 365 calendar days, &gt; 0
     * @param rate   continuously compounded risk-free rate (decimal a year)
     * @param yield  continuously compounded dividend yield (decimal a year)
     * @return implied volatility (decimal a year)
     */
    public static double bsm(OptionRight right, double price, double spot, double strike, double years, double rate,
                             double yield) {
        Inputs.bsm(right, spot, strike, years, rate, yield, 0.0);
        requireLive(years);
        return solve(right.sign(), price, spot * Math.exp(-yield * years), strike * Math.exp(-rate * years), years);
    }

    /**
     * The σ at which {@link Black76#price} returns {@code price}; throws {@link PricingException} outside the bounds.
     *
     * @param right   CALL or PUT
     * @param price   option price per unit (points)
     * @param forward futures price (points), &gt; 0
     * @param strike  strike (points), &gt; 0
     * @param years   time to expiry in years of 365 calendar days, &gt; 0
     * @param rate    continuously compounded risk-free rate (decimal a year)
     * @return implied volatility of the future (decimal a year)
     */
    public static double black76(OptionRight right, double price, double forward, double strike, double years,
                                 double rate) {
        Inputs.black76(right, forward, strike, years, rate, 0.0);
        requireLive(years);
        double discount = Math.exp(-rate * years);
        return solve(right.sign(), price, discount * forward, discount * strike, years);
    }

    /**
     * No-arbitrage bounds: df·max(ω(F − K), 0) ≤ price &lt; df·F (call) or df·K (put). The gap to the upper bound
     * and the time value are both taken from the price itself, so neither loses precision to the other.
     */
    static double solve(int sign, double price, double discountedForward, double discountedStrike, double years) {
        if (!(price >= 0 && price < Double.POSITIVE_INFINITY)) {
            throw Double.isFinite(price) ? new PricingException("price must be >= 0, got " + Inputs.format(price))
                    : Inputs.notFinite("price", price);
        }
        double upperBound = sign > 0 ? discountedForward : discountedStrike;
        double gap = upperBound - price;
        if (!(gap > 0)) {
            throw new PricingException("price " + Inputs.format(price) + " is at or above "
                    + (sign > 0 ? "the discounted forward " : "the discounted strike ") + Inputs.format(upperBound)
                    + ", the most the option can be worth: no implied volatility");
        }
        double intrinsic = BlackFormula.intrinsic(sign, discountedForward, discountedStrike);
        double timeValue = price - intrinsic;
        // an in-the-money price carries the rounding of F̃ and K̃: a few ulps of the larger
        double noise = intrinsic > 0 ? 8 * Math.ulp(Math.max(discountedForward, discountedStrike)) : 0.0;
        if (timeValue < -noise) {
            throw new PricingException("price " + Inputs.format(price) + " is below the intrinsic value "
                    + Inputs.format(intrinsic) + " (forward and strike discounted to today): no implied volatility");
        }
        if (timeValue <= noise) {
            return 0.0;
        }
        double low = Math.min(discountedForward, discountedStrike);
        double high = Math.max(discountedForward, discountedStrike);
        double lnNorm = 0.5 * Math.log(low * high);                      // ln √(F̃·K̃)
        double totalVol = NormalisedBlack.totalVol(low / high, Math.log(timeValue) - lnNorm, Math.log(gap) - lnNorm);
        double vol = totalVol / Math.sqrt(years);
        if (!(vol <= Inputs.MAX_VOL)) {
            throw new PricingException("price " + Inputs.format(price)
                    + " implies a volatility above 1000% (too close to its upper bound " + Inputs.format(upperBound)
                    + "): check the inputs");
        }
        return vol;
    }

    private static void requireLive(double years) {
        if (!(years > 0)) {
            throw new PricingException("years must be > 0 for an implied volatility (the option has expired), got "
                    + Inputs.format(years));
        }
    }
}
