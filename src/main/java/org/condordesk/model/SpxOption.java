package org.condordesk.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.OptionalDouble;

/** A European, cash-settled SPX (AM) or SPXW (PM) index option, multiplier 100. */
public record SpxOption(OptionRight right, double strike, LocalDate expiry, Settlement settlement)
        implements Instrument {

    public static final double MULTIPLIER = 100;

    public SpxOption {
        Check.present("right", right);
        Instrument.checkStrike(strike);
        Check.present("expiry", expiry);
        Check.present("settlement", settlement);
    }

    @Override
    public double multiplier() {
        return MULTIPLIER;
    }

    @Override
    public InstrumentKind kind() {
        return InstrumentKind.SPX_OPTION;
    }

    @Override
    public Optional<LocalDate> expiryDate() {
        return Optional.of(expiry);
    }

    @Override
    public Optional<ZonedDateTime> expiryTime() {
        return Optional.of(expiry.atTime(settlement.timeOfDay()).atZone(NEW_YORK));
    }

    @Override
    public Optional<OptionRight> optionRight() {
        return Optional.of(right);
    }

    @Override
    public OptionalDouble optionStrike() {
        return OptionalDouble.of(strike);
    }

    public SpxOption withStrike(double newStrike) {
        return new SpxOption(right, newStrike, expiry, settlement);
    }

    public SpxOption withExpiry(LocalDate newExpiry) {
        return new SpxOption(right, strike, newExpiry, settlement);
    }

    @Override
    public String label() {
        return "SPX " + expiry + " " + settlement + " " + Check.format(strike) + " " + right;
    }
}
