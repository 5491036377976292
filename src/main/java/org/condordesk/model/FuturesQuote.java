package org.condordesk.model;

import java.time.LocalDate;

/** One point of the VIX futures curve: the future settling on {@code expiry} trades at {@code price} points. */
public record FuturesQuote(LocalDate expiry, double price) {

    public FuturesQuote {
        Check.present("expiry", expiry);
        Check.between("price", price, 0.01, 500);
    }
}
