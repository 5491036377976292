package org.condordesk.model;

/**
 * The CFE VIX futures contracts: the standard VX ($1,000 per index point) and the mini VXM ($100 per point,
 * one tenth of a VX, same final settlement value and settlement date; Cboe VXM contract specifications).
 */
public enum FuturesProduct {
    VX(1000), VXM(100);

    private final double multiplier;

    FuturesProduct(double multiplier) {
        this.multiplier = multiplier;
    }

    /** Dollars per index point per contract. */
    public double multiplier() {
        return multiplier;
    }
}
