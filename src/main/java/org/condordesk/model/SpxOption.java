package org.condordesk.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/** A European, cash-settled SPX (AM) or SPXW (PM) index option, multiplier 100. */
public record SpxOption(OptionRight right, double strike, LocalDate expiry, Settlement settlement)
        implements OptionInstrument {

    public static final double MULTIPLIER = 100;
    /** The grid a roll or a template rounds an SPX strike to (index points): SPX/SPXW strikes near the money are listed every 5. */
    public static final double STRIKE_STEP = 5;

    public SpxOption {
        OptionInstrument.check(right, strike, expiry);
        Check.present("settlement", settlement);
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
        return InstrumentKind.SPX_OPTION;
    }

    @Override
    public Optional<ZonedDateTime> expiryTime() {
        return Optional.of(expiry.atTime(settlement.timeOfDay()).atZone(NEW_YORK));
    }

    @Override
    public SpxOption withRight(OptionRight newRight) {
        return new SpxOption(newRight, strike, expiry, settlement);
    }

    @Override
    public SpxOption withStrike(double newStrike) {
        return new SpxOption(right, newStrike, expiry, settlement);
    }

    @Override
    public SpxOption withExpiry(LocalDate newExpiry) {
        return new SpxOption(right, strike, newExpiry, settlement);
    }

    @Override
    public String label() {
        return "SPX " + expiry + " " + settlement + " " + Check.format(strike) + " " + right;
    }
}
