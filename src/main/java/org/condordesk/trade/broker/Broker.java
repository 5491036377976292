package org.condordesk.trade.broker;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.condordesk.model.ValidationException;
import org.condordesk.store.csv.CsvText;

/** The broker files CondorDesk imports fills from (docs/formats.md); the keys are the CLI's BROKER argument. */
public enum Broker {
    IBKR("ibkr", "Interactive Brokers (Activity Statement or Flex Query trades CSV)"),
    TOS("tos", "thinkorswim (Account Statement CSV)"),
    TASTY("tasty", "tastytrade (transactions CSV)"),
    GENERIC("generic", "CondorDesk fills CSV (date,symbol,quantity,price,fees)");

    /** A statement of a few years of trades is well under a megabyte; this bounds what is read into memory. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private final String key;
    private final String title;

    Broker(String key, String title) {
        this.key = key;
        this.title = title;
    }

    /** The broker whose key is {@code key} ({@code ibkr}, {@code tos}, {@code tasty}, {@code generic}). */
    public static Broker of(String key) {
        for (Broker broker : values()) {
            if (broker.key.equals(key.strip().toLowerCase(Locale.ROOT))) {
                return broker;
            }
        }
        throw new ValidationException("BROKER", "'" + key + "' is not one of ibkr, tos, tasty, generic");
    }

    /** Reads {@code file}: every row mapped to a fill or reported unmapped by its line number. */
    public BrokerRows read(Path file) throws IOException {
        String source = file.getFileName().toString();
        return read(CsvText.readLines(file, MAX_BYTES), source);
    }

    /** Reads the lines of a file named {@code source}. */
    public BrokerRows read(List<CsvText.Line> lines, String source) {
        return switch (this) {
            case IBKR -> IbkrFills.read(lines, source);
            case TOS -> TosFills.read(lines, source);
            case TASTY -> TastyFills.read(lines, source);
            case GENERIC -> GenericFills.read(lines, source);
        };
    }

    @Override
    public String toString() {
        return title;
    }
}
