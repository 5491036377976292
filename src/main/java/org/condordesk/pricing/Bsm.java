package org.condordesk.pricing;

import org.condordesk.model.OptionRight;

/**
 * Black–Scholes–Merton for a European option on an index paying a continuous dividend yield (SPX).
 *
 * <p>V = ω(S·e^(−qT)·Φ(ωd1) − K·e^(−rT)·Φ(ωd2)), d1,2 = (ln(S/K) + (r − q)T)/(σ√T) ± σ√T/2
 * (Merton 1973; Hull, "Options, Futures, and Other Derivatives", chapters "Options on Stock Indices and
 * Currencies" and "The Greek Letters").
 * Rates, yields and vols are decimals per year; T is in years (calendar days / 365).
 */
public final class Bsm {

    private Bsm() {
    }

    /**
     * Black–Scholes–Merton price; T ≤ 0 gives the payoff, σ√T → 0 gives the discounted forward payoff.
     *
     * @param right  CALL or PUT
     * @param spot   spot price of the underlying (index points, or $ per share), &gt; 0
     * @param strike strike in the underlying's units, &gt; 0
     * @param years  time to expiry in years of 365 calendar days (≤ 0: expired)
     * @param rate   continuously compounded risk-free rate (decimal, 0.04 = 4 % a year)
     * @param yield  continuously compounded dividend yield (decimal a year)
     * @param vol    implied volatility (decimal a year, 0.20 = 20 %), ≥ 0
     * @return price per unit in the underlying's units (index points, or $ per share)
     */
    public static double price(OptionRight right, double spot, double strike, double years, double rate,
                               double yield, double vol) {
        Inputs.bsm(right, spot, strike, years, rate, yield, vol);
        int sign = right.sign();
        if (years <= 0) {
            return BlackFormula.intrinsic(sign, spot, strike);
        }
        double spotPv = spot * Math.exp(-yield * years);
        double strikePv = strike * Math.exp(-rate * years);
        double totalVol = vol * Math.sqrt(years);
        if (totalVol < BlackFormula.MIN_TOTAL_VOL) {
            return BlackFormula.intrinsic(sign, spotPv, strikePv);
        }
        double logMoneyness = Math.log(spot / strike) + (rate - yield) * years;     // ln(F/K)
        return BlackFormula.price(sign, spotPv, strikePv, spotPv / strikePv, logMoneyness, totalVol);
    }

    /**
     * Price and all greeks in one pass (one log, one sqrt, three exps).
     *
     * @param right  CALL or PUT
     * @param spot   spot price of the underlying (index points, or $ per share), &gt; 0
     * @param strike strike in the underlying's units, &gt; 0
     * @param years  time to expiry in years of 365 calendar days (≤ 0: expired)
     * @param rate   continuously compounded risk-free rate (decimal, 0.04 = 4 % a year)
     * @param yield  continuously compounded dividend yield (decimal a year)
     * @param vol    implied volatility (decimal a year, 0.20 = 20 %), ≥ 0
     * @return price and greeks per unit, units as in {@link OptionGreeks} (U = spot)
     */
    public static OptionGreeks greeks(OptionRight right, double spot, double strike, double years, double rate,
                                      double yield, double vol) {
        Inputs.bsm(right, spot, strike, years, rate, yield, vol);
        int sign = right.sign();
        if (years <= 0) {
            return BlackFormula.expired(sign, spot, strike);
        }
        // ln(F/K) straight from the inputs, so that the log does not wait for the two discount exps
        double logMoneyness = Math.log(spot / strike) + (rate - yield) * years;
        double yieldDf = Math.exp(-yield * years);
        double spotPv = spot * yieldDf;
        double strikePv = strike * Math.exp(-rate * years);
        double sqrtYears = Math.sqrt(years);
        double totalVol = vol * sqrtYears;
        if (totalVol < BlackFormula.MIN_TOTAL_VOL) {
            return deterministic(sign, spotPv, strikePv, yieldDf, years, rate, yield);
        }
        double d1 = BlackFormula.d1(logMoneyness, totalVol);           // as in price(): bit-identical prices
        double perTotalVol = 1.0 / totalVol;                           // off the critical path, unlike d1
        double d2 = d1 - totalVol;
        double expD1 = Math.exp(-0.5 * d1 * d1);
        double density = Normal.INV_SQRT_2PI * expD1;                  // φ(d1)
        double nd1 = Normal.cdf(sign * d1, expD1);                    // Φ(ωd1)
        double nd2 = Normal.cdf(sign * d2, BlackFormula.expMinusHalfD2Squared(expD1, d2, spotPv / strikePv));
        double spotLeg = spotPv * nd1;
        double strikeLeg = strikePv * nd2;
        double perVol = sqrtYears * perTotalVol;                       // 1/σ without a second division
        double vega = spotPv * density * sqrtYears;                    // S e^(−qT) φ(d1) √T
        double price = Math.max(sign * (spotLeg - strikeLeg), 0.0);
        // θ = −S e^(−qT) φ(d1) σ/(2√T) + ω(q S e^(−qT) Φ(ωd1) − r K e^(−rT) Φ(ωd2)), Hull, "The Greek Letters";
        // σ/√T = σ²/s
        double theta = -0.5 * spotPv * density * vol * vol * perTotalVol + sign * (yield * spotLeg - rate * strikeLeg);
        double rho = sign * years * strikeLeg;                         // ω K T e^(−rT) Φ(ωd2)
        double gamma = yieldDf * density * perTotalVol / spot;
        double vanna = -yieldDf * density * d2 * perVol;               // ∂Δ/∂σ = −e^(−qT) φ(d1) d2/σ
        double volga = vega * d1 * d2 * perVol;                        // ∂ν/∂σ = ν d1 d2/σ
        return new OptionGreeks(price, sign * yieldDf * nd1, gamma, vega, theta, rho, vanna, volga);
    }

    /**
     * The σ√T → 0 limit: V = max(ω(S e^(−qT) − K e^(−rT)), 0), with Φ(ωd1,2) → w ∈ {0, 1/2, 1}. Exactly at
     * the money forward vega → S e^(−qT) √T φ(0) and vanna → e^(−qT) √T φ(0)/2 stay finite; gamma there is a
     * point mass (infinite) and is reported as 0, like everywhere else in this limit.
     */
    private static OptionGreeks deterministic(int sign, double spotPv, double strikePv, double yieldDf,
                                              double years, double rate, double yield) {
        double weight = BlackFormula.limitWeight(sign, spotPv, strikePv);
        double price = BlackFormula.intrinsic(sign, spotPv, strikePv);
        double theta = sign * weight * (yield * spotPv - rate * strikePv);
        double rho = sign * weight * years * strikePv;
        boolean atTheMoney = weight == 0.5;
        double sqrtYears = Math.sqrt(years);
        double vega = atTheMoney ? spotPv * sqrtYears * Normal.INV_SQRT_2PI : 0.0;
        double vanna = atTheMoney ? 0.5 * yieldDf * sqrtYears * Normal.INV_SQRT_2PI : 0.0;
        return new OptionGreeks(price, sign * weight * yieldDf, 0.0, vega, theta, rho, vanna, 0.0);
    }
}
