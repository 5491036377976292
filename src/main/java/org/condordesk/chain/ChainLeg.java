package org.condordesk.chain;

import java.util.Locale;
import java.util.Optional;

import org.condordesk.model.Check;
import org.condordesk.model.Instrument;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Quote;
import org.condordesk.model.ValidationException;
import org.condordesk.pricing.Black76;
import org.condordesk.pricing.ImpliedVol;
import org.condordesk.pricing.PricingException;

/**
 * One option leg filled from an analysed expiry: the chain's bid and ask where the strike is listed with a
 * two-sided or zero-bid quote, the entry price at the mid or the executable side, and the implied vol of that
 * quote's mid on {@code forward} — or, for a strike the chain does not quote, the fitted smile's vol and the
 * model price there (no bid/ask then).
 */
final class ChainLeg {

    private ChainLeg() {
    }

    static Leg fill(Instrument instrument, ExpiryAnalysis expiry, double forward, double strike, int quantity,
                    Fill fill) {
        OptionRight right = instrument.optionRight().orElseThrow();
        ExpiryQuotes quotes = expiry.quotes();
        int i = quotes.indexOf(strike);
        double years = expiry.years();
        double rate = expiry.rate();
        Optional<Quote> quote = Optional.empty();
        double mid = i >= 0 ? quotes.mid(right, i) : Double.NaN;
        double vol = Double.NaN;
        double price;
        if (!Double.isNaN(mid)) {
            quote = Optional.of(new Quote(quotes.bid(right, i), quotes.ask(right, i)));
            vol = impliedVol(right, mid, forward, strike, years, rate);
            price = fill == Fill.MID ? mid : quantity > 0 ? quotes.ask(right, i) : quotes.bid(right, i);
        } else {
            price = Double.NaN;
        }
        if (!(vol > 0)) {
            vol = expiry.volAt(strike);
        }
        if (!(vol > 0 && vol <= Leg.MAX_IMPLIED_VOL)) {
            throw new ValidationException("strike", Check.format(strike) + " " + right.name().toLowerCase(Locale.ROOT)
                    + " of " + quotes.label() + " has no usable implied vol in the chain");
        }
        if (Double.isNaN(price)) {
            price = Black76.price(right, forward, strike, years, rate, vol);
        }
        Leg leg = Leg.option(instrument, quantity, round(price, 4), round(vol, 4));   // a mid can end in a half cent
        return quote.map(leg::withQuote).orElse(leg);
    }

    /** Black-76 implied vol of {@code price}; NaN when the price is outside its bounds. */
    static double impliedVol(OptionRight right, double price, double forward, double strike, double years,
                             double rate) {
        try {
            return ImpliedVol.black76(right, price, forward, strike, years, rate);
        } catch (PricingException e) {
            return Double.NaN;
        }
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
