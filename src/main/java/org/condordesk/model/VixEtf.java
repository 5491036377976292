package org.condordesk.model;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A VIX-futures ETF or ETN (VXX-like), priced per share. It tracks a constant-maturity VIX future of
 * {@code targetTenorDays} with daily leverage {@code leverage}: {@code dP/P = leverage · dF_cm/F_cm}.
 */
public record VixEtf(String symbol, int targetTenorDays, double leverage) implements Instrument {

    /** Ticker symbols of ETFs and ETNs are a few letters; 16 leaves room for exchange suffixes. */
    public static final int MAX_SYMBOL_CHARS = 16;

    public VixEtf {
        Check.name("symbol", symbol, MAX_SYMBOL_CHARS);
        Check.between("targetTenorDays", targetTenorDays, 1, 365);
        Check.between("leverage", leverage, -3, 3);
        if (leverage == 0) {
            throw new ValidationException("leverage", "must not be 0");
        }
    }

    @Override
    public double multiplier() {
        return 1;
    }

    @Override
    public InstrumentKind kind() {
        return InstrumentKind.VIX_ETF;
    }

    @Override
    public Optional<LocalDate> expiryDate() {
        return Optional.empty();
    }

    @Override
    public Optional<ZonedDateTime> expiryTime() {
        return Optional.empty();
    }

    @Override
    public String label() {
        return symbol + " (" + targetTenorDays + "d CM" + (leverage == 1 ? "" : ", " + Check.format(leverage) + "x") + ")";
    }
}
