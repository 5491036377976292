package org.condordesk.risk;

import org.condordesk.model.Leg;

/**
 * One leg valued: its underlying level (SPX spot, its VIX future, or the ETF's constant-maturity future), the
 * implied vol used after shifts (0 for futures and ETFs), days to expiry, model price per unit in points, its
 * VIX delta ($ per point of its own VIX underlying, 0 for SPX options: per leg only, since legs' underlyings
 * differ), whether it settled before the analysis time (its value frozen there), its dollar greeks at the
 * layer's weight (zero when the layer is disabled) and the P&L its closed lots realised ($, fees deducted;
 * part of {@code greeks.pnl}, 0 for a plan leg).
 */
public record LegRisk(int layerIndex, int legIndex, Leg leg, String underlying, double underlyingPrice,
                      double impliedVolUsed, double daysToExpiry, double pricePerUnit, double vixDelta,
                      boolean settledBefore, Greeks greeks, double realizedPnl) {

    /** The same leg with its dollar figures multiplied by {@code factor} (a layer's weight). */
    public LegRisk scaled(double factor) {
        return new LegRisk(layerIndex, legIndex, leg, underlying, underlyingPrice, impliedVolUsed, daysToExpiry,
                pricePerUnit, vixDelta * factor, settledBefore, greeks.times(factor), realizedPnl * factor);
    }

    /** P&L of the open lots ($): total less realised. */
    public double unrealizedPnl() {
        return greeks.pnl() - realizedPnl;
    }
}
