package org.condordesk.store.csv;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.condordesk.market.OptionQuote;
import org.condordesk.market.OptionRoot;
import org.condordesk.model.OptionRight;
import org.condordesk.model.ValidationException;

/**
 * Cboe's delayed-quotes option chain download (docs/formats.md): a blank line, {@code <index>,Last: <price>,…},
 * {@code Date: <quote time>,Bid: …}, the header {@code Expiration Date,Calls,Last Sale,Net,Bid,Ask,Volume,IV,
 * Delta,Gamma,Open Interest,Strike,Puts,…}, then one row per root, expiry and strike with the call on the left
 * and the put on the right. Columns are found by their header names, so Cboe's IV and greeks columns, which
 * CondorDesk recomputes, may come and go.
 */
final class CboeQuoteTable {

    static final String HEADER = "Expiration Date,Calls,Last Sale,Net,Bid,Ask,Volume,IV,Delta,Gamma,Open Interest,"
            + "Strike,Puts,Last Sale,Net,Bid,Ask,Volume,IV,Delta,Gamma,Open Interest";
    /** The header follows at most this many preamble lines. */
    static final int MAX_PREAMBLE_LINES = 10;
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("EEE MMM dd uuuu", Locale.US);

    private CboeQuoteTable() {
    }

    static ChainFile read(LineReader reader, String firstLine) throws IOException {
        OptionalDouble last = OptionalDouble.empty();
        ZonedDateTime quoteTime = null;
        String line = firstLine;
        while (!ChainCsv.normalized(line).startsWith("expirationdate,calls,")) {
            if (line.contains("Last:") && last.isEmpty()) {
                last = lastPrice(line, reader.where());
            }
            if (line.replace("\"", "").strip().startsWith("Date:")) {
                quoteTime = CboeQuoteTime.parse(line, reader.where());
            }
            line = reader.next();
            if (line == null || reader.number() > MAX_PREAMBLE_LINES) {
                throw new ValidationException(reader.source() + " line 1",
                        "not a chain layout CondorDesk reads: expected Cboe's header '" + HEADER
                                + "' within the first lines, or the long header '" + LongChainRows.HEADER + "'");
            }
        }
        if (quoteTime == null) {
            throw new ValidationException(reader.source(), "has no 'Date: …' line with the quote time above the header");
        }
        Columns columns = Columns.of(CsvFields.split(line, reader.where()));
        ChainRows rows = new ChainRows();
        Rows parser = new Rows(columns);
        while ((line = reader.next()) != null) {
            if (!line.isBlank()) {
                parser.row(CsvFields.split(line, reader.where()), rows, reader);
            }
        }
        return rows.finish(reader.source(), ChainLayout.CBOE_QUOTE_TABLE, last, quoteTime);
    }

