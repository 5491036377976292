package org.condordesk.trade.broker;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.condordesk.model.Instrument;
import org.condordesk.model.OptionRight;
import org.condordesk.model.SpxOption;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VixEtfOption;
import org.condordesk.model.VixOption;
import org.condordesk.store.csv.CsvText;

/**
 * Interactive Brokers trades, in either CSV the Reporting Guide documents (docs/formats.md): the Activity Statement
 * (sections keyed by their first column; the {@code Trades} section's {@code Data} rows with Symbol, Date/Time,
 * Quantity, T. Price, Comm/Fee, Code) or a Flex Query of Trades (one header row: Symbol, AssetClass, Quantity,
 * TradePrice, IBCommission, DateTime or TradeDate, Buy/Sell). Times are read as New York local time.
 */
final class IbkrFills {

    static final List<String> TIMES = List.of("yyyy-MM-dd, HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyyMMdd;HHmmss",
            "yyyy-MM-dd;HH:mm:ss", "yyyyMMdd HHmmss", "yyyyMMdd", "yyyy-MM-dd");
    /** The Activity Statement's option description: {@code SPXW 09DEC26 7350 P}. */
    private static final Pattern DESCRIBED = Pattern.compile("([A-Z]+) (\\d{2}[A-Z]{3}\\d{2}) ([0-9.]+) ([CP])");
    /** Flex rows at these levels of detail repeat the executions: they are summaries, not fills. */
    private static final Set<String> SUMMARY_LEVELS = Set.of("SYMBOL_SUMMARY", "ASSET_SUMMARY", "CLOSED_LOT", "ORDER");

    private IbkrFills() {
    }

    static BrokerRows read(List<CsvText.Line> lines, String source) {
        boolean activity = lines.stream().anyMatch(l -> l.text().startsWith("Trades,Header,"));
        return activity ? activity(lines, source) : flex(lines, source);
    }

    // ---- Activity Statement ------------------------------------------------------------------------------

    private static BrokerRows activity(List<CsvText.Line> lines, String source) {
        BrokerRows.Builder rows = new BrokerRows.Builder(source);
        boolean hasOrders = lines.stream().anyMatch(l -> l.text().startsWith("Trades,Data,Order,"));
        Map<String, Integer> columns = null;
        for (CsvText.Line line : lines) {
            if (!line.text().startsWith("Trades,")) {
                continue; // other sections hold no fills
            }
            List<String> fields = CsvText.split(line.text(), source + " line " + line.number());
            String kind = fields.size() > 1 ? fields.get(1) : "";
            if (kind.equals("Header")) {
                columns = Cells.columns(fields.subList(2, fields.size()));
            } else if (kind.equals("Data") && columns != null) {
                activityRow(rows, line.number(), Cells.of(columns, fields.subList(2, fields.size())), hasOrders);
            }
        }
        rows.note("Interactive Brokers Activity Statement: times read as New York local time");
        return rows.build();
    }

    private static void activityRow(BrokerRows.Builder rows, int line, Cells cells, boolean hasOrders) {
        String discriminator = cells.text("DataDiscriminator");
        if (discriminator.equals("ClosedLot")) {
            rows.unmapped(line, "a ClosedLot row is lot detail of a closing trade, not a fill");
            return;
        }
        if (discriminator.equals("Execution") && hasOrders) {
            rows.unmapped(line, "an Execution row is detail of an Order row above, which was imported");
            return;
        }
        try {
            String code = cells.text("Code");
            checkCode(code);
            requireUsd(cells.text("Currency"));
            LocalDateTime time = Cells.dateTime(cells.required("Date/Time"), "Date/Time", TIMES);
            Instrument instrument = activityInstrument(cells.text("Asset Category"), cells.required("Symbol"),
                    time.toLocalDate());
            double fees = -cells.numberOr("Comm/Fee", 0);
            rows.fill(new BrokerFill(line, time, instrument, quantity(cells.whole("Quantity")), price(cells.number("T. Price")),
                    fees, codeEffect(code)));
        } catch (ValidationException e) {
            rows.unmapped(line, e.getMessage());
        }
    }

