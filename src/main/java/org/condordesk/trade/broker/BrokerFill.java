package org.condordesk.trade.broker;

import java.time.LocalDateTime;
import java.util.Locale;

import org.condordesk.model.Instrument;
import org.condordesk.model.ValidationException;

/**
 * One row of a broker file mapped to a fill: its line number, the time (New York local), the instrument, the
 * signed quantity (+ bought), the price per unit in points, the fees paid in dollars, and whether the broker said
 * it opened or closed a position ({@link Effect#UNSTATED} when the layout has no such flag).
 */
public record BrokerFill(int line, LocalDateTime time, Instrument instrument, int quantity, double price, double fees,
        Effect effect) {

    /** The broker's opening/closing flag: IBKR's O/C code, thinkorswim's Pos Effect, tastytrade's BUY_TO_CLOSE. */
    public enum Effect {
        OPEN, CLOSE, UNSTATED;

        /** {@code O}, {@code C}, {@code TO OPEN}, {@code to close}, {@code open}, {@code close}; empty: unstated. */
        static Effect of(String text, String column) {
            String upper = text.strip().toUpperCase(Locale.ROOT);
            return switch (upper) {
                case "" -> UNSTATED;
                case "O", "OPEN", "TO OPEN" -> OPEN;
                case "C", "CLOSE", "TO CLOSE" -> CLOSE;
                default -> throw new ValidationException(column, "'" + text + "' is neither an opening nor a closing flag"
                        + " (O, C, open, close, TO OPEN, TO CLOSE)");
            };
        }
    }

    public BrokerFill {
        if (effect == null) {
            effect = Effect.UNSTATED;
        }
    }

    /** A fill whose file says nothing about opening or closing. */
    public BrokerFill(int line, LocalDateTime time, Instrument instrument, int quantity, double price, double fees) {
        this(line, time, instrument, quantity, price, fees, Effect.UNSTATED);
    }

    /** "Buy to close", "Sell to open": how a message names the row's side and flag. */
    String sideAndEffect() {
        return (quantity > 0 ? "Buy" : "Sell") + (effect == Effect.UNSTATED ? "" : effect == Effect.OPEN ? " to open" : " to close");
    }
}
