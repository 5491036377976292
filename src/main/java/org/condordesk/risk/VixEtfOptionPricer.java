package org.condordesk.risk;

import org.condordesk.market.MarketState;
import org.condordesk.model.OptionRight;
import org.condordesk.model.VixEtfOption;
import org.condordesk.pricing.Black;
import org.condordesk.pricing.Bsm;
import org.condordesk.pricing.OptionGreeks;

/**
 * Options on VIX-ETF shares: Black–Scholes–Merton (no yield) on the ETF's price from {@link VixEtfPricer} with the
 * option's own vol; its VIX vega is the BSM delta times the ETF's {@code dP/dVIX = P_n·L·b(c)/F_c}
 * (docs/model.md §16), zero where the ETF's floor binds; it settles at its intrinsic value on the ETF's modelled
 * price at the expiry instant (decayed by the roll-down up to then, not the quote of the valuation time: issue 25 §4).
 */
public final class VixEtfOptionPricer extends InstrumentPricer {

    /** The least share price handed to BSM's log-moneyness when the ETF's floor binds ($). */
    private static final double LEAST_SHARE_PRICE = 1e-12;

    private final OptionRight right;
    private final double strike;
    private final double vol;
    private final double rate;
    private final String symbol;
    private final VixEtfPricer etf;
    /** The ETF at the option's expiry instant: what it settles on, whatever the pricer's date. */
    private final VixEtfPricer etfAtExpiry;
    private final OptionTime time;

    VixEtfOptionPricer(VixEtfOption option, double impliedVol, MarketState market, double expiryDays,
                       double elapsedDays) {
        super(market, expiryDays - elapsedDays);
        this.right = option.right();
        this.strike = option.strike();
        this.vol = impliedVol;
        this.rate = market.rate();
        this.symbol = option.underlying().symbol();
        this.etf = new VixEtfPricer(option.underlying(), market, elapsedDays);
        this.etfAtExpiry = new VixEtfPricer(option.underlying(), market, Math.max(expiryDays, 0));
        this.time = new OptionTime(market, strike, expiryDays, elapsedDays, calendarYears);
    }

    @Override
    public double price(double spx, double vix) {
        if (expired()) {
            // Settled at the expiry instant on the ETF's price then (a later date does not decay it further).
            return intrinsic(right, etfAtExpiry.price(spx, vix), strike);
        }
        // BSM with no yield: the share undiscounted, the strike discounted e^(−rτ).
        return Black.price(right, etf.price(spx, vix), time.discountedStrike, vol * time.sqrtVarianceYears);
    }

    /**
     * On the held path (spot VIX unchanged) the ETF at the expiry instant is its held price decayed by the roll-down
     * to then, {@code P_0·(1 + L·roll/F_c)^τ} (docs/model.md §16): the option settles at its intrinsic value on it.
     */
    @Override
    public double settlementValue(double spx, double vix) {
        return intrinsic(right, etfAtExpiry.price(spx, vixAtValuation), strike);
    }

    @Override
    double settledLevel(double spx, double vix, boolean before) {
        return before ? etfAtExpiry.price(spx, vixAtValuation) : etfAtExpiry.price(spx, vix);
    }

    @Override
    PricedGreeks greeks(double spx, double vix, double unitPrice, double weight, double pnl, double theta) {
        double share = etf.price(spx, vix);
        double etfPerCmPoint = share > 0 ? etf.perCmPoint() : 0;
        OptionGreeks g = Bsm.greeks(right, Math.max(share, LEAST_SHARE_PRICE), strike, calendarYears, rate, 0,
                vol * time.clockVolScale);
        double deltaPerCmPoint = g.delta() * etfPerCmPoint * weight;
        Greeks greeks = Greeks.vixOption(unitPrice * weight, pnl, theta,
                g.vegaPerVolPoint() * time.clockVolScale * weight, deltaPerCmPoint * etf.beta(),
                g.rhoPerPoint() * weight);
        return new PricedGreeks(share, vol, deltaPerCmPoint, greeks);
    }

    @Override
    String underlyingLabel() {
        return symbol;
    }
}
