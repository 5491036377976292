package org.condordesk.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.OptionalDouble;

/** A European VIX option, multiplier 100, priced off the VIX future of the same settlement date. */
public record VixOption(OptionRight right, double strike, LocalDate expiry) implements Instrument {

    public static final double MULTIPLIER = 100;

    public VixOption {
        Check.present("right", right);
        Instrument.checkStrike(strike);
        Check.present("expiry", expiry);
    }

    @Override
    public double multiplier() {
        return MULTIPLIER;
    }

    @Override
    public InstrumentKind kind() {
        return InstrumentKind.VIX_OPTION;
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
    public Optional<OptionRight> optionRight() {
        return Optional.of(right);
    }

    @Override
    public OptionalDouble optionStrike() {
        return OptionalDouble.of(strike);
    }

    public VixOption withStrike(double newStrike) {
        return new VixOption(right, newStrike, expiry);
    }

    public VixOption withExpiry(LocalDate newExpiry) {
        return new VixOption(right, strike, newExpiry);
    }

    @Override
    public String label() {
        return "VIX " + expiry + " " + Check.format(strike) + " " + right;
    }
}
