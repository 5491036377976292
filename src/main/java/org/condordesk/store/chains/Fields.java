package org.condordesk.store.chains;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.condordesk.model.ValidationException;

/** Field parsing of the end-of-day chain layouts, each error naming its line. */
final class Fields {

    /** A strike or price above this is not an SPX or VIX option's (SPX has never been near 100,000). */
    static final double MAX_POINTS = 100_000;

    private Fields() {
    }

    static String text(String text, String column, String where) {
        String value = text.strip();
        if (value.isEmpty() || value.length() > 16) {
            throw new ValidationException(where, column + " '" + value + "' must be 1 to 16 characters");
        }
        return value;
    }

    /** DataShop writes {@code ^SPX}; the store keeps the index name. */
    static String underlying(String text) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        return value.startsWith("^") ? value.substring(1) : value;
    }

    static LocalDate date(String text, String column, String where) {
        String value = text.strip();
        try {
            // ISO dates; OptionsDX and DataShop both write YYYY-MM-DD (DataShop sometimes with a time after a space).
            int space = value.indexOf(' ');
            return LocalDate.parse(space > 0 ? value.substring(0, space) : value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(where, column + " '" + value + "' is not a YYYY-MM-DD date");
        }
    }

    static double strike(String text, String where) {
        double strike = number(text, "strike", where);
        if (!(strike > 0) || strike > MAX_POINTS) {
            throw new ValidationException(where, "strike must be > 0 and below " + (long) MAX_POINTS + ", got " + text.strip());
        }
        return strike;
    }

    /** A bid or ask; empty is 0 (no bid), negative or absurd is an error. */
    static double price(String text, String column, String where) {
        if (text.isBlank()) {
            return 0;
        }
        double price = number(text, column, where);
        if (price < 0 || price > MAX_POINTS) {
            throw new ValidationException(where, column + " must be between 0 and " + (long) MAX_POINTS + ", got " + text.strip());
        }
        return price;
    }

    static char right(String text, String where) {
        String value = text.strip().toUpperCase(Locale.ROOT);
        return switch (value) {
            case "C", "CALL" -> 'C';
            case "P", "PUT" -> 'P';
            default -> throw new ValidationException(where, "option type '" + text.strip() + "' is not C, P, CALL or PUT");
        };
    }

    /** The quote's own consistency: it expires on or after the day it was quoted. */
    static void check(EodLayout.Quote quote, String where) {
        if (quote.expiry.isBefore(quote.quoteDate)) {
            throw new ValidationException(where, "expiration " + quote.expiry + " is before the quote date " + quote.quoteDate);
        }
    }

    static boolean isThirdFriday(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.FRIDAY && (date.getDayOfMonth() - 1) / 7 == 2;
    }

    private static double number(String text, String column, String where) {
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ValidationException(where, column + " is not a number: '" + text.strip() + "'");
    }
}
