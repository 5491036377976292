package org.condordesk.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.condordesk.market.AdvanceDeclineSeries;
import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;
import org.condordesk.model.ValidationException;

/**
 * Imports daily history CSVs in the layouts of {@link HistoryLayout}, detected from the header. A bad row
 * (unparseable date or number, non-positive price, high below low, a date not after the previous row's) is
 * either refused, naming its line, or skipped and listed in the result, as the caller chooses.
 */
public final class HistoryImport {

    /** Files above this are refused before reading: 36 years of daily bars are under 1 MB. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final DateTimeFormatter CBOE_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu");
    private static final int PROGRESS_EVERY_LINES = 500;
    /**
     * The largest day-over-day change of a close accepted: a factor of 4 either way. The largest real ones are far
     * inside it (VIX +115 % on 2018-02-05, SPX -20.5 % on 1987-10-19); a torn last line ("…,7" for "…,7012.50") or a
     * mistyped price is far outside it (issue 26 §5).
     */
    public static final double MAX_DAILY_FACTOR = 4;
    /** A row dated more than this after today is refused (a typing error such as 9999, not a future quote). */
    public static final int MAX_DAYS_AHEAD = 366;

    /** What to do with a bad row. */
    public enum OnBadRow {
        /** Stop at the first bad row with an error naming its line. */
        REFUSE,
        /** Leave the row out and list it in {@link Result#skipped()}. */
        SKIP
    }

    /** A row left out, by its 1-based line number in the file. */
    public record RowProblem(int line, String reason) {
        public String describe(String source) {
            return source + " line " + line + ": " + reason;
        }
    }

    /** What was read, the layout it was in and the rows skipped. */
    public record Result<T>(T data, HistoryLayout layout, int rowsRead, List<RowProblem> skipped) {
        public Result {
            skipped = List.copyOf(skipped);
        }
    }

    /** Reports progress as a share 0–1 of the file and is asked whether to stop. */
    public interface Progress {
        Progress NONE = new Progress() {
            @Override
            public void update(double shareDone) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        void update(double shareDone);

        boolean isCancelled();
    }

    private HistoryImport() {
    }

    /** An OHLC price history (Cboe, Yahoo or Stooq layout) for {@code symbol}. */
    public static Result<DailySeries> prices(Path file, String symbol, OnBadRow policy, Progress progress)
            throws IOException {
        checkSize(file);
        try (InputStream in = InputFiles.open(file, MAX_BYTES)) {
            return prices(in, Files.size(file), file.getFileName().toString(), symbol, policy, progress);
        }
    }

    /** Reads from a stream of {@code totalBytes} (for progress; 0 if unknown); {@code source} names it in messages. */
    public static Result<DailySeries> prices(InputStream in, long totalBytes, String source, String symbol,
                                             OnBadRow policy, Progress progress) throws IOException {
        Rows<DailyBar> rows = new Rows<>(source, policy, progress, true);
        HistoryLayout layout = rows.read(in, totalBytes, HistoryImport::bar, DailyBar::date);
        return new Result<>(new DailySeries(symbol, rows.accepted), layout, rows.read, rows.skipped);
    }

    /** An Advance–Decline history ({@code date,advancers,decliners} or {@code date,ad_line}). */
    public static Result<AdvanceDeclineSeries> advanceDecline(Path file, OnBadRow policy, Progress progress)
            throws IOException {
        checkSize(file);
        try (InputStream in = InputFiles.open(file, MAX_BYTES)) {
            return advanceDecline(in, Files.size(file), file.getFileName().toString(), policy, progress);
        }
    }

    public static Result<AdvanceDeclineSeries> advanceDecline(InputStream in, long totalBytes, String source,
                                                              OnBadRow policy, Progress progress) throws IOException {
        Rows<AdvanceDeclineSeries.Point> rows = new Rows<>(source, policy, progress, false);
        HistoryLayout layout = rows.read(in, totalBytes, HistoryImport::adPoint, AdvanceDeclineSeries.Point::date);
        List<AdvanceDeclineSeries.Point> points = rows.accepted;
        if (layout == HistoryLayout.AD_COUNTS) {
            points = cumulative(points);
        }
        return new Result<>(new AdvanceDeclineSeries(source, points), layout, rows.read, rows.skipped);
    }

    private static void checkSize(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new ValidationException(file.getFileName().toString(), "is " + size / (1024 * 1024)
                    + " MB, larger than the " + MAX_BYTES / (1024 * 1024) + " MB limit for a daily history file");
        }
        long heapLimit = heapLimitBytes();
        if (size > heapLimit) {
            throw new ValidationException(file.getFileName().toString(), "is " + size / (1024 * 1024) + " MB, more than the "
                    + heapLimit / (1024 * 1024) + " MB this Java heap can import (java -Xmx raises it)");
        }
    }

