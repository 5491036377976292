package org.condordesk.ui.edit;

import java.time.LocalDate;
import java.time.YearMonth;

import org.condordesk.market.MarketState;
import org.condordesk.market.Tenor;
import org.condordesk.market.VixCalendar;
import org.condordesk.model.EtfQuote;
import org.condordesk.model.InstrumentKind;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.model.Settlement;
import org.condordesk.model.SpxOption;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VixEtf;
import org.condordesk.model.VixEtfOption;
import org.condordesk.model.VixFuture;
import org.condordesk.model.VixOption;
import org.condordesk.pricing.Black76;
import org.condordesk.pricing.Bsm;

/**
 * A new leg for the "Add leg" menu: at the money, on the layer's own expiry where it has one, priced at
 * model with the default smile (SPX) or a typical VIX-option vol, so the position does not jump on adding.
 */
public final class LegDefaults {

    /** A typical 1–3 month VIX-option implied vol (vol of vol), decimal. */
    static final double VIX_OPTION_VOL = 0.85;
    /** A starting implied vol for options on a VIX-futures ETF (VXX-like), decimal; the trader types the real one. */
    static final double ETF_OPTION_VOL = 0.80;

    private LegDefaults() {
    }

    public static Leg create(Scenario scenario, Layer layer, InstrumentKind kind, OptionRight right) {
        MarketDefaults defaults = new MarketDefaults(scenario);
        return switch (kind) {
            case SPX_OPTION -> spxOption(defaults, layer, right);
            case VIX_OPTION -> vixOption(defaults, layer, right);
            case VIX_FUTURE -> {
                LocalDate expiry = vixExpiry(defaults, layer);
                yield Leg.linear(new VixFuture(expiry), 1, round2(defaults.futureAt(expiry)));
            }
            case VIX_ETF -> etf(scenario);
            case VIX_ETF_OPTION -> etfOption(scenario, defaults, right);
        };
    }

    /** An at-the-money option on the market's first ETF, expiring on the third Friday of next month. */
    private static Leg etfOption(Scenario scenario, MarketDefaults defaults, OptionRight right) {
        Leg shares = etf(scenario);
        VixEtf etf = (VixEtf) shares.instrument();
        LocalDate expiry = VixCalendar.thirdFriday(YearMonth.from(scenario.valuationTime()).plusMonths(1));
        double strike = Math.max(1, Math.round(shares.entryPrice()));
        double years = defaults.daysTo(expiry, 16, 0) / Tenor.DAYS_PER_YEAR;
        double price = Bsm.price(right, shares.entryPrice(), strike, years, defaults.market().rate(), 0, ETF_OPTION_VOL);
        return Leg.option(new VixEtfOption(etf, right, strike, expiry), 1, round2(price), ETF_OPTION_VOL);
    }

    private static Leg spxOption(MarketDefaults defaults, Layer layer, OptionRight right) {
        LocalDate expiry = layer.legs().stream().filter(l -> l.instrument().kind() == InstrumentKind.SPX_OPTION)
                .map(l -> l.instrument().expiryDate().orElseThrow()).findFirst().orElse(defaults.condorExpiry());
        MarketState market = defaults.market();
        double strike = MarketDefaults.roundTo(market.spxSpot(), 5);
        double years = defaults.spxYears(expiry, Settlement.PM);
        double vol = Math.round(market.smile().vol(strike, market.spxForward(years), years * Tenor.DAYS_PER_YEAR) * 1e4) / 1e4;
        double price = Bsm.price(right, market.spxSpot(), strike, years, market.rate(), market.dividendYield(), vol);
        return Leg.option(new SpxOption(right, strike, expiry, Settlement.PM), 1, round2(price), vol);
    }

    private static Leg vixOption(MarketDefaults defaults, Layer layer, OptionRight right) {
        LocalDate expiry = vixExpiry(defaults, layer);
        double future = defaults.futureAt(expiry);
        double strike = Math.round(future);
        double years = defaults.daysTo(expiry, 9, 30) / Tenor.DAYS_PER_YEAR;
        double price = Black76.price(right, future, strike, years, defaults.market().rate(), VIX_OPTION_VOL);
        return Leg.option(new VixOption(right, strike, expiry), 1, round2(price), VIX_OPTION_VOL);
    }

    private static LocalDate vixExpiry(MarketDefaults defaults, Layer layer) {
        return layer.legs().stream()
                .filter(l -> l.instrument().kind() == InstrumentKind.VIX_OPTION || l.instrument().kind() == InstrumentKind.VIX_FUTURE)
                .map(l -> l.instrument().expiryDate().orElseThrow()).findFirst()
                .orElse(defaults.vixExpiries(2).get(1));
    }

    private static Leg etf(Scenario scenario) {
        EtfQuote quote = scenario.market().etfQuotes().stream().findFirst().orElseThrow(() ->
                new ValidationException("market.etfQuotes", "add an ETF price in the Market tab first"));
        return Leg.linear(new VixEtf(quote.symbol(), 30, 1), 100, quote.price());
    }

    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
