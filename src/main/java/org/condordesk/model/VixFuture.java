package org.condordesk.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/** A VIX future (VX), multiplier 1000, settling at 09:30 New York time on its settlement Wednesday. */
public record VixFuture(LocalDate expiry) implements Instrument {

    public static final double MULTIPLIER = 1000;

    public VixFuture {
        Check.present("expiry", expiry);
    }

    @Override
    public double multiplier() {
        return MULTIPLIER;
    }

    @Override
    public InstrumentKind kind() {
        return InstrumentKind.VIX_FUTURE;
    }

    @Override
    public Optional<LocalDate> expiryDate() {
        return Optional.of(expiry);
    }

    @Override
    public Optional<ZonedDateTime> expiryTime() {
        return Optional.of(Instrument.vixSettlement(expiry));
    }

    @Override
    public String label() {
        return "VX " + expiry;
    }
}
