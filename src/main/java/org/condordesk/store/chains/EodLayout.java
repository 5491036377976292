package org.condordesk.store.chains;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.condordesk.model.ValidationException;

/**
 * The end-of-day option chain layouts the chain store imports (docs/formats.md §end-of-day chains). Columns are found
 * by their header names, so a vendor's extra columns (greeks, sizes, VWAP) may come and go.
 * <ul>
 * <li>{@link #DATASHOP}: Cboe DataShop "Option EOD Summary", one quote per row: {@code underlying_symbol, quote_date,
 * root, expiration, strike, option_type, …, bid_1545, ask_1545, …, bid_eod, ask_eod, …}.</li>
 * <li>{@link #OPTIONSDX}: OptionsDX's EOD files, a call and a put per row, columns in brackets separated by
 * {@code ", "}: {@code [QUOTE_DATE], [EXPIRE_DATE], [C_BID], [C_ASK], [STRIKE], [P_BID], [P_ASK], …}.</li>
 * <li>{@link #LONG}: the project's long layout {@code underlying,quote_time,expiration,strike,right,bid,ask[,…]}.</li>
 * </ul>
 */
public enum EodLayout {
    DATASHOP, OPTIONSDX, LONG;

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** The flag's spelling: datashop, optionsdx, long. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The layout named by {@code --layout}. */
    public static EodLayout parse(String text) {
        for (EodLayout layout : values()) {
            if (layout.key().equalsIgnoreCase(text)) {
                return layout;
            }
        }
        throw new ValidationException("--layout", "must be datashop, optionsdx or long, got '" + text + "'");
    }

    /** One parsed quote handed to the store: the fields are reused row to row (no object per row). */
    static final class Quote {
        String underlying;
        String root;
        LocalDate quoteDate;
        LocalDate expiry;
        double strike;
        char right;
        double bid;
        double ask;
        double bid1545 = Double.NaN;
        double ask1545 = Double.NaN;
    }

    /** Receives each quote of a row (an OptionsDX row carries two). */
    interface Sink {
        void accept(Quote quote);
    }

    /** A row parser bound to one file's header. */
    interface RowParser {
        void parse(List<String> fields, String where, Sink sink);

        int columns();
    }

    /** The parser for {@code header} in this layout; a header of another layout is an error naming the line. */
    RowParser parser(List<String> header, String where) {
        List<String> names = new ArrayList<>();
        for (String name : header) {
            names.add(columnName(name));
        }
        return switch (this) {
            case DATASHOP -> dataShop(new Columns(names, where, "Cboe DataShop Option EOD Summary"));
            case OPTIONSDX -> optionsDx(new Columns(names, where, "OptionsDX"));
            case LONG -> longLayout(new Columns(names, where, "long (underlying,quote_time,expiration,strike,right,bid,ask)"));
        };
    }

    /** A header name as the parsers look it up: stripped, brackets dropped, lower case. */
    static String columnName(String header) {
        return header.strip().replace("[", "").replace("]", "").toLowerCase(Locale.ROOT);
    }

    /** The field separator: OptionsDX writes ", ". */
    String separator() {
        return this == OPTIONSDX ? ", " : ",";
    }

    private static RowParser dataShop(Columns c) {
        int underlying = c.index("underlying_symbol");
        int quoteDate = c.index("quote_date");
        int root = c.index("root");
        int expiration = c.index("expiration");
        int strike = c.index("strike");
        int type = c.index("option_type");
        int bid = c.index("bid_eod");
        int ask = c.index("ask_eod");
        int bid1545 = c.index("bid_1545");
        int ask1545 = c.index("ask_1545");
        Quote q = new Quote();
        return c.parser((f, where, sink) -> {
            q.underlying = Fields.underlying(f.get(underlying));
            q.root = Fields.text(f.get(root), "root", where);
            q.quoteDate = Fields.date(f.get(quoteDate), "quote_date", where);
            q.expiry = Fields.date(f.get(expiration), "expiration", where);
            q.strike = Fields.strike(f.get(strike), where);
            q.right = Fields.right(f.get(type), where);
            q.bid = Fields.price(f.get(bid), "bid_eod", where);
            q.ask = Fields.price(f.get(ask), "ask_eod", where);
            q.bid1545 = Fields.price(f.get(bid1545), "bid_1545", where);
            q.ask1545 = Fields.price(f.get(ask1545), "ask_1545", where);
            Fields.check(q, where);
            sink.accept(q);
        });
    }

