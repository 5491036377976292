package org.condordesk.pricing;

import org.condordesk.model.OptionRight;

/**
 * Black-76 for European options on a futures price (VIX options on the VIX future of the same expiry).
 *
 * <p>V = e^(−rT)·ω(F·Φ(ωd1) − K·Φ(ωd2)), d1,2 = ln(F/K)/(σ√T) ± σ√T/2 (Black, "The pricing of commodity
 * contracts", J. Financial Economics 3 (1976); Hull, chapter "Futures Options and Black's Model").
 * Delta, gamma and vanna are taken with respect to F; theta and rho hold F fixed, so rho = −T·V.
 */
public final class Black76 {

    private Black76() {
    }

    /**
     * Black-76 price of an option on a future; T ≤ 0 gives the payoff, σ√T → 0 gives e^(−rT)·max(ω(F − K), 0).
     *
     * @param right   CALL or PUT
     * @param forward futures price of the underlying (points), &gt; 0
     * @param strike  strike in points, &gt; 0
     * @param years   time to expiry in years of 365 calendar days (≤ 0: expired)
     * @param rate    continuously compounded risk-free rate used to discount (decimal a year)
     * @param vol     implied volatility of the future (decimal a year), ≥ 0
     * @return price per unit in points
     */
    public static double price(OptionRight right, double forward, double strike, double years, double rate,
                               double vol) {
        Inputs.black76(right, forward, strike, years, rate, vol);
        int sign = right.sign();
        if (years <= 0) {
            return BlackFormula.intrinsic(sign, forward, strike);
        }
        double discount = Math.exp(-rate * years);
        double totalVol = vol * Math.sqrt(years);
        if (totalVol < BlackFormula.MIN_TOTAL_VOL) {
            return discount * BlackFormula.intrinsic(sign, forward, strike);
        }
        double forwardOverStrike = forward / strike;
        return BlackFormula.price(sign, discount * forward, discount * strike, forwardOverStrike,
                Math.log(forwardOverStrike), totalVol);
    }

    /**
     * Price and all greeks in one pass.
     *
     * @param right   CALL or PUT
     * @param forward futures price of the underlying (points), &gt; 0
     * @param strike  strike in points, &gt; 0
     * @param years   time to expiry in years of 365 calendar days (≤ 0: expired)
     * @param rate    continuously compounded risk-free rate used to discount (decimal a year)
     * @param vol     implied volatility of the future (decimal a year), ≥ 0
     * @return price and greeks per unit, units as in {@link OptionGreeks}, with U = the futures price
     */
    public static OptionGreeks greeks(OptionRight right, double forward, double strike, double years, double rate,
                                      double vol) {
        Inputs.black76(right, forward, strike, years, rate, vol);
        int sign = right.sign();
        if (years <= 0) {
            return BlackFormula.expired(sign, forward, strike);
        }
        double discount = Math.exp(-rate * years);
        double sqrtYears = Math.sqrt(years);
        double totalVol = vol * sqrtYears;
        if (totalVol < BlackFormula.MIN_TOTAL_VOL) {
            return deterministic(sign, forward, strike, discount, years, rate);
        }
        double forwardOverStrike = forward / strike;
        double d1 = BlackFormula.d1(Math.log(forwardOverStrike), totalVol);   // as in price(): bit-identical
        double perTotalVol = 1.0 / totalVol;
        double d2 = d1 - totalVol;
        double expD1 = Math.exp(-0.5 * d1 * d1);
        double density = Normal.INV_SQRT_2PI * expD1;                  // φ(d1)
        double nd1 = Normal.cdf(sign * d1, expD1);                    // Φ(ωd1)
        double nd2 = Normal.cdf(sign * d2, BlackFormula.expMinusHalfD2Squared(expD1, d2, forwardOverStrike));
        double forwardPv = discount * forward;
        double price = Math.max(sign * (forwardPv * nd1 - discount * strike * nd2), 0.0);
        double perVol = sqrtYears * perTotalVol;                       // 1/σ without a second division
        double vega = forwardPv * density * sqrtYears;                 // e^(−rT) F φ(d1) √T
        // −∂V/∂T = rV − e^(−rT) F φ(d1) σ/(2√T), and σ/√T = σ²/s
        double theta = rate * price - 0.5 * forwardPv * density * vol * vol * perTotalVol;
        double gamma = discount * density * perTotalVol / forward;
        double vanna = -discount * density * d2 * perVol;              // −e^(−rT) φ(d1) d2/σ
        double volga = vega * d1 * d2 * perVol;                        // ν d1 d2/σ
        return new OptionGreeks(price, sign * discount * nd1, gamma, vega, theta, -years * price, vanna, volga);
    }

    /** The σ√T → 0 limit, as in {@link Bsm}: V = e^(−rT) max(ω(F − K), 0), so θ = rV and ρ = −TV. */
    private static OptionGreeks deterministic(int sign, double forward, double strike, double discount,
                                              double years, double rate) {
        double weight = BlackFormula.limitWeight(sign, forward, strike);
        double price = discount * BlackFormula.intrinsic(sign, forward, strike);
        boolean atTheMoney = weight == 0.5;
        double sqrtYears = Math.sqrt(years);
        double vega = atTheMoney ? discount * forward * sqrtYears * Normal.INV_SQRT_2PI : 0.0;
        double vanna = atTheMoney ? 0.5 * discount * sqrtYears * Normal.INV_SQRT_2PI : 0.0;
        return new OptionGreeks(price, sign * weight * discount, 0.0, vega, rate * price, -years * price,
                vanna, 0.0);
    }
}
