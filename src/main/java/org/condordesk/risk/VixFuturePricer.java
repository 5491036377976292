package org.condordesk.risk;

import org.condordesk.market.MarketState;
import org.condordesk.model.VixFuture;

/**
 * VIX futures (VX, VXM): the curve's price at the tenor left (rolled down the curve as time passes) moved by its
 * VIX beta {@code b(τ)} per spot-VIX point (docs/model.md §4), floored at {@link #MIN_FUTURE_POINTS}; settles at
 * spot VIX (the special opening quotation). Marked to market daily: a position's value is its variation margin.
 */
public final class VixFuturePricer extends InstrumentPricer {

    /** Floor on a shocked VIX future (points): the model's futures never reach zero. */
    public static final double MIN_FUTURE_POINTS = 0.5;

    private final String label;
    private final double vixSpot;
    /** The future rolled down the curve to this date (points). */
    private final double basePrice;
    /** b(τ): points of the future per VIX point. */
    private final double beta;

    VixFuturePricer(VixFuture future, MarketState market, double expiryDays, double elapsedDays) {
        super(market, expiryDays - elapsedDays);
        this.label = "VX " + future.expiry();
        this.vixSpot = market.vixSpot();
        this.basePrice = market.futures().priceAt(daysLeft);
        this.beta = market.volFactor().futuresBeta(daysLeft);
    }

    /** b(τ) of this future at its tenor left: points of the future per VIX point. */
    double beta() {
        return beta;
    }

    @Override
    public double price(double spx, double vix) {
        return level(vix);
    }

    /** The future (points) at spot VIX {@code vix}; spot VIX itself once it settles. */
    double level(double vix) {
        if (expired()) {
            return vix;
        }
        return Math.max(basePrice + beta * (vix - vixAtValuation), MIN_FUTURE_POINTS);
    }

    @Override
    public double settlementValue(double spx, double vix) {
        return vix;
    }

    @Override
    double settledLevel(double spx, double vix, boolean before) {
        return before ? vixSpot : vix;
    }

    @Override
    PricedGreeks greeks(double spx, double vix, double unitPrice, double weight, double pnl, double theta) {
        double level = level(vix);
        double vixVega = level > MIN_FUTURE_POINTS ? beta * weight : 0;
        return new PricedGreeks(level, 0, weight, Greeks.vixFuture(pnl, level * weight, theta, vixVega));
    }

    @Override
    public boolean variationMargined() {
        return true;
    }

    @Override
    String underlyingLabel() {
        return label;
    }
}
