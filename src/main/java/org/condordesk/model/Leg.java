package org.condordesk.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A position in one instrument: signed quantity (negative = short), entry price per unit in points
 * (what was paid or received), the option's implied volatility (decimal, required for options and absent
 * otherwise) and an optional bid/ask.
 */
public record Leg(Instrument instrument, int quantity, double entryPrice, OptionalDouble impliedVol,
                  Optional<Quote> quote) {

    public static final int MAX_QUANTITY = 1_000_000;
    public static final double MAX_IMPLIED_VOL = 5.0;

    public Leg {
        Check.present("instrument", instrument);
        if (quantity == 0) {
            throw new ValidationException("quantity", "must not be 0");
        }
        if (Math.abs(quantity) > MAX_QUANTITY) {
            throw new ValidationException("quantity", "must be within ±" + MAX_QUANTITY + ", got " + quantity);
        }
        Check.nonNegative("entryPrice", entryPrice);
        Objects.requireNonNull(impliedVol, "impliedVol");
        Objects.requireNonNull(quote, "quote");
        if (instrument.isOption()) {
            if (impliedVol.isEmpty()) {
                throw new ValidationException("impliedVol", "is missing (an option leg needs its implied volatility)");
            }
            double vol = impliedVol.getAsDouble();
            Check.finite("impliedVol", vol);
            if (vol <= 0 || vol > MAX_IMPLIED_VOL) {
                throw new ValidationException("impliedVol",
                        "must be > 0 and <= " + Check.format(MAX_IMPLIED_VOL) + " (a decimal: 0.15 = 15%), got " + vol);
            }
        } else if (impliedVol.isPresent()) {
            throw new ValidationException("impliedVol", "only option legs carry an implied volatility");
        }
    }

    /** An option leg. */
    public static Leg option(Instrument option, int quantity, double entryPrice, double impliedVol) {
        return new Leg(option, quantity, entryPrice, OptionalDouble.of(impliedVol), Optional.empty());
    }

    /** A future or ETF leg (no implied volatility). */
    public static Leg linear(Instrument instrument, int quantity, double entryPrice) {
        return new Leg(instrument, quantity, entryPrice, OptionalDouble.empty(), Optional.empty());
    }

    /** Implied vol of an option leg; throws for futures and ETFs. */
    public double vol() {
        return impliedVol.orElseThrow(() -> new IllegalStateException(instrument.label() + " has no implied vol"));
    }

    public Leg withInstrument(Instrument newInstrument) {
        OptionalDouble vol = newInstrument.isOption()
                ? (impliedVol.isPresent() ? impliedVol : OptionalDouble.of(0.2))
                : OptionalDouble.empty();
        return new Leg(newInstrument, quantity, entryPrice, vol, quote);
    }

    public Leg withQuantity(int newQuantity) {
        return new Leg(instrument, newQuantity, entryPrice, impliedVol, quote);
    }

    public Leg withEntryPrice(double newEntryPrice) {
        return new Leg(instrument, quantity, newEntryPrice, impliedVol, quote);
    }

    public Leg withImpliedVol(double newVol) {
        return new Leg(instrument, quantity, entryPrice, OptionalDouble.of(newVol), quote);
    }

    public Leg withQuote(Quote newQuote) {
        return new Leg(instrument, quantity, entryPrice, impliedVol, Optional.ofNullable(newQuote));
    }
}