    /**
     * A row of about 40 bytes becomes a bar of about 100 bytes of heap, and the rows list doubles as it grows: a file
     * over a tenth of the heap's maximum is refused before reading, not met with an out-of-memory error half-way.
     */
    static long heapLimitBytes() {
        return Runtime.getRuntime().maxMemory() / 10;
    }

    /** Counts rows carry advancers − decliners in {@code adLine}; the line is their running sum from the first row. */
    private static List<AdvanceDeclineSeries.Point> cumulative(List<AdvanceDeclineSeries.Point> netPerDay) {
        List<AdvanceDeclineSeries.Point> line = new ArrayList<>(netPerDay.size());
        double sum = 0;
        for (AdvanceDeclineSeries.Point day : netPerDay) {
            sum += day.adLine();
            line.add(new AdvanceDeclineSeries.Point(day.date(), sum));
        }
        return line;
    }

    /** Turns the cells of one row into a value; throws ValidationException with the reason. */
    private interface RowParser<T> {
        T parse(HistoryLayout layout, String[] cells);
    }

    /** The reading loop shared by both kinds: header, rows, ordering, policy, progress. */
    private static final class Rows<T> {
        final String source;
        final OnBadRow policy;
        final Progress progress;
        final boolean prices;
        final List<T> accepted = new ArrayList<>();
        final List<RowProblem> skipped = new ArrayList<>();
        int read;

        Rows(String source, OnBadRow policy, Progress progress, boolean prices) {
            this.source = source;
            this.policy = policy;
            this.progress = progress;
            this.prices = prices;
        }

