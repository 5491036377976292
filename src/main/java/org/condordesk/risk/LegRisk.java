package org.condordesk.risk;

import org.condordesk.model.Leg;

/**
 * One leg valued: its underlying level (SPX spot, its VIX future, or the ETF's price), the implied vol
 * used after shifts (0 for futures and ETFs), days to expiry, model price per unit in points, and its
 * dollar greeks at the layer's weight (zero when the layer is disabled).
 */
public record LegRisk(int layerIndex, int legIndex, Leg leg, String underlying, double underlyingPrice,
                      double impliedVolUsed, double daysToExpiry, double pricePerUnit, Greeks greeks) {

    /** The same leg with its dollar figures multiplied by {@code factor} (a layer's weight). */
    public LegRisk scaled(double factor) {
        return new LegRisk(layerIndex, legIndex, leg, underlying, underlyingPrice, impliedVolUsed, daysToExpiry,
                pricePerUnit, greeks.times(factor));
    }
}
