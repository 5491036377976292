package org.condordesk.pricing;

/**
 * Price and sensitivities of one option, per unit, in raw units. U is the underlying the pricer is written
 * on: spot for {@link Bsm}, the futures price for {@link Black76}.
 *
 * @param price index points per unit
 * @param delta dV/dU
 * @param gamma d²V/dU²
 * @param vega  dV/dσ per 1.00 of volatility
 * @param theta dV/dt per year of calendar time passing (= −dV/dT), U held
 * @param rho   dV/dr per 1.00 of rate (Black-76: forward held, so −T·V)
 * @param vanna d²V/(dU dσ), per 1.00 of volatility
 * @param volga d²V/dσ², per (1.00 of volatility)²
 */
public record OptionGreeks(double price, double delta, double gamma, double vega, double theta,
                           double rho, double vanna, double volga) {

    /** Turns −0.0 (a worthless put's ω·0) into 0.0, so that nothing prints as "-0". */
    public OptionGreeks {
        price += 0.0;
        delta += 0.0;
        gamma += 0.0;
        vega += 0.0;
        theta += 0.0;
        rho += 0.0;
        vanna += 0.0;
        volga += 0.0;
    }

    /** Calendar days per year: time to expiry is calendar time / 365 days across CondorDesk. */
    public static final double DAYS_PER_YEAR = 365.0;

    /** Vega per volatility point (0.01 of vol). */
    public double vegaPerVolPoint() {
        return vega / 100.0;
    }

    /** Theta per calendar day (a 365-day year). */
    public double thetaPerDay() {
        return theta / DAYS_PER_YEAR;
    }

    /** Rho per rate point (0.01 of rate). */
    public double rhoPerPoint() {
        return rho / 100.0;
    }
}
