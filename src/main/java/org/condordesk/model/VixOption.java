package org.condordesk.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/** A European VIX option, multiplier 100, priced off the VIX future of the same settlement date. */
public record VixOption(OptionRight right, double strike, LocalDate expiry) implements OptionInstrument {

    public static final double MULTIPLIER = 100;
    /** The grid a roll rounds a VIX option strike to (points): the finest interval VIX strikes are listed at. */
    public static final double STRIKE_STEP = 0.5;

    public VixOption {
        OptionInstrument.check(right, strike, expiry);
    }

    @Override
    public double multiplier() {
        return MULTIPLIER;
    }

    @Override
    public double strikeStep() {
        return STRIKE_STEP;
    }

    @Override
    public InstrumentKind kind() {
        return InstrumentKind.VIX_OPTION;
    }

    @Override
    public Optional<ZonedDateTime> expiryTime() {
        return Optional.of(Instrument.vixSettlement(expiry));
    }

    @Override
    public VixOption withRight(OptionRight newRight) {
        return new VixOption(newRight, strike, expiry);
    }

    @Override
    public VixOption withStrike(double newStrike) {
        return new VixOption(right, newStrike, expiry);
    }

    @Override
    public VixOption withExpiry(LocalDate newExpiry) {
        return new VixOption(right, strike, newExpiry);
    }

    @Override
    public String label() {
        return "VIX " + expiry + " " + Check.format(strike) + " " + right;
    }
}
