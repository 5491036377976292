package org.condordesk.bench;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.condordesk.model.OptionRight;
import org.condordesk.pricing.OptionGreeks;

/**
 * The textbook Black–Scholes–Merton greeks on Commons Math's {@link NormalDistribution}: the baseline that
 * {@code Bsm.greeks} must beat by 5×. Same formulas and outputs, written the obvious way: each term takes
 * its own exp, Φ and φ come from Commons Math (erfc through the regularised gamma function).
 */
final class NaiveBsm {
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

    private NaiveBsm() {
    }

    static OptionGreeks greeks(OptionRight right, double spot, double strike, double years, double rate,
                               double yield, double vol) {
        int sign = right.sign();
        double sqrtYears = Math.sqrt(years);
        double d1 = (Math.log(spot / strike) + (rate - yield + 0.5 * vol * vol) * years) / (vol * sqrtYears);
        double d2 = d1 - vol * sqrtYears;
        double nd1 = STANDARD_NORMAL.cumulativeProbability(sign * d1);
        double nd2 = STANDARD_NORMAL.cumulativeProbability(sign * d2);
        double density = STANDARD_NORMAL.density(d1);
        double price = sign * (spot * Math.exp(-yield * years) * nd1 - strike * Math.exp(-rate * years) * nd2);
        double delta = sign * Math.exp(-yield * years) * nd1;
        double gamma = Math.exp(-yield * years) * density / (spot * vol * sqrtYears);
        double vega = spot * Math.exp(-yield * years) * density * sqrtYears;
        double theta = -spot * Math.exp(-yield * years) * density * vol / (2 * sqrtYears)
                + sign * (yield * spot * Math.exp(-yield * years) * nd1 - rate * strike * Math.exp(-rate * years) * nd2);
        double rho = sign * strike * years * Math.exp(-rate * years) * nd2;
        double vanna = -Math.exp(-yield * years) * density * d2 / vol;
        double volga = vega * d1 * d2 / vol;
        return new OptionGreeks(price, delta, gamma, vega, theta, rho, vanna, volga);
    }
}
