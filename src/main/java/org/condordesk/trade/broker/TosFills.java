package org.condordesk.trade.broker;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.condordesk.model.Instrument;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Settlement;
import org.condordesk.model.SpxOption;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VixEtfOption;
import org.condordesk.model.VixOption;
import org.condordesk.store.csv.CsvText;

/**
 * thinkorswim's Account Statement export (docs/formats.md): the fills of its {@code Account Trade History} section
 * (a leg of a spread leaves Exec Time and Spread empty: they carry down from the row above), their fees from the
 * {@code Cash Balance} section's TRD rows of the same time, and options that expired from its RAD rows
 * ({@code REMOVAL OF OPTION DUE TO EXPIRATION}). Times are read as New York local time.
 */
final class TosFills {

    static final String TRADE_HISTORY = "Account Trade History";
    static final String CASH_BALANCE = "Cash Balance";
    static final String FUTURES_STATEMENTS = "Futures Statements";
    private static final List<String> EXEC_TIMES = List.of("M/d/yy H:mm:ss", "M/d/yy H:mm", "M/d/yy",
            "yyyy-MM-dd HH:mm:ss");
    private static final Pattern EXPIRATION = Pattern.compile(
            "REMOVAL OF OPTION DUE TO EXPIRATION ([+-]?[0-9.]+) ([A-Z]+) \\d+ (?:\\(\\w+\\) )?(\\d{1,2} [A-Z]{3} \\d{2})"
                    + "( \\[AM\\])? ([0-9.]+) (PUT|CALL)");

    private TosFills() {
    }

    static BrokerRows read(List<CsvText.Line> lines, String source) {
        Map<String, List<CsvText.Line>> sections = Sections.of(lines);
        List<CsvText.Line> history = sections.get(TRADE_HISTORY);
        if (history == null) {
            throw new ValidationException(source, "has no '" + TRADE_HISTORY + "' section: export the Account Statement "
                    + "from thinkorswim's Monitor tab");
        }
        BrokerRows.Builder rows = new BrokerRows.Builder(source);
        List<BrokerFill> fills = trades(history, source, rows);
        List<CsvText.Line> cash = sections.get(CASH_BALANCE);
        if (cash == null) {
            rows.note("no '" + CASH_BALANCE + "' section: fees imported as 0");
            fills.forEach(rows::fill);
        } else {
            CashBalance balance = CashBalance.read(cash, "DATE", "TIME", source, rows);
            List<CsvText.Line> futures = sections.get(FUTURES_STATEMENTS);
            if (futures != null) {
                CashBalance.read(futures, "Exec Date", "Exec Time", source, rows).fees().forEach(
                        (time, fee) -> balance.fees().merge(time, fee, Double::sum));
            }
            balance.withFees(fills).forEach(rows::fill);
            balance.expirations(fills, rows);
        }
        rows.note("thinkorswim: times read as New York local time; SPX options marked [AM] settle AM, the others PM");
        return rows.build();
    }

    private static List<BrokerFill> trades(List<CsvText.Line> section, String source, BrokerRows.Builder rows) {
        List<BrokerFill> fills = new ArrayList<>();
        Map<String, Integer> columns = Cells.columns(CsvText.split(section.get(0).text(), source));
        String execTime = "";
        for (CsvText.Line line : section.subList(1, section.size())) {
            Cells cells = Cells.of(columns, CsvText.split(line.text(), source + " line " + line.number()));
            if (!cells.text("Exec Time").isEmpty()) {
                execTime = cells.text("Exec Time");
            }
            try {
                LocalDateTime time = Cells.dateTime(execTime, "Exec Time", EXEC_TIMES);
                Instrument instrument = instrument(cells, time.toLocalDate());
                int quantity = cells.whole("Qty");
                double price = cells.number("Price");
                if (quantity == 0 || price < 0) {
                    throw new ValidationException("Qty", "a fill needs a quantity and a price >= 0");
                }
                fills.add(new BrokerFill(line.number(), time, instrument, quantity, price, 0,
                        BrokerFill.Effect.of(cells.text("Pos Effect"), "Pos Effect")));
            } catch (ValidationException e) {
                rows.unmapped(line.number(), e.getMessage());
            }
        }
        return fills;
    }

    private static Instrument instrument(Cells cells, LocalDate tradeDate) {
        String type = cells.required("Type").toUpperCase(Locale.ROOT);
        String symbol = cells.required("Symbol").toUpperCase(Locale.ROOT);
        return switch (type) {
            case "CALL", "PUT" -> option(symbol, cells.required("Exp"), type.equals("CALL") ? OptionRight.CALL
                    : OptionRight.PUT, cells.number("Strike"));
            case "FUTURE" -> FuturesSymbols.parse(symbol, tradeDate);
            case "STOCK", "ETF" -> OccSymbols.etf(symbol).map(etf -> (Instrument) etf).orElseThrow(() ->
                    new ValidationException("Symbol", symbol + " (" + type + ") is not an instrument CondorDesk values"));
            default -> throw new ValidationException("Type", type + " " + symbol + " is not an instrument CondorDesk values");
        };
    }

