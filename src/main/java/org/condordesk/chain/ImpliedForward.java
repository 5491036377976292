package org.condordesk.chain;

/**
 * The forward and discount factor one expiry's quotes imply by put–call parity, {@code C − P = DF·(F − K)}:
 * fitted over {@code strikesUsed} near-the-money strikes around {@code pivotStrike} (where |C − P| is least),
 * with the fit's residual RMS in points.
 */
public record ImpliedForward(double forward, double discountFactor, int strikesUsed, double pivotStrike,
                             double residualRms) {

    /** The continuously compounded rate of the discount factor: {@code −ln(DF)/T}. */
    public double rate(double years) {
        return -Math.log(discountFactor) / years;
    }
}
