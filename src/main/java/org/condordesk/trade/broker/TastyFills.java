package org.condordesk.trade.broker;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.condordesk.model.Instrument;
import org.condordesk.model.ValidationException;
import org.condordesk.store.csv.CsvText;

/**
 * tastytrade's transactions CSV (docs/formats.md): one header (Date, Type, Sub Type, Action, Symbol, Instrument
 * Type, Description, Value, Quantity, Average Price, Commissions, Fees, Multiplier, Root Symbol, Underlying Symbol,
 * Expiration Date, Strike Price, Call or Put, Order #[, Total], Currency), newest row first. A Trade row is a fill:
 * its side from Action, its price {@code |Value| / (Quantity × Multiplier)}, fees {@code −(Commissions + Fees)}; a
 * Receive Deliver expiration closes at 0. Dates carry their UTC offset and are converted to New York time.
 */
final class TastyFills {

    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
    private static final Pattern AT_PRICE = Pattern.compile(".*@ ?([0-9.,]+)\\s*$");

    private TastyFills() {
    }

    static BrokerRows read(List<CsvText.Line> lines, String source) {
        BrokerRows.Builder rows = new BrokerRows.Builder(source);
        Map<String, Integer> columns = null;
        for (CsvText.Line line : lines) {
            if (line.text().isBlank()) {
                continue;
            }
            List<String> fields = CsvText.split(line.text(), source + " line " + line.number());
            if (columns == null) {
                columns = header(fields, source, line.number());
                continue;
            }
            row(rows, line.number(), Cells.of(columns, fields));
        }
        if (columns == null) {
            throw new ValidationException(source, "is empty");
        }
        return rows.build();
    }

    private static Map<String, Integer> header(List<String> fields, String source, int line) {
        if (fields.contains("Transaction Code")) {
            throw new ValidationException(source + " line " + line, "is the legacy tastyworks layout (Date/Time, "
                    + "Transaction Code, …): download the transactions CSV from tastytrade's History page");
        }
        Map<String, Integer> columns = Cells.columns(fields);
        for (String required : List.of("Date", "Type", "Action", "Symbol", "Instrument Type", "Value", "Quantity",
                "Commissions", "Fees", "Multiplier")) {
            if (!columns.containsKey(Cells.key(required))) {
                throw new ValidationException(source + " line " + line, "the header has no '" + required
                        + "' column: not a tastytrade transactions CSV");
            }
        }
        return columns;
    }

    private static void row(BrokerRows.Builder rows, int line, Cells cells) {
        String type = cells.text("Type");
        String subType = cells.text("Sub Type");
        boolean expiration = type.equals("Receive Deliver") && subType.toLowerCase(Locale.ROOT).contains("expiration");
        if (!type.equals("Trade") && !expiration) {
            rows.unmapped(line, type.equals("Receive Deliver") ? "a " + subType + " settles outside the trades: close the "
                    + "leg at its settlement value by hand" : "not a trade (" + type + (subType.isEmpty() ? "" : ", " + subType) + ")");
            return;
        }
        try {
            LocalDateTime time = time(cells.required("Date"));
            Instrument instrument = instrument(cells, time.toLocalDate());
            int quantity = side(cells.required("Action")) * Math.abs(cells.whole("Quantity"));
            if (quantity == 0) {
                throw new ValidationException("Quantity", "is 0");
            }
            double price = expiration ? 0 : price(cells, instrument, Math.abs(quantity));
            double fees = -cells.numberOr("Commissions", 0) - cells.numberOr("Fees", 0);
            rows.fill(new BrokerFill(line, time, instrument, quantity, price, fees, expiration ? BrokerFill.Effect.CLOSE
                    : actionEffect(cells.required("Action"))));
        } catch (ValidationException e) {
            rows.unmapped(line, e.getMessage());
        }
    }

    /** {@code 2026-04-02T06:46:35-0700} in New York local time. */
    static LocalDateTime time(String text) {
        try {
            return OffsetDateTime.parse(text, OFFSET_TIME).atZoneSameInstant(org.condordesk.model.Instrument.NEW_YORK)
                    .toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw new ValidationException("Date", "is not a date-time like 2026-04-02T06:46:35-0700: '" + text + "'");
        }
    }

    /** {@code BUY_TO_OPEN}, {@code SELL_TO_CLOSE}: the part after "TO". */
    private static BrokerFill.Effect actionEffect(String action) {
        String upper = action.toUpperCase(Locale.ROOT);
        return upper.endsWith("TO_OPEN") || upper.endsWith("TO OPEN") ? BrokerFill.Effect.OPEN
                : upper.endsWith("TO_CLOSE") || upper.endsWith("TO CLOSE") ? BrokerFill.Effect.CLOSE : BrokerFill.Effect.UNSTATED;
    }

    private static int side(String action) {
        String upper = action.toUpperCase(Locale.ROOT);
        if (upper.startsWith("BUY")) {
            return 1;
        }
        if (upper.startsWith("SELL")) {
            return -1;
        }
        throw new ValidationException("Action", "'" + action + "' is neither a buy nor a sell");
    }

    private static Instrument instrument(Cells cells, LocalDate tradeDate) {
        String kind = cells.required("Instrument Type");
        String symbol = cells.required("Symbol");
        return switch (kind) {
            case "Equity Option", "Index Option" -> OccSymbols.parse(symbol);
            case "Future" -> FuturesSymbols.parse(symbol, tradeDate);
            case "Equity" -> OccSymbols.etf(symbol).map(etf -> (Instrument) etf).orElseThrow(() ->
                    new ValidationException("Symbol", symbol + " (Equity) is not an instrument CondorDesk values"));
            default -> throw new ValidationException("Instrument Type", symbol + " (" + kind + ") is not an instrument "
                    + "CondorDesk values");
        };
    }

    /**
     * Premium rows: {@code |Value| / (contracts × Multiplier)}. A future's Value is no premium: its price is the
     * Description's {@code @ price}.
     */
    private static double price(Cells cells, Instrument instrument, int contracts) {
        if (instrument.kind() == org.condordesk.model.InstrumentKind.VIX_FUTURE) {
            Matcher at = AT_PRICE.matcher(cells.text("Description"));
            if (!at.matches()) {
                throw new ValidationException("Description", "a futures fill needs its '@ price' in the Description");
            }
            return Cells.number(at.group(1), "Description");
        }
        double multiplier = cells.numberOr("Multiplier", instrument.multiplier());
        if (multiplier != instrument.multiplier()) {
            throw new ValidationException("Multiplier", Cells.number(cells.text("Multiplier"), "Multiplier") + " is not "
                    + instrument.label() + "'s " + instrument.multiplier());
        }
        return Math.abs(cells.number("Value")) / (contracts * multiplier);
    }
}
