package org.condordesk.trade.broker;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.condordesk.model.Instrument;
import org.condordesk.model.ValidationException;
import org.condordesk.store.csv.CsvText;

/**
 * CondorDesk's own fills CSV (docs/formats.md, {@code samples/fills/generic-fills.csv}): a header
 * {@code date,symbol,quantity,price,fees} ({@code fees} optional), then one fill a row: New York local date or
 * date-time, an OCC option symbol or {@code VX|VXM yyyy-mm-dd}, signed quantity (+ bought), price per unit in
 * points, fees paid in dollars.
 */
final class GenericFills {

    /** A fill given by date only is stamped at noon New York time. */
    static final LocalTime DATE_ONLY_TIME = LocalTime.NOON;
    static final List<String> TIMES = List.of("yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm:ss",
            "yyyy-MM-dd HH:mm", "yyyy-MM-dd");

    private GenericFills() {
    }

    static BrokerRows read(List<CsvText.Line> lines, String source) {
        BrokerRows.Builder rows = new BrokerRows.Builder(source);
        Map<String, Integer> columns = null;
        for (CsvText.Line line : lines) {
            if (line.text().isBlank() || line.text().startsWith("#")) {
                continue;
            }
            List<String> fields = CsvText.split(line.text(), source + " line " + line.number());
            if (columns == null) {
                columns = header(fields, source, line.number());
                continue;
            }
            try {
                rows.fill(fill(line.number(), Cells.of(columns, fields)));
            } catch (ValidationException e) {
                rows.unmapped(line.number(), e.getMessage());
            }
        }
        if (columns == null) {
            throw new ValidationException(source, "is empty: expected the header date,symbol,quantity,price,fees");
        }
        return rows.build();
    }

    private static Map<String, Integer> header(List<String> fields, String source, int line) {
        Map<String, Integer> columns = Cells.columns(fields);
        for (String required : List.of("date", "symbol", "quantity", "price")) {
            if (!columns.containsKey(required)) {
                throw new ValidationException(source + " line " + line, "the header has no '" + required
                        + "' column (expected date,symbol,quantity,price,fees)");
            }
        }
        return columns;
    }

    private static BrokerFill fill(int line, Cells cells) {
        LocalDateTime time = Cells.dateTime(cells.required("date"), "date", TIMES);
        Instrument instrument = instrument(cells.required("symbol"), time.toLocalDate());
        int quantity = cells.whole("quantity");
        if (quantity == 0) {
            throw new ValidationException("quantity", "is 0");
        }
        double price = cells.number("price");
        if (price < 0) {
            throw new ValidationException("price", "is negative (" + cells.text("price") + ")");
        }
        double fees = cells.numberOr("fees", 0);
        return new BrokerFill(line, time, instrument, quantity, price, fees, BrokerFill.Effect.of(cells.text("effect"), "effect"));
    }

    static Instrument instrument(String symbol, LocalDate tradeDate) {
        return FuturesSymbols.matches(symbol) ? FuturesSymbols.parse(symbol, tradeDate) : OccSymbols.parse(symbol);
    }
}
