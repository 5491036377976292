package org.condordesk.chain;

/** Which price of a quote: the bid, the ask or their mid. */
public enum PriceSide {
    BID, ASK, MID
}
