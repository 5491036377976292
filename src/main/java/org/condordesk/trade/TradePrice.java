package org.condordesk.trade;

import org.condordesk.model.Check;
import org.condordesk.model.ValidationException;

/**
 * What a trade is priced at: the quote's mid (the model price where a leg has no quote, said in the result's
 * notes), the executable side of the quote (a sale at the bid, a purchase at the ask; a leg without a quote is
 * refused), the model price, or a price typed by the trader (points per unit, one leg at a time).
 */
public record TradePrice(Kind kind, double typed) {

    /** How the price is found. */
    public enum Kind { MID, BID_ASK, MODEL, TYPED }

    public TradePrice {
        Check.present("kind", kind);
        if (kind == Kind.TYPED) {
            Check.nonNegative("price", typed);
        } else if (!Double.isNaN(typed)) {
            throw new ValidationException("price", "only a typed price carries a number");
        }
    }

    public static TradePrice mid() {
        return new TradePrice(Kind.MID, Double.NaN);
    }

    public static TradePrice bidAsk() {
        return new TradePrice(Kind.BID_ASK, Double.NaN);
    }

    public static TradePrice model() {
        return new TradePrice(Kind.MODEL, Double.NaN);
    }

    public static TradePrice typed(double price) {
        return new TradePrice(Kind.TYPED, price);
    }

    /** How a result names the price: {@code at mid}, {@code at bid/ask}, {@code at model}, {@code at 12.5}. */
    public String describe() {
        return switch (kind) {
            case MID -> "at mid";
            case BID_ASK -> "at bid/ask";
            case MODEL -> "at model";
            case TYPED -> "at " + Check.format(typed);
        };
    }
}
