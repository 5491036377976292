package org.condordesk.ui.edit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.condordesk.model.Check;
import org.condordesk.model.Instrument;
import org.condordesk.model.InstrumentKind;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionInstrument;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Quote;
import org.condordesk.model.Settlement;
import org.condordesk.model.SpxOption;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VixFuture;
import org.condordesk.ui.format.Fmt;

/**
 * Turns what a trader typed into a cell into a new leg, or a {@link ValidationException} naming the field
 * and saying why. The leg records do the range checks; this class parses and routes by instrument.
 */
public final class LegEdits {

    /** Implied vol is typed in percent: 18.5 means 0.185. */
    static final double MAX_VOL_PERCENT = Leg.MAX_IMPLIED_VOL * 100;

    private LegEdits() {
    }

    /** The leg with {@code field} set from {@code text}. */
    public static Leg apply(Leg leg, LegField field, String text) {
        Instrument instrument = leg.instrument();
        return switch (field) {
            case RIGHT -> leg.withInstrument(withRight(instrument, parseEnum(OptionRight.class, "right", text)));
            case STRIKE -> leg.withInstrument(withStrike(instrument, number("strike", text)));
            case EXPIRY -> leg.withInstrument(withExpiry(instrument, date(text)));
            case SETTLEMENT -> leg.withInstrument(withSettlement(instrument, parseEnum(Settlement.class, "settlement", text)));
            case QUANTITY -> leg.withQuantity(integer(text));
            case ENTRY_PRICE -> leg.withEntryPrice(number("entryPrice", text));
            case BID -> withBid(leg, text);
            case ASK -> withAsk(leg, text);
            case IMPLIED_VOL_PCT -> withVolPercent(leg, text);
        };
    }

    /** Whether a plan re-prices the leg's entry after this field changes: what the leg is, or how many. */
    public static boolean repricesEntry(LegField field) {
        return switch (field) {
            case RIGHT, STRIKE, EXPIRY, SETTLEMENT, QUANTITY -> true;
            default -> false;
        };
    }

    /** Whether the field means anything for this leg (a future has no strike). */
    public static boolean applies(Leg leg, LegField field) {
        Instrument instrument = leg.instrument();
        return switch (field) {
            case RIGHT, STRIKE, IMPLIED_VOL_PCT -> instrument.isOption();
            case EXPIRY -> instrument.expiryDate().isPresent();
            case SETTLEMENT -> instrument.kind() == InstrumentKind.SPX_OPTION;
            default -> true;
        };
    }

    /** The text a cell editor starts from. */
    public static String text(Leg leg, LegField field) {
        Instrument instrument = leg.instrument();
        return switch (field) {
            case RIGHT -> instrument.optionRight().map(Enum::name).orElse("");
            case STRIKE -> instrument.optionStrike().isPresent() ? Check.format(instrument.optionStrike().getAsDouble()) : "";
            case EXPIRY -> instrument.expiryDate().map(LocalDate::toString).orElse("");
            case SETTLEMENT -> instrument.kind() == InstrumentKind.SPX_OPTION ? ((SpxOption) instrument).settlement().name() : "";
            case QUANTITY -> Integer.toString(leg.quantity());
            case ENTRY_PRICE -> Check.format(leg.entryPrice());
            case BID -> leg.quote().map(q -> Check.format(q.bid())).orElse("");
            case ASK -> leg.quote().map(q -> Check.format(q.ask())).orElse("");
            case IMPLIED_VOL_PCT -> leg.impliedVol().isPresent()
                    ? Check.format(Math.round(leg.impliedVol().getAsDouble() * 1e6) / 1e4) : "";
        };
    }

    private static Instrument withRight(Instrument instrument, OptionRight right) {
        return option(instrument, "right").withRight(right);
    }

    private static Instrument withStrike(Instrument instrument, double strike) {
        return option(instrument, "strike").withStrike(strike);
    }

    private static Instrument withExpiry(Instrument instrument, LocalDate expiry) {
        if (instrument instanceof VixFuture future) {
            return future.withExpiry(expiry);
        }
        return option(instrument, "expiry").withExpiry(expiry);
    }

    /** The instrument as an option, or the error that {@code field} does not apply to it. */
    private static OptionInstrument option(Instrument instrument, String field) {
        if (instrument instanceof OptionInstrument option) {
            return option;
        }
        throw notFor(field, instrument);
    }

    private static Instrument withSettlement(Instrument instrument, Settlement settlement) {
        if (instrument.kind() != InstrumentKind.SPX_OPTION) {
            throw notFor("settlement", instrument);
        }
        SpxOption spx = (SpxOption) instrument;
        return new SpxOption(spx.right(), spx.strike(), spx.expiry(), settlement);
    }

    private static Leg withBid(Leg leg, String text) {
        if (text.isBlank()) {
            return leg.withQuote(null);
        }
        double bid = number("bid", text);
        Optional<Quote> quote = leg.quote();
        if (quote.isPresent() && bid > quote.get().ask()) {
            throw new ValidationException("bid", "must be <= ask (" + Check.format(quote.get().ask()) + "), got " + Check.format(bid));
        }
        return leg.withQuote(new Quote(bid, quote.map(Quote::ask).orElse(bid)));
    }

    private static Leg withAsk(Leg leg, String text) {
        if (text.isBlank()) {
            return leg.withQuote(null);
        }
        double ask = number("ask", text);
        return leg.withQuote(new Quote(leg.quote().map(Quote::bid).orElse(ask), ask));
    }

    private static Leg withVolPercent(Leg leg, String text) {
        if (!leg.instrument().isOption()) {
            throw notFor("impliedVol", leg.instrument());
        }
        double percent = number("impliedVol", text);
        if (percent <= 0 || percent > MAX_VOL_PERCENT) {
            throw new ValidationException("impliedVol", "must be > 0 and <= " + Check.format(MAX_VOL_PERCENT)
                    + " (in percent: 18.5 = 18.5%), got " + Check.format(percent));
        }
        return leg.withImpliedVol(percent / 100);
    }

    /** A typed number; not a number is a ValidationException naming {@code field}. */
    public static double number(String field, String text) {
        try {
            double value = Fmt.parse(text);
            return Check.finite(field, value);
        } catch (NumberFormatException e) {
            throw new ValidationException(field, "is not a number: '" + text.strip() + "'");
        }
    }

    private static int integer(String text) {
        double value;
        try {
            value = Fmt.parse(text);
        } catch (NumberFormatException e) {
            throw new ValidationException("quantity", "is not a whole number: '" + text.strip() + "'");
        }
        if (value != Math.rint(value) || Math.abs(value) > Leg.MAX_QUANTITY) {
            throw new ValidationException("quantity", "must be a whole number within ±" + Leg.MAX_QUANTITY + ", got '" + text.strip() + "'");
        }
        return (int) value;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("expiry", "is not a date like 2026-12-09: '" + text.strip() + "'");
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String field, String text) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                    + ", got '" + text.strip() + "'");
        }
    }

    private static ValidationException notFor(String field, Instrument instrument) {
        return new ValidationException(field, "does not apply to " + instrument.label());
    }
}