    private static Instrument activityInstrument(String category, String symbol, LocalDate tradeDate) {
        switch (category) {
            case "Equity and Index Options", "Options On Futures" -> {
                Matcher described = DESCRIBED.matcher(symbol.toUpperCase(Locale.ROOT));
                return described.matches() ? described(described) : OccSymbols.parse(symbol);
            }
            case "Futures" -> {
                return FuturesSymbols.parse(symbol, tradeDate);
            }
            case "Stocks" -> {
                return OccSymbols.etf(symbol).map(etf -> (Instrument) etf).orElseThrow(() -> notValued(category, symbol));
            }
            default -> throw notValued(category, symbol);
        }
    }

    /** {@code SPXW 09DEC26 7350 P}: the first word is the trading class ({@link OccSymbols#spxSettlement}). */
    private static Instrument described(Matcher described) {
        String root = described.group(1);
        LocalDate expiry = Cells.date(described.group(2), "ddMMMyy", "Symbol");
        OptionRight right = described.group(4).equals("C") ? OptionRight.CALL : OptionRight.PUT;
        double strike = Double.parseDouble(described.group(3));
        return switch (root) {
            case "SPX", "SPXW" -> new SpxOption(right, strike, expiry, OccSymbols.spxSettlement(root, expiry));
            case "VIX", "VIXW" -> new VixOption(right, strike, expiry);
            default -> OccSymbols.etf(root).map(etf -> (Instrument) new VixEtfOption(etf, right, strike, expiry)).orElseThrow(() -> new ValidationException("Symbol", "'" + described.group()
                    + "' is not an SPX, VIX or VIX-ETF option"));
        };
    }

    /** IBKR's Code column lists codes separated by ';': O opens, C closes (a row may carry neither). */
    private static BrokerFill.Effect codeEffect(String code) {
        List<String> codes = Arrays.stream(code.split(";")).map(String::strip).toList();
        if (codes.contains("O") && !codes.contains("C")) {
            return BrokerFill.Effect.OPEN;
        }
        return codes.contains("C") && !codes.contains("O") ? BrokerFill.Effect.CLOSE : BrokerFill.Effect.UNSTATED;
    }

    /** Assignments and exercises settle into cash or shares elsewhere in the statement: not imported as fills. */
    private static void checkCode(String code) {
        List<String> codes = Arrays.stream(code.split(";")).map(String::strip).toList();
        if (codes.contains("A") || codes.contains("Ex")) {
            throw new ValidationException("Code", "an assignment or exercise (" + code + ") settles outside the Trades "
                    + "section: close the leg at its settlement value by hand");
        }
    }

    // ---- Flex Query --------------------------------------------------------------------------------------

    private static BrokerRows flex(List<CsvText.Line> lines, String source) {
        BrokerRows.Builder rows = new BrokerRows.Builder(source);
        Map<String, Integer> columns = null;
        List<Object[]> data = new ArrayList<>();
        for (CsvText.Line line : lines) {
            if (line.text().isBlank()) {
                continue;
            }
            List<String> fields = withoutSectionCode(CsvText.split(line.text(), source + " line " + line.number()));
            if (fields.isEmpty()) {
                continue; // BOF/EOF and section trailer records
            }
            if (columns == null || fields.contains("Symbol") && (fields.contains("TradePrice") || fields.contains("Quantity"))) {
                columns = Cells.columns(fields);
                if (!columns.containsKey("symbol") || !columns.containsKey("tradeprice")) {
                    throw new ValidationException(source + " line " + line.number(), "is neither an Activity Statement "
                            + "(no Trades section) nor a Flex Query of Trades (its header needs Symbol and TradePrice)");
                }
                continue;
            }
            data.add(new Object[] {line.number(), Cells.of(columns, fields)});
        }
        if (columns == null) {
            throw new ValidationException(source, "is empty");
        }
        boolean executions = data.stream().anyMatch(d -> ((Cells) d[1]).text("LevelOfDetail").equalsIgnoreCase("EXECUTION"));
        for (Object[] row : data) {
            flexRow(rows, (Integer) row[0], (Cells) row[1], executions);
        }
        rows.note("Interactive Brokers Flex Query: times read as New York local time");
        return rows.build();
    }

