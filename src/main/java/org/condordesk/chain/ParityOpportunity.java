package org.condordesk.chain;

import java.time.LocalDate;
import java.util.Locale;

import org.condordesk.market.OptionRoot;
import org.condordesk.model.Check;

/**
 * One executable parity package and its edge net of costs, in index points per unit (× the multiplier for
 * dollars per package). {@code upperStrike} is the box's second strike (NaN for a conversion or reversal);
 * {@code impliedRate} is the continuous rate the package earns or pays at its executable prices. The prices
 * traded: a conversion's or reversal's call and put and the forward; a box's net price (NaN where not used).
 */
public record ParityOpportunity(OptionRoot root, LocalDate expiry, Kind kind, Direction direction, double strike,
                                double upperStrike, double edgePoints, double impliedRate, double callPrice,
                                double putPrice, double forward, double boxPrice) {

    /** The package. */
    public enum Kind {
        /** Sell the call at its bid, buy the put at its ask, buy the forward: receives K − F at expiry. */
        CONVERSION,
        /** Buy the call at its ask, sell the put at its bid, sell the forward: receives F − K at expiry. */
        REVERSAL,
        /** Long call and short put at K₁, short call and long put at K₂: pays K₂ − K₁ at expiry. */
        BOX;

        /** "conversion", "reversal", "box": the JSON and CLI name. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** A box is bought (lending at its rate) or sold (borrowing); conversions and reversals are one way. */
    public enum Direction {
        BUY, SELL
    }

    /** What to trade at which prices: "sell call @12.1, buy put @10.4, buy forward @7612.5". */
    public String legs() {
        return switch (kind) {
            case CONVERSION -> "sell call @" + price(callPrice) + ", buy put @" + price(putPrice) + ", buy forward @"
                    + price(forward);
            case REVERSAL -> "buy call @" + price(callPrice) + ", sell put @" + price(putPrice) + ", sell forward @"
                    + price(forward);
            case BOX -> (direction == Direction.BUY ? "buy" : "sell") + " the " + price(strike) + "/"
                    + price(upperStrike) + " box @" + price(boxPrice);
        };
    }

    private static String price(double value) {
        return Check.format(Math.round(value * 100) / 100.0);
    }

    /** "SPXW 2025-01-17". */
    public String expiryLabel() {
        return root + " " + expiry;
    }
}
