package org.condordesk.chain;

import org.condordesk.model.OptionRight;
import org.condordesk.pricing.ImpliedVol;
import org.condordesk.pricing.PricingException;

/**
 * Black-76 implied vols of every option of one expiry at its bid, ask and mid, on the implied forward and
 * discount factor ({@code price = DF·Black(F, K, σ, T)}), solved by {@link ImpliedVol#black76}. NaN where the
 * price is missing, zero, or outside the no-arbitrage bounds {@code DF·max(ω(F − K), 0) < price < DF·F (call)
 * or DF·K (put)}: an in-the-money quote a tick under its intrinsic value has no implied vol.
 */
public final class QuoteVols {

    private final double[][] vols = new double[6][];

    private QuoteVols(ExpiryQuotes quotes, ImpliedForward forward) {
        double years = quotes.years();
        double rate = forward.rate(years);
        for (OptionRight right : OptionRight.values()) {
            for (PriceSide side : PriceSide.values()) {
                double[] column = new double[quotes.size()];
                for (int i = 0; i < quotes.size(); i++) {
                    column[i] = solve(right, price(quotes, right, side, i), forward, quotes.strike(i), years, rate);
                }
                vols[slot(right, side)] = column;
            }
        }
    }

    public static QuoteVols of(ExpiryQuotes quotes, ImpliedForward forward) {
        return new QuoteVols(quotes, forward);
    }

    private static int slot(OptionRight right, PriceSide side) {
        return right.ordinal() * 3 + side.ordinal();
    }

    /** The price of one option at one side; NaN when that side is not quoted. */
    static double price(ExpiryQuotes quotes, OptionRight right, PriceSide side, int i) {
        return switch (side) {
            case BID -> quotes.bid(right, i);
            case ASK -> quotes.ask(right, i);
            case MID -> quotes.mid(right, i);
        };
    }

    private static double solve(OptionRight right, double price, ImpliedForward forward, double strike, double years,
                                double rate) {
        double df = forward.discountFactor();
        double intrinsic = df * Math.max(right.sign() * (forward.forward() - strike), 0);
        double upper = df * (right == OptionRight.CALL ? forward.forward() : strike);
        if (!(price > intrinsic && price < upper)) {
            return Double.NaN;
        }
        try {
            return ImpliedVol.black76(right, price, forward.forward(), strike, years, rate);
        } catch (PricingException e) {
            return Double.NaN;        // beyond 1000 % vol: not a usable point of the smile
        }
    }

    /** The implied vol (decimal) of the option at strike index i, at {@code side}; NaN when there is none. */
    public double vol(OptionRight right, PriceSide side, int i) {
        return vols[slot(right, side)][i];
    }

    /** The out-of-the-money option at strike K against forward F: the put below F, the call at and above. */
    public static OptionRight outOfTheMoney(double strike, double forward) {
        return strike < forward ? OptionRight.PUT : OptionRight.CALL;
    }
}
