package org.condordesk.store.csv;

import java.io.IOException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.condordesk.market.VixCalendar;
import org.condordesk.market.VxDailySettle;
import org.condordesk.model.ValidationException;

/**
 * Cboe Futures Exchange's per-contract VX history (docs/formats.md §VX history): an optional disclaimer line, the
 * header {@code Trade Date,Futures,Open,High,Low,Close,Settle,Change,Total Volume,EFP,Open Interest}, then one row per
 * trade date. Its quirks: {@code M/D/YYYY} dates in older files and ISO in newer ones; prices quoted ×10 before
 * 2007-03-26 (the contract was rescaled that day); rows with a zero settle (no settlement: skipped and counted);
 * trailing commas; the contract label {@code F (Jan 13)} or {@code F (Jan 2013)} for a monthly, a leading week number
 * for a weekly. The settlement date comes from the label and the exchange calendar ({@link VixCalendar}), never from
 * the file name: a monthly settles on its month's standard date, a weekly on the first VIX settlement day on or after
 * its last trade date.
 */
final class CfeContractHistory {

    /** The first trade date quoted at the new scale (CFE rescaled VX futures by 1/10 on 2007-03-26). */
    static final LocalDate RESCALED_ON = LocalDate.of(2007, 3, 26);
    static final String HEADER = "Trade Date,Futures,Open,High,Low,Close,Settle,Change,Total Volume,EFP,Open Interest";
    private static final int MAX_PREAMBLE_LINES = 5;
    private static final String MONTH_CODES = "FGHJKMNQUVXZ";
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);
    /** {@code F (Jan 13)}, {@code F (Jan 2013)}; a weekly carries a week number first: {@code 07 (Feb 2018)}, {@code VX07 (Feb 18)}. */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:(?<code>[FGHJKMNQUVXZ])|(?:VX)?(?<week>\\d{1,2})[A-Z]?)\\s*\\(\\s*(?<month>[A-Za-z]{3})[a-z]*\\s+(?<year>\\d{2}|\\d{4})\\s*\\)$");

    private CfeContractHistory() {
    }

    /** True when {@code line} is the history header. */
    static boolean isHeader(String line) {
        return ChainCsv.normalized(line).startsWith("tradedate,futures,");
    }

    /** Reads the rows after the preamble; {@code firstLine} is the file's first line. */
    static VxCsv.VxHistory read(LineReader reader, String firstLine) throws IOException {
        String line = firstLine;
        while (!isHeader(line)) {
            line = reader.next();
            if (line == null || reader.number() > MAX_PREAMBLE_LINES) {
                throw new ValidationException(reader.source() + " line 1",
                        "not a CFE VX history file: expected the header '" + HEADER + "' within the first lines");
            }
        }
        Columns columns = Columns.of(CsvFields.split(line, reader.where()), reader.where());
        Map<String, List<Row>> byLabel = new LinkedHashMap<>();
        int zeroSettles = 0;
        while ((line = reader.next()) != null) {
            if (line.replace(",", "").isBlank()) {
                continue;
            }
            CsvFields fields = CsvFields.split(line, reader.where());
            if (fields.size() < columns.needed) {
                throw new ValidationException(reader.where(), "expected " + columns.count
                        + " comma-separated fields (" + HEADER + "), found " + fields.size() + ": a torn or short row");
            }
            LocalDate day = date(fields.text(columns.date), reader.where());
            double settle = fields.price(columns.settle, "Settle", 0);
            if (settle == 0) {
                zeroSettles++;
                continue;
            }
            String label = fields.text(columns.futures);
            byLabel.computeIfAbsent(label, key -> new ArrayList<>())
                    .add(new Row(day, day.isBefore(RESCALED_ON) ? settle / 10 : settle, reader.number()));
        }
        if (byLabel.isEmpty()) {
            throw new ValidationException(reader.source(), "has no VX rows with a settlement price");
        }
        List<VxDailySettle> settles = new ArrayList<>();
        for (Map.Entry<String, List<Row>> entry : byLabel.entrySet()) {
            settles.addAll(contract(entry.getKey(), entry.getValue(), reader.source()));
        }
        return new VxCsv.VxHistory(settles, zeroSettles);
    }

    private static List<VxDailySettle> contract(String label, List<Row> rows, String source) {
        Matcher matcher = LABEL.matcher(label.strip());
        String where = source + " line " + rows.get(0).line;
        if (!matcher.matches()) {
            throw new ValidationException(where, "contract '" + label + "' is not a VX label such as 'F (Jan 13)'");
        }
        YearMonth month = YearMonth.of(year(matcher.group("year")), month(matcher.group("month"), where));
        LocalDate last = rows.stream().map(Row::day).max(LocalDate::compareTo).orElseThrow();
        String code = matcher.group("code");
        LocalDate expiry;
        String contract;
        char monthCode = MONTH_CODES.charAt(month.getMonthValue() - 1);
        if (code != null) {
            if (code.charAt(0) != monthCode) {
                throw new ValidationException(where, "contract '" + label + "': month code " + code + " is not "
                        + month.getMonth().getDisplayName(TextStyle.SHORT, Locale.US) + " (" + monthCode + ")");
            }
            expiry = VixCalendar.settlement(month);
            contract = "VX/" + monthCode + month.getYear() % 10;
        } else {
            expiry = weeklyExpiry(last);
            if (!YearMonth.from(expiry).equals(month)) {
                throw new ValidationException(where, "weekly contract '" + label + "' trades until " + last
                        + ", so it settles on " + expiry + ", outside " + month);
            }
            contract = String.format(Locale.ROOT, "VX%02d/%c%d", Integer.parseInt(matcher.group("week")), monthCode,
                    month.getYear() % 10);
        }
        List<VxDailySettle> out = new ArrayList<>();
        Map<LocalDate, Row> seen = new HashMap<>();
        for (Row row : rows) {
            Row first = seen.putIfAbsent(row.day, row);
            if (first != null) {
                if (first.settle != row.settle) {
                    throw new ValidationException(source + " line " + row.line, "a second settlement for " + contract
                            + " on " + row.day + " (" + row.settle + ", first " + first.settle + " on line " + first.line + ")");
                }
                continue;
            }
            try {
                out.add(new VxDailySettle(contract, expiry, row.day, row.settle));
            } catch (ValidationException e) {
                throw new ValidationException(source + " line " + row.line, contract + " " + e.path() + " " + e.reason());
            }
        }
        return out;
    }

    /** A weekly settles on the first VIX settlement day (a Wednesday, holiday-adjusted) on or after its last trade date. */
    static LocalDate weeklyExpiry(LocalDate lastTrade) {
        LocalDate day = lastTrade;
        while (!VixCalendar.isSettlementDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static int year(String text) {
        int year = Integer.parseInt(text);
        // Two-digit years: VX futures began in 2004, so 04–99 read as 20xx.
        return text.length() == 2 ? 2000 + year : year;
    }

    private static Month month(String text, String where) {
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.SHORT, Locale.US).equalsIgnoreCase(text.substring(0, 3))) {
                return month;
            }
        }
        throw new ValidationException(where, "unknown month '" + text + "' in the contract label");
    }

    private static LocalDate date(String text, String where) {
        try {
            return text.contains("/") ? LocalDate.parse(text, US_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException(where, "bad trade date '" + text + "' (expected YYYY-MM-DD or M/D/YYYY)");
        }
    }

    private record Row(LocalDate day, double settle, int line) {
    }

    /** Where the columns CondorDesk reads sit in the header. */
    private record Columns(int date, int futures, int settle, int count, int needed) {

        static Columns of(CsvFields header, String where) {
            List<String> names = header.textFields().stream().map(ChainCsv::normalized).toList();
            int date = index(names, "tradedate", where);
            int futures = index(names, "futures", where);
            int settle = index(names, "settle", where);
            int count = (int) names.stream().filter(name -> !name.isEmpty()).count();
            return new Columns(date, futures, settle, count, Math.max(count, Math.max(date, Math.max(futures, settle)) + 1));
        }

        private static int index(List<String> names, String name, String where) {
            int index = names.indexOf(name);
            if (index < 0) {
                throw new ValidationException(where, "the header has no '" + name + "' column (" + HEADER + ")");
            }
            return index;
        }
    }

}
