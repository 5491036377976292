package org.condordesk.store.csv;

import java.time.LocalDate;
import java.util.Locale;

import org.condordesk.market.OptionRoot;
import org.condordesk.model.Check;
import org.condordesk.model.OptionRight;
import org.condordesk.model.ValidationException;

/**
 * An option symbol as Cboe's quote table writes it, OCC style without padding: root, {@code yymmdd}, {@code C}
 * or {@code P}, strike × 1000 in eight digits ({@code SPXW250107C05930000}). The root names the settlement
 * (SPX AM, SPXW PM); date, right and strike must agree with the row's own columns, which catches shifted rows.
 */
final class OccSymbol {

    private OccSymbol() {
    }

    /** Root, expiry, right and strike of an option symbol standing alone (the delayed-quotes JSON has no columns). */
    record Parsed(OptionRoot root, LocalDate expiry, OptionRight right, double strike) {
    }

    static Parsed parse(String symbol, String where) {
        int tail = symbol.length() - 15;
        if (tail < 1 || !digits(symbol, tail, 6) || !digits(symbol, tail + 7, 8)
                || (symbol.charAt(tail + 6) != 'C' && symbol.charAt(tail + 6) != 'P')) {
            throw new ValidationException(where, "'" + symbol + "' is not an option symbol like SPXW250117P05900000");
        }
        String rootText = symbol.substring(0, tail);
        OptionRoot root = OptionRoot.parse(rootText).orElseThrow(() -> new ValidationException(where,
                "root '" + rootText + "' of " + symbol + " is not SPX, SPXW, VIX or VIXW"));
        LocalDate expiry;
        try {
            expiry = LocalDate.of(2000 + Integer.parseInt(symbol.substring(tail, tail + 2)),
                    Integer.parseInt(symbol.substring(tail + 2, tail + 4)), Integer.parseInt(symbol.substring(tail + 4, tail + 6)));
        } catch (java.time.DateTimeException e) {
            throw new ValidationException(where, symbol + " has no valid expiry date");
        }
        OptionRight right = symbol.charAt(tail + 6) == 'C' ? OptionRight.CALL : OptionRight.PUT;
        double strike = Long.parseLong(symbol.substring(tail + 7)) / 1000.0;
        if (!(strike > 0)) {
            throw new ValidationException(where, symbol + " has strike 0");
        }
        return new Parsed(root, expiry, right, strike);
    }

    static OptionRoot check(String symbol, LocalDate expiry, OptionRight right, double strike, String where) {
        int tail = symbol.length() - 15;
        if (tail < 1 || !digits(symbol, tail, 6) || !digits(symbol, tail + 7, 8)) {
            throw new ValidationException(where, "'" + symbol + "' is not an option symbol like SPXW250117P05900000");
        }
        String rootText = symbol.substring(0, tail);
        OptionRoot root = OptionRoot.parse(rootText).orElseThrow(() -> new ValidationException(where,
                "root '" + rootText + "' of " + symbol + " is not SPX, SPXW, VIX or VIXW"));
        LocalDate date = LocalDate.of(2000 + Integer.parseInt(symbol.substring(tail, tail + 2)),
                Integer.parseInt(symbol.substring(tail + 2, tail + 4)), 1);
        int day = Integer.parseInt(symbol.substring(tail + 4, tail + 6));
        if (date.getYear() != expiry.getYear() || date.getMonthValue() != expiry.getMonthValue()
                || day != expiry.getDayOfMonth()) {
            throw new ValidationException(where, symbol + " expires on another day than the row's " + expiry);
        }
        char side = symbol.charAt(tail + 6);
        if (side != (right == OptionRight.CALL ? 'C' : 'P')) {
            throw new ValidationException(where, symbol + " stands where the row's " + right.name().toLowerCase(Locale.ROOT)
                    + " should be");
        }
        double symbolStrike = Long.parseLong(symbol.substring(tail + 7)) / 1000.0;
        if (Math.abs(symbolStrike - strike) > 0.0005) {
            throw new ValidationException(where, symbol + " has strike " + Check.format(symbolStrike)
                    + ", the row's Strike is " + Check.format(strike));
        }
        return root;
    }

    private static boolean digits(String text, int from, int count) {
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
