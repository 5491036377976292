package org.condordesk.chain;

/** Implied vol (decimal) as a function of log-moneyness {@code ln(K/F)} and years to expiry. */
@FunctionalInterface
public interface VolSurface {

    double vol(double logMoneyness, double years);

    /** The same vol at every strike and tenor. */
    static VolSurface flat(double vol) {
        return (k, years) -> vol;
    }
}
