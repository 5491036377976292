package org.condordesk.model;

/** A bid/ask quote in points per unit. */
public record Quote(double bid, double ask) {

    public Quote {
        Check.nonNegative("bid", bid);
        Check.nonNegative("ask", ask);
        if (ask < bid) {
            throw new ValidationException("ask", "must be >= bid (" + Check.format(bid) + "), got " + Check.format(ask));
        }
    }
}
