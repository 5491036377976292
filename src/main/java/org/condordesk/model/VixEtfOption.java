package org.condordesk.model;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A listed option on a VIX-futures ETF/ETN (VXX, UVXY calls and puts), multiplier 100 shares, expiring at the
 * 16:00 New York close of its expiry date. It is valued with Black–Scholes–Merton on the ETF's price with its own
 * implied vol, and moves with VIX through the ETF's dependence on the constant-maturity future (docs/model.md §16).
 */
public record VixEtfOption(VixEtf underlying, OptionRight right, double strike, LocalDate expiry) implements OptionInstrument {

    public static final double MULTIPLIER = 100;
    /** The grid a roll rounds an ETF option strike to ($ per share): the finest interval ETF strikes are listed at. */
    public static final double STRIKE_STEP = 0.5;
    /** Equity and ETF options stop trading and are exercised on the close of their expiry date. */
    public static final LocalTime EXPIRY_TIME = LocalTime.of(16, 0);

    public VixEtfOption {
        Check.present("underlying", underlying);
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
        return InstrumentKind.VIX_ETF_OPTION;
    }

    @Override
    public Optional<ZonedDateTime> expiryTime() {
        return Optional.of(expiry.atTime(EXPIRY_TIME).atZone(NEW_YORK));
    }

    @Override
    public VixEtfOption withRight(OptionRight newRight) {
        return new VixEtfOption(underlying, newRight, strike, expiry);
    }

    @Override
    public VixEtfOption withStrike(double newStrike) {
        return new VixEtfOption(underlying, right, newStrike, expiry);
    }

    @Override
    public VixEtfOption withExpiry(LocalDate newExpiry) {
        return new VixEtfOption(underlying, right, strike, newExpiry);
    }

    @Override
    public String label() {
        return underlying.symbol() + " " + expiry + " " + Check.format(strike) + " " + right;
    }
}