    /**
     * {@code SPX}, {@code 9 DEC 26} (or {@code 18 DEC 26 [AM]}), right and strike: the option. thinkorswim marks the
     * AM-settled standard option {@code [AM]} and leaves the PM-settled weeklies of the same date unmarked.
     */
    static Instrument option(String symbol, String exp, OptionRight right, double strike) {
        boolean am = exp.toUpperCase(Locale.ROOT).contains("[AM]");
        LocalDate expiry = Cells.date(exp.replace("[AM]", "").strip(), "d MMM yy", "Exp");
        return switch (symbol) {
            case "SPX", "SPXW" -> new SpxOption(right, strike, expiry, am ? Settlement.AM : Settlement.PM);
            case "VIX", "VIXW" -> new VixOption(right, strike, expiry);
            default -> OccSymbols.etf(symbol).map(etf -> (Instrument) new VixEtfOption(etf, right, strike, expiry))
                    .orElseThrow(() -> new ValidationException("Symbol", symbol + " options are not an instrument "
                            + "CondorDesk values"));
        };
    }

    /** The Cash Balance (or Futures Statements) section: fees of TRD rows by time, and RAD expiration rows. */
    private record CashBalance(Map<LocalDateTime, Double> fees, List<Object[]> expirations) {

        static CashBalance read(List<CsvText.Line> section, String dateColumn, String timeColumn, String source,
                                BrokerRows.Builder rows) {
            Map<String, Integer> columns = Cells.columns(CsvText.split(section.get(0).text(), source));
            Map<LocalDateTime, Double> fees = new HashMap<>();
            List<Object[]> expirations = new ArrayList<>();
            for (CsvText.Line line : section.subList(1, section.size())) {
                Cells cells = Cells.of(columns, CsvText.split(line.text(), source + " line " + line.number()));
                String type = cells.text("TYPE");
                try {
                    if (type.equals("TRD") || type.equals("RAD") && cells.text("DESCRIPTION").startsWith("REMOVAL OF OPTION")) {
                        LocalDateTime time = Cells.dateTime(cells.required(dateColumn) + " " + cells.required(timeColumn),
                                dateColumn, EXEC_TIMES);
                        if (type.equals("TRD")) {
                            fees.merge(time, -cells.numberOr("Misc Fees", 0) - cells.numberOr("Commissions & Fees", 0),
                                    Double::sum);
                        } else {
                            expirations.add(new Object[] {line.number(), time, cells.text("DESCRIPTION")});
                        }
                    }
                } catch (ValidationException e) {
                    rows.unmapped(line.number(), e.getMessage());
                }
            }
            return new CashBalance(fees, expirations);
        }

        /** Each fill with its share (by contracts) of the fees booked at its time, or one second later. */
        List<BrokerFill> withFees(List<BrokerFill> fills) {
            Map<LocalDateTime, Integer> contracts = new HashMap<>();
            for (BrokerFill fill : fills) {
                contracts.merge(fill.time(), Math.abs(fill.quantity()), Integer::sum);
            }
            List<BrokerFill> out = new ArrayList<>();
            for (BrokerFill fill : fills) {
                double booked = fees.getOrDefault(fill.time(), fees.getOrDefault(fill.time().plusSeconds(1), 0.0));
                double share = booked * Math.abs(fill.quantity()) / contracts.get(fill.time());
                out.add(new BrokerFill(fill.line(), fill.time(), fill.instrument(), fill.quantity(), fill.price(), share,
                        fill.effect()));
            }
            return out;
        }

        /**
         * An expiration closes what is open of its option at 0: only when the contracts it names are what the
         * imported fills left open at that time (the sign convention of the row is not relied on).
         */
        void expirations(List<BrokerFill> fills, BrokerRows.Builder rows) {
            for (Object[] expiration : expirations) {
                int line = (Integer) expiration[0];
                LocalDateTime time = (LocalDateTime) expiration[1];
                Matcher matcher = EXPIRATION.matcher((String) expiration[2]);
                if (!matcher.matches()) {
                    rows.unmapped(line, "an expiration this importer cannot read: " + expiration[2]);
                    continue;
                }
                try {
                    Instrument option = option(matcher.group(2), matcher.group(3) + (matcher.group(4) == null ? "" : " [AM]"),
                            matcher.group(6).equals("CALL") ? OptionRight.CALL : OptionRight.PUT,
                            Double.parseDouble(matcher.group(5)));
                    int named = (int) Math.abs(Double.parseDouble(matcher.group(1)));
                    int open = fills.stream().filter(f -> f.instrument().equals(option) && !f.time().isAfter(time))
                            .mapToInt(BrokerFill::quantity).sum();
                    if (open == 0 || Math.abs(open) != named) {
                        rows.unmapped(line, "the expiration of " + named + " " + option.label() + " does not match the "
                                + open + " the imported fills left open");
                        continue;
                    }
                    rows.fill(new BrokerFill(line, time, option, -open, 0, 0, BrokerFill.Effect.CLOSE));
                } catch (ValidationException e) {
                    rows.unmapped(line, e.getMessage());
                }
            }
        }
    }
}