        HistoryLayout read(InputStream raw, long totalBytes, RowParser<T> parser,
                           java.util.function.Function<T, LocalDate> dateOf) throws IOException {
            CountingInputStream counted = new CountingInputStream(raw);
            BufferedReader reader = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8));
            HistoryLayout layout = layout(reader.readLine());
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number % PROGRESS_EVERY_LINES == 0) {
                    report(counted.count(), totalBytes);
                }
                if (line.isBlank()) {
                    continue;
                }
                read++;
                try {
                    T row = parser.parse(layout, cells(line, layout));
                    checkOrder(dateOf.apply(row), dateOf);
                    checkMove(row);
                    accepted.add(row);
                } catch (ValidationException e) {
                    bad(number, e.getMessage());
                }
            }
            refuseTornEnd(counted, number);
            if (accepted.isEmpty()) {
                throw new ValidationException(source, read == 0 ? "has no rows" : "has no valid rows (" + skipped.size()
                        + " bad, the first at line " + skipped.get(0).line() + ": " + skipped.get(0).reason() + ")");
            }
            progress.update(1.0);
            return layout;
        }

        /**
         * A final line with no line end that did not read is a file cut short (a torn download, {@code head -c}): an
         * error naming the line whatever the policy, never a silently skipped or half-read last day.
         */
        private void refuseTornEnd(CountingInputStream counted, int lastLine) {
            if (counted.lastByte() == '\n' || counted.lastByte() == '\r' || skipped.isEmpty()) {
                return;
            }
            RowProblem last = skipped.get(skipped.size() - 1);
            if (last.line() == lastLine) {
                throw new ValidationException(source + " line " + lastLine, "the last line has no line end and does not"
                        + " read (" + last.reason() + "): the file looks cut short; download it again");
            }
        }

        /** A close more than {@link #MAX_DAILY_FACTOR} times (or under 1/4 of) the previous day's is refused. */
        private void checkMove(T row) {
            if (!(row instanceof DailyBar bar) || accepted.isEmpty()) {
                return;
            }
            DailyBar previous = (DailyBar) accepted.get(accepted.size() - 1);
            double factor = bar.close() / previous.close();
            if (factor > MAX_DAILY_FACTOR || factor < 1 / MAX_DAILY_FACTOR) {
                throw new ValidationException("", String.format(java.util.Locale.ROOT, "close %s is %.3g times the previous"
                        + " day's %s (beyond the x%.0f a day this importer accepts: a torn or mistyped row?)",
                        org.condordesk.model.Check.format(bar.close()), factor,
                        org.condordesk.model.Check.format(previous.close()), MAX_DAILY_FACTOR));
            }
        }

        private void report(long bytes, long totalBytes) {
            if (progress.isCancelled()) {
                throw new CancellationException("import of " + source + " cancelled");
            }
            if (totalBytes > 0) {
                progress.update(Math.min(1.0, (double) bytes / totalBytes));
            }
        }

        private HistoryLayout layout(String header) {
            if (header == null) {
                throw new ValidationException(source, "is empty");
            }
            HistoryLayout layout = HistoryLayout.detect(header).orElseThrow(() -> new ValidationException(
                    source + " line 1", "unrecognised header '" + header.strip() + "' (expected "
                    + HistoryLayout.expected(prices) + ")"));
            if (layout.isPrices() != prices) {
                throw new ValidationException(source + " line 1", "this is " + (prices ? "an A/D file" : "a price file")
                        + "; expected " + HistoryLayout.expected(prices));
            }
            return layout;
        }

        private String[] cells(String line, HistoryLayout layout) {
            String[] cells = line.split(",", -1);
            if (cells.length != layout.columns()) {
                throw new ValidationException("", "expected " + layout.columns() + " comma-separated fields, found "
                        + cells.length);
            }
            return cells;
        }

        private void checkOrder(LocalDate date, java.util.function.Function<T, LocalDate> dateOf) {
            if (accepted.isEmpty()) {
                return;
            }
            LocalDate previous = dateOf.apply(accepted.get(accepted.size() - 1));
            if (date.equals(previous)) {
                throw new ValidationException("", "duplicate date " + date);
            }
            if (date.isBefore(previous)) {
                throw new ValidationException("", "date " + date + " is before the previous row's " + previous
                        + " (rows must be in date order)");
            }
        }

        private void bad(int line, String reason) {
            if (policy == OnBadRow.REFUSE) {
                throw new ValidationException(source + " line " + line, reason);
            }
            skipped.add(new RowProblem(line, reason));
        }
    }

    private static DailyBar bar(HistoryLayout layout, String[] cells) {
        LocalDate date = date(cells[0], layout);
        double open = price("open", cells[1]);
        double high = price("high", cells[2]);
        double low = price("low", cells[3]);
        double close = price("close", cells[4]);
        if (layout == HistoryLayout.YAHOO) {
            price("adj close", cells[5]);
        }
        if (layout != HistoryLayout.CBOE) {
            nonNegative("volume", cells[cells.length - 1]);
        }
        if (high < low) {
            throw new ValidationException("", "high " + cells[2].trim() + " is below low " + cells[3].trim());
        }
        return new DailyBar(date, open, high, low, close);
    }

    private static AdvanceDeclineSeries.Point adPoint(HistoryLayout layout, String[] cells) {
        LocalDate date = date(cells[0], layout);
        if (layout == HistoryLayout.AD_LINE) {
            return new AdvanceDeclineSeries.Point(date, number("ad_line", cells[1]));
        }
        double advancers = nonNegative("advancers", cells[1]);
        double decliners = nonNegative("decliners", cells[2]);
        return new AdvanceDeclineSeries.Point(date, advancers - decliners);
    }

    private static LocalDate date(String cell, HistoryLayout layout) {
        String text = cell.trim().replace("\"", "");
        LocalDate date;
        try {
            date = layout == HistoryLayout.CBOE && text.contains("/") ? LocalDate.parse(text, CBOE_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException("", "bad date '" + text + "' (expected "
                    + (layout == HistoryLayout.CBOE ? "MM/DD/YYYY" : "YYYY-MM-DD") + ")");
        }
        LocalDate latest = LocalDate.now(java.time.ZoneOffset.UTC).plusDays(MAX_DAYS_AHEAD);
        if (date.getYear() < org.condordesk.model.Check.MIN_YEAR || date.isAfter(latest)) {
            throw new ValidationException("", "date " + date + " is outside " + org.condordesk.model.Check.MIN_YEAR
                    + "-01-01 to a year from today (" + latest + ")");
        }
        return date;
    }

    private static double price(String field, String cell) {
        double value = number(field, cell);
        if (value <= 0) {
            throw new ValidationException("", field + " must be > 0, got " + cell.trim());
        }
        if (value > org.condordesk.model.Check.MAX_PRICE_POINTS) {
            throw new ValidationException("", field + " " + cell.trim() + " is beyond "
                    + org.condordesk.model.Check.format(org.condordesk.model.Check.MAX_PRICE_POINTS) + " points");
        }
        return value;
    }

    private static double nonNegative(String field, String cell) {
        double value = number(field, cell);
        if (value < 0) {
            throw new ValidationException("", field + " must be >= 0, got " + cell.trim());
        }
        return value;
    }

    private static double number(String field, String cell) {
        String text = cell.trim().replace("\"", "");
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ValidationException("", field + " is not a number: '" + text + "'");
    }
}
