package org.condordesk.risk;

import org.condordesk.market.MarketState;
import org.condordesk.market.VixFuturesCurve;
import org.condordesk.model.VixEtf;

/**
 * VIX-futures ETF/ETN shares: the held price decayed by the curve's roll-down at the target tenor each day
 * ({@code P_n = P_0·max(1 + L·roll/F_c, 0)^n}) and moved with VIX through the constant-maturity future,
 * {@code P = max(P_n·(1 + L·b(c)·ΔVIX/F_c), 0)} (docs/model.md §16). Never settles.
 */
public final class VixEtfPricer extends InstrumentPricer {

    private final String label;
    private final double vixSpot;
    private final double leverage;
    /** The held price per share at the valuation time ($). */
    private final double heldPrice;
    /** The constant-maturity future at the target tenor (points). */
    private final double cmFuture;
    /** The price after this date's roll decay ($ per share). */
    private final double basePrice;
    /** b(c) at the target tenor. */
    private final double beta;

    VixEtfPricer(VixEtf etf, MarketState market, double elapsedDays) {
        super(market, etf.targetTenorDays());
        double target = etf.targetTenorDays();
        this.label = "VX CM" + (int) target + "d";
        this.vixSpot = market.vixSpot();
        this.leverage = etf.leverage();
        this.heldPrice = market.etfPrice(etf.symbol());
        VixFuturesCurve curve = market.futures();
        this.cmFuture = curve.priceAt(target);
        double dailyReturn = leverage * curve.rollDownPerDay(target) / cmFuture;
        this.basePrice = heldPrice * Math.pow(Math.max(1 + dailyReturn, 0), elapsedDays);
        this.beta = market.volFactor().futuresBeta(target);
    }

    /** dP/dF_c at this date: {@code P_n·L/F_c} ($ per share per point of the constant-maturity future). */
    double perCmPoint() {
        return basePrice * leverage / cmFuture;
    }

    double beta() {
        return beta;
    }

    @Override
    public double price(double spx, double vix) {
        return Math.max(basePrice * (1 + leverage * beta * (vix - vixAtValuation) / cmFuture), 0);
    }

    @Override
    public double settlementValue(double spx, double vix) {
        return Double.NaN;
    }

    @Override
    double settledLevel(double spx, double vix, boolean before) {
        return before ? vixSpot : vix;
    }

    /** The derivatives of {@code P = max(P_n·(1 + L·b·ΔVIX/F_c), 0)}, zero where the floor binds. */
    @Override
    PricedGreeks greeks(double spx, double vix, double unitPrice, double weight, double pnl, double theta) {
        double deltaPerCmPoint = unitPrice > 0 ? perCmPoint() : 0;
        double cmLevel = cmFuture + beta * (vix - vixAtValuation);
        Greeks greeks = Greeks.vixEtf(unitPrice * weight, pnl, theta, deltaPerCmPoint * beta * weight);
        return new PricedGreeks(cmLevel, 0, deltaPerCmPoint * weight, greeks);
    }

    @Override
    String underlyingLabel() {
        return label;
    }
}
