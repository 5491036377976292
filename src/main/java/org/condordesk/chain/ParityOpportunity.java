package org.condordesk.chain;

import java.time.LocalDate;
import java.util.Locale;

import org.condordesk.market.OptionRoot;

/**
 * One executable parity package and its edge net of costs, in index points per unit (× the multiplier for
 * dollars per package). {@code upperStrike} is the box's second strike (NaN for a conversion or reversal);
 * {@code impliedRate} is the continuous rate the package earns or pays at its executable prices.
 */
public record ParityOpportunity(OptionRoot root, LocalDate expiry, Kind kind, Direction direction, double strike,
                                double upperStrike, double edgePoints, double impliedRate, String legs) {

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

    /** "SPXW 2025-01-17". */
    public String expiryLabel() {
        return root + " " + expiry;
    }
}
