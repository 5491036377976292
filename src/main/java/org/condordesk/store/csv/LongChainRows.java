package org.condordesk.store.csv;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.condordesk.market.OptionQuote;
import org.condordesk.market.OptionRoot;
import org.condordesk.model.Instrument;
import org.condordesk.model.OptionRight;
import org.condordesk.model.ValidationException;

/**
 * The long chain layout, one quote per row: {@code underlying,quote_time,expiration,strike,right,bid,ask} and
 * optionally {@code last,volume,open_interest} (docs/formats.md). {@code underlying} is the root (SPX for the
 * AM third-Friday series, SPXW for PM, VIX, VIXW); {@code quote_time} is ISO 8601 with its offset and is the
 * same on every row; {@code right} is C, P, CALL or PUT.
 */
final class LongChainRows {

    static final String HEADER = "underlying,quote_time,expiration,strike,right,bid,ask[,last,volume,open_interest]";
    private static final String[] COLUMNS = {"underlying", "quote_time", "expiration", "strike", "right", "bid", "ask",
        "last", "volume", "open_interest"};
    private static final int REQUIRED = 7;

    private LongChainRows() {
    }

    static boolean isHeader(String line) {
        return ChainCsv.normalized(line).startsWith("underlying,quote_time,expiration,strike,right,bid,ask");
    }

    static ChainFile read(LineReader reader, String headerLine) throws IOException {
        CsvFields header = CsvFields.split(headerLine, reader.where());
        checkHeader(header);
        int columns = header.size();
        ChainRows rows = new ChainRows();
        ZonedDateTime quoteTime = null;
        String quoteTimeText = null;
        String line;
        while ((line = reader.next()) != null) {
            if (line.isBlank()) {
                continue;
            }
            CsvFields fields = CsvFields.split(line, reader.where()).requireCount(columns, columns, HEADER);
            rows.countRow();
            String timeText = fields.text(1);
            if (quoteTime == null) {
                quoteTime = quoteTime(timeText, fields.where());
                quoteTimeText = timeText;
            } else if (!timeText.equals(quoteTimeText) && !quoteTime(timeText, fields.where()).isEqual(quoteTime)) {
                throw new ValidationException(fields.where(), "quote_time " + timeText + " differs from the first row's "
                        + quoteTimeText + " (one file is one snapshot)");
            }
            rows.add(quote(fields, columns), reader);
        }
        if (quoteTime == null) {
            throw new ValidationException(reader.source(), "has no option rows");
        }
        return rows.finish(reader.source(), ChainLayout.LONG, OptionalDouble.empty(), quoteTime);
    }

    private static void checkHeader(CsvFields header) {
        if (header.size() < REQUIRED || header.size() > COLUMNS.length) {
            throw new ValidationException(header.where(), "expected the header " + HEADER);
        }
        for (int i = 0; i < header.size(); i++) {
            if (!ChainCsv.normalized(header.text(i)).equals(COLUMNS[i])) {
                throw new ValidationException(header.where(), "column " + (i + 1) + " is '" + header.text(i)
                        + "', expected '" + COLUMNS[i] + "' (header " + HEADER + ")");
            }
        }
    }

    private static OptionQuote quote(CsvFields fields, int columns) {
        String rootText = fields.text(0);
        OptionRoot root = OptionRoot.parse(rootText).orElseThrow(() -> new ValidationException(fields.where(),
                "underlying '" + rootText + "' is not SPX, SPXW, VIX or VIXW"));
        LocalDate expiry;
        try {
            expiry = LocalDate.parse(fields.text(2));
        } catch (DateTimeParseException e) {
            throw new ValidationException(fields.where(), "bad expiration '" + fields.text(2) + "' (expected YYYY-MM-DD)");
        }
        double strike = fields.number(3, "strike");
        if (!(strike > 0)) {
            throw new ValidationException(fields.where(), "strike must be > 0, got " + fields.text(3));
        }
        double last = columns > 7 ? fields.price(7, "last", 0) : 0;
        long volume = columns > 8 ? fields.count(8, "volume") : -1;
        long openInterest = columns > 9 ? fields.count(9, "open_interest") : -1;
        return new OptionQuote(root, expiry, strike, right(fields.text(4), fields.where()), fields.price(5, "bid", 0),
                fields.price(6, "ask", 0), last > 0 ? OptionalDouble.of(last) : OptionalDouble.empty(),
                volume >= 0 ? OptionalLong.of(volume) : OptionalLong.empty(),
                openInterest >= 0 ? OptionalLong.of(openInterest) : OptionalLong.empty());
    }

    private static OptionRight right(String text, String where) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "C", "CALL" -> OptionRight.CALL;
            case "P", "PUT" -> OptionRight.PUT;
            default -> throw new ValidationException(where, "right '" + text + "' is not C, P, CALL or PUT");
        };
    }

    private static ZonedDateTime quoteTime(String text, String where) {
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(Instrument.NEW_YORK);
        } catch (DateTimeParseException e) {
            throw new ValidationException(where, "quote_time '" + text
                    + "' is not ISO 8601 with an offset (e.g. 2025-01-06T15:45:00-05:00)");
        }
    }
}
