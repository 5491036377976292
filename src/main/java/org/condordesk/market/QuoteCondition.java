package org.condordesk.market;

/**
 * The state of one option's bid and ask. Only {@link #TWO_SIDED} and {@link #ZERO_BID} quotes have a usable
 * mid; the others are flagged at import and kept out of forwards, smiles and the VIX strip.
 */
public enum QuoteCondition {
    /** 0 &lt; bid ≤ ask. */
    TWO_SIDED,
    /** bid = 0 &lt; ask: nobody bids (far wings); the mid is ask/2 and the Cboe strip stops on two in a row. */
    ZERO_BID,
    /** ask = 0 &lt; bid: a bid and no offer (one-sided). */
    NO_ASK,
    /** bid = ask = 0: no market at all (after hours, or an unquoted series). */
    NO_QUOTE,
    /** bid &gt; ask &gt; 0: a crossed market, not a price anyone can trade at both sides. */
    CROSSED;

    /** The condition of a quote with this bid and ask (0 = that side is empty). */
    public static QuoteCondition of(double bid, double ask) {
        if (bid > 0 && ask > 0) {
            return bid > ask ? CROSSED : TWO_SIDED;
        }
        if (ask > 0) {
            return ZERO_BID;
        }
        return bid > 0 ? NO_ASK : NO_QUOTE;
    }

    /** Whether the quote has a mid a forward, smile or strip may use. */
    public boolean hasMid() {
        return this == TWO_SIDED || this == ZERO_BID;
    }
}