    private static RowParser optionsDx(Columns c) {
        int quoteDate = c.index("quote_date");
        int expiration = c.index("expire_date");
        int strike = c.index("strike");
        int callBid = c.index("c_bid");
        int callAsk = c.index("c_ask");
        int putBid = c.index("p_bid");
        int putAsk = c.index("p_ask");
        Quote q = new Quote();
        q.underlying = "SPX";
        return c.parser((f, where, sink) -> {
            q.quoteDate = Fields.date(f.get(quoteDate), "QUOTE_DATE", where);
            q.expiry = Fields.date(f.get(expiration), "EXPIRE_DATE", where);
            q.strike = Fields.strike(f.get(strike), where);
            // OptionsDX does not say AM or PM: a third-Friday expiry is the standard AM series, any other SPXW.
            q.root = Fields.isThirdFriday(q.expiry) ? "SPX" : "SPXW";
            q.right = 'C';
            q.bid = Fields.price(f.get(callBid), "C_BID", where);
            q.ask = Fields.price(f.get(callAsk), "C_ASK", where);
            Fields.check(q, where);
            sink.accept(q);
            q.right = 'P';
            q.bid = Fields.price(f.get(putBid), "P_BID", where);
            q.ask = Fields.price(f.get(putAsk), "P_ASK", where);
            Fields.check(q, where);
            sink.accept(q);
        });
    }

    private static RowParser longLayout(Columns c) {
        int underlying = c.index("underlying");
        int quoteTime = c.index("quote_time");
        int expiration = c.index("expiration");
        int strike = c.index("strike");
        int right = c.index("right");
        int bid = c.index("bid");
        int ask = c.index("ask");
        Quote q = new Quote();
        return c.parser((f, where, sink) -> {
            q.root = Fields.text(f.get(underlying), "underlying", where).toUpperCase(Locale.ROOT);
            q.underlying = q.root.startsWith("VIX") ? "VIX" : q.root.startsWith("SPX") ? "SPX" : q.root;
            q.quoteDate = quoteDate(f.get(quoteTime), where);
            q.expiry = Fields.date(f.get(expiration), "expiration", where);
            q.strike = Fields.strike(f.get(strike), where);
            q.right = Fields.right(f.get(right), where);
            q.bid = Fields.price(f.get(bid), "bid", where);
            q.ask = Fields.price(f.get(ask), "ask", where);
            Fields.check(q, where);
            sink.accept(q);
        });
    }

    private static LocalDate quoteDate(String text, String where) {
        try {
            return OffsetDateTime.parse(text.strip()).atZoneSameInstant(NEW_YORK).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new ValidationException(where, "quote_time '" + text + "' is not ISO 8601 with an offset");
        }
    }

    /** Header names to column indices. */
    private record Columns(List<String> names, String where, String layout) {

        int index(String name) {
            int index = names.indexOf(name);
            if (index < 0) {
                throw new ValidationException(where, "the header has no '" + name + "' column: not the " + layout + " layout");
            }
            return index;
        }

        RowParser parser(RowBody body) {
            int count = names.size();
            return new RowParser() {
                @Override
                public void parse(List<String> fields, String rowWhere, Sink sink) {
                    body.parse(fields, rowWhere, sink);
                }

                @Override
                public int columns() {
                    return count;
                }
            };
        }
    }

    private interface RowBody {
        void parse(List<String> fields, String where, Sink sink);
    }
}
