package org.condordesk.risk;

import org.condordesk.market.MarketState;
import org.condordesk.market.Tenor;
import org.condordesk.model.Instrument;
import org.condordesk.model.OptionRight;
import org.condordesk.model.SpxOption;
import org.condordesk.model.VixEtf;
import org.condordesk.model.VixEtfOption;
import org.condordesk.model.VixFuture;
import org.condordesk.model.VixOption;

/**
 * One instrument kind's pricer, bound to one product and one date (OpenGamma Strata's product pricer with its
 * product and market fixed): what depends on time alone (tenor left, variance time, the rolled-down future, the
 * vol-factor slopes) is computed once, so a price at any SPX level and spot VIX costs at most one option price and
 * allocates nothing. Prices are per unit in points of the product's own underlying; greeks are in dollars at a given
 * dollar weight per point (quantity × multiplier × layer size). The engine ({@link Slice}), capital, trade and
 * backtest code ask a pricer instead of switching on the instrument kind: adding an instrument is one more pricer.
 */
public abstract sealed class InstrumentPricer
        permits SpxOptionPricer, VixFuturePricer, VixOptionPricer, VixEtfPricer, VixEtfOptionPricer {

    /** Spot VIX (points) at the valuation time: every VIX shock is measured from it. */
    final double vixAtValuation;
    /** Calendar days from this pricer's date to settlement (an ETF: its target tenor, it never settles). */
    final double daysLeft;
    /** {@link #daysLeft} in years of 365 days. */
    final double calendarYears;

    InstrumentPricer(MarketState market, double daysLeft) {
        this.vixAtValuation = market.vixSpot();
        this.daysLeft = daysLeft;
        this.calendarYears = daysLeft / Tenor.DAYS_PER_YEAR;
    }

    /**
     * The pricer of {@code instrument} at {@code elapsedDays} after the market's valuation time.
     *
     * @param instrument  the product
     * @param impliedVol  the leg's own implied vol (decimal, 0.20 = 20 %); ignored for futures and ETF shares
     * @param market      the market at the valuation time
     * @param expiryDays  calendar days from the valuation time to settlement (NaN for an ETF)
     * @param elapsedDays calendar days from the valuation time to the pricer's date
     */
    public static InstrumentPricer of(Instrument instrument, double impliedVol, MarketState market, double expiryDays,
                                      double elapsedDays) {
        // The one switch on the product's kind: the factory of the pricers (each product has its own).
        return switch (instrument.kind()) {
            case SPX_OPTION -> new SpxOptionPricer((SpxOption) instrument, impliedVol, market, expiryDays, elapsedDays);
            case VIX_FUTURE -> new VixFuturePricer((VixFuture) instrument, market, expiryDays, elapsedDays);
            case VIX_OPTION -> new VixOptionPricer((VixOption) instrument, impliedVol, market, expiryDays, elapsedDays);
            case VIX_ETF -> new VixEtfPricer((VixEtf) instrument, market, elapsedDays);
            case VIX_ETF_OPTION -> new VixEtfOptionPricer((VixEtfOption) instrument, impliedVol, market, expiryDays,
                    elapsedDays);
        };
    }

    /** The pricer of {@code instrument} at {@code elapsedDays} after the valuation time, its expiry read from it. */
    public static InstrumentPricer of(Instrument instrument, double impliedVol, MarketState market, double elapsedDays) {
        double expiryDays = instrument.expiryTime().map(market::daysTo).orElse(Double.NaN);
        return of(instrument, impliedVol, market, expiryDays, elapsedDays);
    }

    /** Calendar days left to settlement at this pricer's date (≤ 0 once settled; an ETF's target tenor). */
    public double daysLeft() {
        return daysLeft;
    }

    /** True when the product settles at or before this pricer's date: its price is its settlement value. */
    public boolean expired() {
        return daysLeft <= 0;
    }

    /**
     * Model price per unit (points) with SPX at {@code spx} and spot VIX at {@code vix}; once expired, the
     * settlement value at those levels.
     *
     * @param spx SPX level (index points)
     * @param vix spot VIX (points)
     */
    public abstract double price(double spx, double vix);

    /**
     * The value per unit (points) a product settles at with SPX at {@code spx} and spot VIX at {@code vix} on
     * the held path (an ETF option on its held price; NaN for ETF shares, which never settle).
     */
    public abstract double settlementValue(double spx, double vix);

    /**
     * The level a settled leg shows: the one it settled at on the held path ({@code before}, levels
     * {@code spx}/{@code vix} being the scenario's spot) or settles at on this date at the levels given.
     */
    abstract double settledLevel(double spx, double vix, boolean before);

    /**
     * Dollar greeks and the figures a leg shows, at dollar weight {@code weight} per point of price.
     *
     * @param unitPrice this pricer's {@link #price} at (spx, vix), points
     * @param pnl       the leg's P&L ($) at that price, computed by the caller (entry and realised P&L)
     * @param theta     $ change of value to the next day, computed by the caller from the next day's pricer
     */
    abstract PricedGreeks greeks(double spx, double vix, double unitPrice, double weight, double pnl, double theta);

    /** The leg's VIX vega ($ per VIX point) under the other vol response; the same as {@code unit}'s but for SPX. */
    double vixVegaUnderOtherResponse(Greeks unit, double spx, double vix, double weight, boolean settledBefore) {
        return unit.vixVega();
    }

    /** True for a product marked to market daily (a future): its value is the variation margin {@code price − entry}. */
    public boolean variationMargined() {
        return false;
    }

    /** The SPX strike at which its payoff kinks if it settles on this date at a shocked SPX (SPX options), else NaN. */
    double spxKink() {
        return Double.NaN;
    }

    /** The underlying a leg table shows: "SPX", "VX 2026-01-21", "VX CM30d", "VXX". */
    abstract String underlyingLabel();

    /** An option's payoff at settlement: {@code max(±(underlying − strike), 0)}. */
    static double intrinsic(OptionRight right, double underlying, double strike) {
        return Math.max(right.sign() * (underlying - strike), 0);
    }

    /** A leg's underlying level, implied vol used (decimal), VIX delta ($ per point of its own VIX underlying) and greeks. */
    record PricedGreeks(double level, double vol, double vixDelta, Greeks greeks) {
    }
}