    /** Flex rows may carry a line descriptor and section code ({@code "DATA","TRNT",…}); trailer records have no fill. */
    private static List<String> withoutSectionCode(List<String> fields) {
        String first = fields.get(0).toUpperCase(Locale.ROOT);
        if (Set.of("BOF", "EOF", "BOA", "EOA", "BOS", "EOS").contains(first)) {
            return List.of();
        }
        if ((first.equals("HEADER") || first.equals("DATA")) && fields.size() > 2) {
            return fields.get(1).equalsIgnoreCase("TRNT") ? fields.subList(2, fields.size()) : List.of();
        }
        return fields;
    }

    private static void flexRow(BrokerRows.Builder rows, int line, Cells cells, boolean executions) {
        String level = cells.text("LevelOfDetail").toUpperCase(Locale.ROOT);
        if (executions && SUMMARY_LEVELS.contains(level)) {
            rows.unmapped(line, "a " + level + " row summarises executions imported from their own rows");
            return;
        }
        try {
            checkCode(cells.text("Notes/Codes"));
            requireUsd(cells.text("CurrencyPrimary"));
            String when = cells.text("DateTime").isEmpty() ? cells.required("TradeDate")
                    + (cells.text("TradeTime").isEmpty() ? "" : ";" + cells.text("TradeTime")) : cells.text("DateTime");
            LocalDateTime time = Cells.dateTime(when, "DateTime", TIMES);
            Instrument instrument = flexInstrument(cells, time.toLocalDate());
            int quantity = quantity(cells.whole("Quantity"));
            String side = cells.text("Buy/Sell").toUpperCase(Locale.ROOT);
            if (side.startsWith("SELL") && quantity > 0 || side.startsWith("BUY") && quantity < 0) {
                throw new ValidationException("Quantity", quantity + " disagrees with Buy/Sell " + side);
            }
            rows.fill(new BrokerFill(line, time, instrument, quantity, price(cells.number("TradePrice")),
                    -cells.numberOr("IBCommission", 0), BrokerFill.Effect.of(cells.text("Open/CloseIndicator"), "Open/CloseIndicator")));
        } catch (ValidationException e) {
            rows.unmapped(line, e.getMessage());
        }
    }

    private static Instrument flexInstrument(Cells cells, LocalDate tradeDate) {
        String assetClass = cells.text("AssetClass").toUpperCase(Locale.ROOT);
        String symbol = cells.required("Symbol");
        return switch (assetClass) {
            case "OPT", "FOP" -> OccSymbols.parse(symbol);
            case "FUT" -> FuturesSymbols.parse(symbol, tradeDate);
            case "STK" -> OccSymbols.etf(symbol).map(etf -> (Instrument) etf).orElseThrow(() -> notValued(assetClass, symbol));
            default -> throw notValued(assetClass.isEmpty() ? "no AssetClass" : assetClass, symbol);
        };
    }

    // ---- shared ------------------------------------------------------------------------------------------

    private static int quantity(int quantity) {
        if (quantity == 0) {
            throw new ValidationException("Quantity", "is 0");
        }
        return quantity;
    }

    private static double price(double price) {
        if (price < 0) {
            throw new ValidationException("price", "is negative (" + price + ")");
        }
        return price;
    }

    private static void requireUsd(String currency) {
        if (!currency.isEmpty() && !currency.equalsIgnoreCase("USD")) {
            throw new ValidationException("Currency", currency + ", not USD");
        }
    }

    private static ValidationException notValued(String category, String symbol) {
        return new ValidationException("Symbol", symbol + " (" + category + ") is not an instrument CondorDesk values");
    }
}
