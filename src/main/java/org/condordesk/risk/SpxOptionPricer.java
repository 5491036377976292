package org.condordesk.risk;

import org.condordesk.market.MarketState;
import org.condordesk.market.SpxSmile;
import org.condordesk.market.VolFactor;
import org.condordesk.model.OptionRight;
import org.condordesk.model.SpxOption;
import org.condordesk.model.VolResponse;
import org.condordesk.pricing.Black;
import org.condordesk.pricing.Bsm;
import org.condordesk.pricing.OptionGreeks;
import org.condordesk.pricing.PricingDomain;

/**
 * SPX options: Black–Scholes–Merton on spot with the dividend yield, the leg's vol rolled along today's ATM term
 * structure to the tenor left and moved with VIX by the vol factor's slope {@code dσ/dVIX} (docs/model.md §4, §6);
 * cash-settled at {@code max(±(SPX − K), 0)}.
 */
public final class SpxOptionPricer extends InstrumentPricer {

    /** Floor on a shocked implied vol (decimal): a large VIX fall never makes a vol negative. */
    public static final double MIN_VOL = 0.005;

    private final OptionRight right;
    private final double strike;
    private final double rate;
    private final double yield;
    private final double spxSpot;
    /** The leg's vol rolled along today's ATM term structure to the remaining tenor (decimal). */
    private final double baseVol;
    /** dσ/dVIX under the scenario's response and under the other one (decimal vol per VIX point). */
    private final double volSlope;
    private final double otherVolSlope;
    /** e^(−qτ), the discount of spot to the forward. */
    private final double underlyingDiscount;
    private final OptionTime time;

    SpxOptionPricer(SpxOption option, double impliedVol, MarketState market, double expiryDays, double elapsedDays) {
        super(market, expiryDays - elapsedDays);
        this.right = option.right();
        this.strike = option.strike();
        this.rate = market.rate();
        this.yield = market.dividendYield();
        this.spxSpot = market.spxSpot();
        this.time = new OptionTime(market, strike, expiryDays, elapsedDays, calendarYears);
        this.underlyingDiscount = daysLeft > 0 ? Math.exp(-yield * calendarYears) : 0;
        SpxSmile smile = market.smile();
        double roll = elapsedDays == 0 || daysLeft <= 0 ? 0 : smile.atmVol(daysLeft) - smile.atmVol(expiryDays);
        this.baseVol = impliedVol + roll;
        VolFactor volFactor = market.volFactor();
        VolResponse response = volFactor.response();
        this.volSlope = volFactor.volPerVixPoint(response, baseVol, daysLeft);
        this.otherVolSlope = volFactor.volPerVixPoint(response.other(), baseVol, daysLeft);
    }

    /** Its implied vol (decimal) at spot VIX {@code vix}, floored at {@link #MIN_VOL}, capped at the pricers' maximum. */
    public double vol(double vix) {
        return vol(vix, volSlope);
    }

    private double vol(double vix, double slope) {
        // Capped at the pricers' domain: a VIX shock through a large time weight could ask for more than 1000 %.
        return Math.min(Math.max(baseVol + slope * (vix - vixAtValuation), MIN_VOL), PricingDomain.MAX_VOL);
    }

    /** True where the vol sits on its floor or its cap, so a small VIX move leaves it there. */
    private static boolean binds(double vol) {
        return vol <= MIN_VOL || vol >= PricingDomain.MAX_VOL;
    }

    @Override
    public double price(double spx, double vix) {
        return expired() ? intrinsic(right, spx, strike)
                : Black.price(right, spx * underlyingDiscount, time.discountedStrike, vol(vix) * time.sqrtVarianceYears);
    }

    @Override
    public double settlementValue(double spx, double vix) {
        return intrinsic(right, spx, strike);
    }

    @Override
    double settledLevel(double spx, double vix, boolean before) {
        return before ? spxSpot : spx;
    }

    @Override
    PricedGreeks greeks(double spx, double vix, double unitPrice, double weight, double pnl, double theta) {
        double vol = vol(vix);
        OptionGreeks g = Bsm.greeks(right, spx, strike, calendarYears, rate, yield, vol * time.clockVolScale);
        // Vega per point of the leg's own (calendar-quoted) vol: the clock scales σ, so ∂V/∂σ gains that scale.
        double vega = g.vegaPerVolPoint() * time.clockVolScale * weight;
        // Where the floor or the 1000 % cap binds the price no longer moves with VIX: no VIX vega (issue 25 §5).
        double slope = binds(vol) ? 0 : volSlope;
        Greeks greeks = Greeks.spxOption(unitPrice * weight, pnl, g.delta() * weight, g.gamma() * weight, theta, vega,
                vega * 100 * slope, g.rhoPerPoint() * weight);
        return new PricedGreeks(spx, vol, 0, greeks);
    }

    /** Re-weighted by the other response's slope (vega taken at the vol that response gives under the VIX shift). */
    @Override
    double vixVegaUnderOtherResponse(Greeks unit, double spx, double vix, double weight, boolean settledBefore) {
        if (settledBefore || expired()) {
            return 0;
        }
        double vol = vol(vix, otherVolSlope);
        if (binds(vol)) {
            return 0;
        }
        double vega = vix == vixAtValuation ? unit.spxVega()
                : Bsm.greeks(right, spx, strike, calendarYears, rate, yield, vol * time.clockVolScale).vegaPerVolPoint()
                        * time.clockVolScale * weight;
        return vega * 100 * otherVolSlope;
    }

    @Override
    double spxKink() {
        return strike;
    }

    @Override
    String underlyingLabel() {
        return "SPX";
    }
}
