package org.condordesk.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One roll of a layer, kept in the layer's history: when, from which expiry to which, how the strikes were
 * picked, the roll's net cash in dollars (premiums received minus paid, futures' realised variation margin,
 * minus fees) and the P&L the closing realised in dollars.
 */
public record RollRecord(LocalDateTime time, LocalDate fromExpiry, LocalDate toExpiry, RollMode mode, double netCash,
                         double realizedPnl) {

    public RollRecord {
        Check.present("time", time);
        Check.present("fromExpiry", fromExpiry);
        Check.present("toExpiry", toExpiry);
        Check.present("mode", mode);
        Check.finite("netCash", netCash);
        Check.finite("realizedPnl", realizedPnl);
        if (!toExpiry.isAfter(fromExpiry)) {
            throw new ValidationException("toExpiry", "must be after the expiry rolled from (" + fromExpiry + ")");
        }
    }
}
