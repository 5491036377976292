package org.condordesk.model;

import java.time.LocalDate;

/** A user stress's shift of the implied vol of every SPX option expiring on {@code expiry}, in vol points (1 = 0.01). */
public record ExpiryIvShift(LocalDate expiry, double volPoints) {

    public ExpiryIvShift {
        Check.present("expiry", expiry);
        Check.between("volPoints", volPoints, -100, 500);
    }
}
