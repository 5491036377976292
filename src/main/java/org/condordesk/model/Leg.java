package org.condordesk.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A position in one instrument: signed quantity (negative = short), entry price per unit in points
 * (what was paid or received), the option's implied volatility (decimal, required for options and absent
 * otherwise), an optional bid/ask and, for a live leg, its fills. A plan leg has no fills and a non-zero
 * quantity. A live leg's quantity and entry are its fills' open quantity and quantity-weighted average open
 * price ({@link FifoLedger}); a quantity of 0 is a closed leg, kept for its realised P&L and trade log.
 */
public record Leg(Instrument instrument, int quantity, double entryPrice, OptionalDouble impliedVol,
                  Optional<Quote> quote, List<Fill> fills) {

    public static final int MAX_QUANTITY = 1_000_000;
    public static final double MAX_IMPLIED_VOL = 5.0;
    public static final int MAX_FILLS = 1000;

    public Leg {
        Check.present("instrument", instrument);
        fills = Check.list("fills", fills, MAX_FILLS);
        if (fills.isEmpty() && quantity == 0) {
            throw new ValidationException("quantity", "must not be 0");
        }
        if (Math.abs(quantity) > MAX_QUANTITY) {
            throw new ValidationException("quantity", "must be within ±" + MAX_QUANTITY + ", got " + quantity);
        }
        Check.price("entryPrice", entryPrice);
        Objects.requireNonNull(impliedVol, "impliedVol");
        Objects.requireNonNull(quote, "quote");
        checkVol(instrument, impliedVol);
        if (!fills.isEmpty()) {
            checkFills(instrument, quantity, entryPrice, fills);
        }
    }

    /** A plan leg (no fills), as before fills existed. */
    public Leg(Instrument instrument, int quantity, double entryPrice, OptionalDouble impliedVol, Optional<Quote> quote) {
        this(instrument, quantity, entryPrice, impliedVol, quote, List.of());
    }

    private static void checkVol(Instrument instrument, OptionalDouble impliedVol) {
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

    /** Fills in time order; quantity and entry must be what they give (a live leg's are derived, never typed). */
    private static void checkFills(Instrument instrument, int quantity, double entryPrice, List<Fill> fills) {
        for (int i = 1; i < fills.size(); i++) {
            if (fills.get(i).time().isBefore(fills.get(i - 1).time())) {
                throw new ValidationException("fills[" + i + "].time", "is before the previous fill's "
                        + fills.get(i - 1).time() + " (fills are kept in time order)");
            }
        }
        FifoLedger ledger = FifoLedger.of(fills, instrument.multiplier());
        if (Math.abs(ledger.openQuantity()) > MAX_QUANTITY) {
            throw new ValidationException("fills", "open quantity " + ledger.openQuantity() + " is beyond ±" + MAX_QUANTITY);
        }
        if (quantity != ledger.openQuantity()) {
            throw new ValidationException("quantity", quantity + " is not the fills' open quantity "
                    + ledger.openQuantity() + " (a live leg's quantity comes from its fills)");
        }
        if (entryPrice != ledger.averageOpenPrice()) {
            throw new ValidationException("entryPrice", Check.format(entryPrice) + " is not the fills' average open price "
                    + Check.format(ledger.averageOpenPrice()) + " (a live leg's entry comes from its fills)");
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

    /** A live leg: quantity and entry derived from {@code fills} (at least one, in time order). */
    public static Leg live(Instrument instrument, List<Fill> fills, OptionalDouble impliedVol, Optional<Quote> quote) {
        if (fills.isEmpty()) {
            throw new ValidationException("fills", "a live leg needs at least one fill");
        }
        FifoLedger ledger = FifoLedger.of(fills, instrument.multiplier());
        return new Leg(instrument, ledger.openQuantity(), ledger.averageOpenPrice(), impliedVol, quote, fills);
    }

    /** Implied vol of an option leg; throws for futures and ETFs. */
    public double vol() {
        return impliedVol.orElseThrow(() -> new IllegalStateException(instrument.label() + " has no implied vol"));
    }

    /** True when the leg carries fills (a leg of a live position). */
    public boolean isLive() {
        return !fills.isEmpty();
    }

    /** True for a live leg whose lots are all closed: it keeps its realised P&L and leaves the greeks. */
    public boolean isClosed() {
        return !fills.isEmpty() && quantity == 0;
    }

    /** The fills matched first in, first out; a plan leg's ledger is empty. */
    public FifoLedger ledger() {
        return FifoLedger.of(fills, instrument.multiplier());
    }

    public Leg withInstrument(Instrument newInstrument) {
        requirePlan("instrument");
        OptionalDouble vol = newInstrument.isOption()
                ? (impliedVol.isPresent() ? impliedVol : OptionalDouble.of(0.2))
                : OptionalDouble.empty();
        return new Leg(newInstrument, quantity, entryPrice, vol, quote);
    }

    public Leg withQuantity(int newQuantity) {
        requirePlan("quantity");
        return new Leg(instrument, newQuantity, entryPrice, impliedVol, quote);
    }

    public Leg withEntryPrice(double newEntryPrice) {
        requirePlan("entryPrice");
        return new Leg(instrument, quantity, newEntryPrice, impliedVol, quote);
    }

    public Leg withImpliedVol(double newVol) {
        return new Leg(instrument, quantity, entryPrice, OptionalDouble.of(newVol), quote, fills);
    }

    public Leg withQuote(Quote newQuote) {
        return new Leg(instrument, quantity, entryPrice, impliedVol, Optional.ofNullable(newQuote), fills);
    }

    /** The live leg with these fills (its quantity and entry follow); no fills makes a plan leg impossible here. */
    public Leg withFills(List<Fill> newFills) {
        return live(instrument, newFills, impliedVol, quote);
    }

    private void requirePlan(String field) {
        if (isLive()) {
            throw new ValidationException(field, "a live leg's " + field + " comes from its fills: trade or edit "
                    + "the fills in the trade log instead");
        }
    }
}
