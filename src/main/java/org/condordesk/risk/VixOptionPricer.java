package org.condordesk.risk;

import org.condordesk.market.MarketState;
import org.condordesk.model.OptionRight;
import org.condordesk.model.VixFuture;
import org.condordesk.model.VixOption;
import org.condordesk.pricing.Black;
import org.condordesk.pricing.Black76;
import org.condordesk.pricing.OptionGreeks;

/**
 * VIX options: Black-76 on the VIX future of the same settlement ({@link VixFuturePricer}) with the option's own
 * vol (vol of vol); its VIX vega is the future's delta times the future's beta (docs/model.md §4); cash-settled at
 * {@code max(±(VIX − K), 0)} on the special opening quotation.
 */
public final class VixOptionPricer extends InstrumentPricer {

    private final OptionRight right;
    private final double strike;
    private final double vol;
    private final double rate;
    private final double vixSpot;
    private final VixFuturePricer future;
    private final OptionTime time;

    VixOptionPricer(VixOption option, double impliedVol, MarketState market, double expiryDays, double elapsedDays) {
        super(market, expiryDays - elapsedDays);
        this.right = option.right();
        this.strike = option.strike();
        this.vol = impliedVol;
        this.rate = market.rate();
        this.vixSpot = market.vixSpot();
        this.future = new VixFuturePricer(new VixFuture(option.expiry()), market, expiryDays, elapsedDays);
        this.time = new OptionTime(market, strike, expiryDays, elapsedDays, calendarYears);
    }

    @Override
    public double price(double spx, double vix) {
        // Black-76: the future discounted e^(−rτ) like the strike.
        return expired() ? intrinsic(right, vix, strike)
                : Black.price(right, future.level(vix) * time.rateDiscount, time.discountedStrike,
                        vol * time.sqrtVarianceYears);
    }

    @Override
    public double settlementValue(double spx, double vix) {
        return intrinsic(right, vix, strike);
    }

    @Override
    double settledLevel(double spx, double vix, boolean before) {
        return before ? vixSpot : vix;
    }

    @Override
    PricedGreeks greeks(double spx, double vix, double unitPrice, double weight, double pnl, double theta) {
        double level = future.level(vix);
        OptionGreeks g = Black76.greeks(right, level, strike, calendarYears, rate, vol * time.clockVolScale);
        double deltaDollars = g.delta() * weight;
        double vixVega = level > VixFuturePricer.MIN_FUTURE_POINTS ? deltaDollars * future.beta() : 0;
        Greeks greeks = Greeks.vixOption(unitPrice * weight, pnl, theta,
                g.vegaPerVolPoint() * time.clockVolScale * weight, vixVega, g.rhoPerPoint() * weight);
        return new PricedGreeks(level, vol, deltaDollars, greeks);
    }

    @Override
    String underlyingLabel() {
        return future.underlyingLabel();
    }
}
