package org.condordesk.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A VIX future settling at 09:30 New York time on its settlement Wednesday: the standard VX (multiplier 1000)
 * or the mini VXM (multiplier 100, same settlement), {@link FuturesProduct}.
 */
public record VixFuture(LocalDate expiry, FuturesProduct product) implements Instrument {

    /** The standard VX contract's multiplier. */
    public static final double MULTIPLIER = 1000;

    public VixFuture {
        Check.present("expiry", expiry);
        Check.present("product", product);
    }

    /** A standard VX future. */
    public VixFuture(LocalDate expiry) {
        this(expiry, FuturesProduct.VX);
    }

    /** A mini VXM future. */
    public static VixFuture mini(LocalDate expiry) {
        return new VixFuture(expiry, FuturesProduct.VXM);
    }

    @Override
    public double multiplier() {
        return product.multiplier();
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

    public VixFuture withExpiry(LocalDate newExpiry) {
        return new VixFuture(newExpiry, product);
    }

    @Override
    public String label() {
        return product + " " + expiry;
    }
}