    private static OptionalDouble lastPrice(String line, String where) {
        for (String field : CsvFields.split(line, where).textFields()) {
            if (field.startsWith("Last:")) {
                String number = field.substring("Last:".length()).strip();
                try {
                    double price = Double.parseDouble(number);
                    if (price > 0 && Double.isFinite(price)) {
                        return OptionalDouble.of(price);
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new ValidationException(where, "the underlying's last price is not a number: '" + number + "'");
            }
        }
        return OptionalDouble.empty();
    }

    /** Where each field of the side-by-side layout stands, read from the header. */
    private record Columns(int expiry, int strike, int callSymbol, int putSymbol, Side call, Side put, int count) {

        static Columns of(CsvFields header) {
            List<String> names = header.textFields().stream().map(ChainCsv::normalized).toList();
            int strike = require(names, "strike", 0, header);
            return new Columns(require(names, "expirationdate", 0, header), strike, require(names, "calls", 0, header),
                    require(names, "puts", strike, header), Side.of(names, 0, header), Side.of(names, strike, header),
                    names.size());
        }

        static int require(List<String> names, String name, int from, CsvFields header) {
            for (int i = from; i < names.size(); i++) {
                if (names.get(i).equals(name)) {
                    return i;
                }
            }
            throw new ValidationException(header.where(), "the header has no '" + name + "' column"
                    + (from > 0 ? " after Strike" : "") + " (expected " + HEADER + ")");
        }

        static int optional(List<String> names, int from, int to, String... aliases) {
            for (int i = from; i < to; i++) {
                for (String alias : aliases) {
                    if (names.get(i).equals(alias)) {
                        return i;
                    }
                }
            }
            return -1;
        }
    }

    /** Bid, ask, last sale, volume and open interest of one side (calls left of Strike, puts right of it). */
    private record Side(int bid, int ask, int last, int volume, int openInterest) {

        static Side of(List<String> names, int strikeColumn, CsvFields header) {
            int from = strikeColumn;
            int to = strikeColumn == 0 ? Columns.require(names, "strike", 0, header) : names.size();
            int bid = Columns.optional(names, from, to, "bid");
            int ask = Columns.optional(names, from, to, "ask");
            if (bid < 0 || ask < 0) {
                throw new ValidationException(header.where(), "the header lacks Bid or Ask for the "
                        + (strikeColumn == 0 ? "calls" : "puts") + " (expected " + HEADER + ")");
            }
            return new Side(bid, ask, Columns.optional(names, from, to, "lastsale", "last"),
                    Columns.optional(names, from, to, "volume", "vol"),
                    Columns.optional(names, from, to, "openinterest", "openint"));
        }
    }

    /** Turns data rows into quotes; remembers the last expiry text, since rows come grouped by expiry. */
    private static final class Rows {
        private final Columns columns;
        private String expiryText = "";
        private LocalDate expiry;

        Rows(Columns columns) {
            this.columns = columns;
        }

        void row(CsvFields fields, ChainRows rows, LineReader reader) {
            fields.requireCount(columns.count(), columns.count(), "Cboe quote table");
            rows.countRow();
            LocalDate date = expiry(fields);
            double strike = fields.number(columns.strike(), "Strike");
            if (!(strike > 0)) {
                throw new ValidationException(fields.where(), "Strike must be > 0, got " + fields.text(columns.strike()));
            }
            rows.add(quote(fields, columns.callSymbol(), columns.call(), OptionRight.CALL, date, strike), reader);
            rows.add(quote(fields, columns.putSymbol(), columns.put(), OptionRight.PUT, date, strike), reader);
        }

        private LocalDate expiry(CsvFields fields) {
            String text = fields.text(columns.expiry());
            if (!text.equals(expiryText)) {
                try {
                    expiry = text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, EXPIRY);
                } catch (DateTimeParseException e) {
                    throw new ValidationException(fields.where(), "bad expiration date '" + text
                            + "' (expected e.g. 'Fri Jan 17 2025')");
                }
                expiryText = text;
            }
            return expiry;
        }

        private static OptionQuote quote(CsvFields fields, int symbolColumn, Side side, OptionRight right,
                                         LocalDate expiry, double strike) {
            OptionRoot root = OccSymbol.check(fields.text(symbolColumn), expiry, right, strike, fields.where());
            double bid = fields.price(side.bid(), "Bid", 0);
            double ask = fields.price(side.ask(), "Ask", 0);
            double last = side.last() < 0 ? 0 : fields.price(side.last(), "Last Sale", 0);
            long volume = side.volume() < 0 ? -1 : fields.count(side.volume(), "Volume");
            long openInterest = side.openInterest() < 0 ? -1 : fields.count(side.openInterest(), "Open Interest");
            return new OptionQuote(root, expiry, strike, right, bid, ask,
                    last > 0 ? OptionalDouble.of(last) : OptionalDouble.empty(),
                    volume >= 0 ? OptionalLong.of(volume) : OptionalLong.empty(),
                    openInterest >= 0 ? OptionalLong.of(openInterest) : OptionalLong.empty());
        }
    }
}
