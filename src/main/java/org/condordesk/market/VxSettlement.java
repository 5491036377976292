package org.condordesk.market;

import java.time.LocalDate;
import java.util.Locale;

import org.condordesk.model.Check;

/**
 * One VIX future's price from Cboe Futures Exchange data: its symbol ({@code VX/F6} monthly, {@code VX04/F6}
 * weekly; empty when the file has none), its settlement date and its price in index points.
 */
public record VxSettlement(String symbol, LocalDate expiry, double price) {

    public VxSettlement {
        Check.text("symbol", symbol, 32);
        Check.present("expiry", expiry);
        Check.between("price", price, 0.01, 500);
    }

    /** Whether this is a standard monthly contract ({@code VX/F6}), not a weekly ({@code VX04/F6}). */
    public boolean monthly() {
        return symbol.isEmpty() || symbol.toUpperCase(Locale.ROOT).startsWith("VX/");
    }
}
