package org.condordesk.store.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.condordesk.market.VxDailySettle;
import org.condordesk.market.VxSettlement;
import org.condordesk.model.ValidationException;
import org.condordesk.store.InputFiles;

/**
 * VIX futures prices for the scenario's futures curve, in either layout of docs/formats.md: Cboe Futures
 * Exchange's daily settlement download ({@code Product,Symbol,Expiration Date,Price}; rows of other products,
 * such as VXM minis, are skipped and counted) or the long form {@code expiry,price}. Rows come back sorted by
 * expiry; two prices for one expiry are an error naming both lines. CFE's per-contract daily history (one file per
 * contract, every trade date) is read by {@link #readHistory}.
 */
public final class VxCsv {

    static final long MAX_BYTES = 4L * 1024 * 1024;
    static final int MAX_ROWS = 10_000;
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu", Locale.US);

    private VxCsv() {
    }

    /** The VX rows of a file, and how many rows of other products it skipped. */
    public record VxFile(List<VxSettlement> futures, int otherProductRows) {

        public VxFile {
            futures = List.copyOf(futures);
        }

        /** The standard monthly contracts only (weeklies often carry a stale reference price). */
        public List<VxSettlement> monthlies() {
            return futures.stream().filter(VxSettlement::monthly).toList();
        }
    }

    /** Every contract-day settlement of a CFE per-contract history file, and how many zero-settle rows it skipped. */
    public record VxHistory(List<VxDailySettle> settles, int zeroSettleRows) {

        public VxHistory {
            settles = List.copyOf(settles);
        }
    }

    /** Reads a CFE per-contract VX history file ({@link CfeContractHistory}, docs/formats.md §VX history). */
    public static VxHistory readHistory(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new ValidationException(file.getFileName().toString(), "is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB: not a VX history file");
        }
        try (InputStream in = InputFiles.open(file, MAX_BYTES)) {
            return readHistory(in, file.getFileName().toString());
        }
    }

    public static VxHistory readHistory(InputStream in, String source) throws IOException {
        try (LineReader reader = new LineReader(in, -1, source, ImportProgress.NONE)) {
            String first = reader.next();
            if (first == null) {
                throw new ValidationException(source, "is empty");
            }
            return CfeContractHistory.read(reader, first);
        }
    }

    public static VxFile read(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new ValidationException(file.getFileName().toString(), "is larger than " + MAX_BYTES / (1024 * 1024)
                    + " MB: not a VX settlement file");
        }
        try (InputStream in = InputFiles.open(file, MAX_BYTES)) {
            return read(in, file.getFileName().toString());
        }
    }

    public static VxFile read(InputStream in, String source) throws IOException {
        try (LineReader reader = new LineReader(in, -1, source, ImportProgress.NONE)) {
            String header = reader.next();
            if (header == null) {
                throw new ValidationException(source, "is empty");
            }
            String normalized = ChainCsv.normalized(header);
            boolean cfe = normalized.startsWith("product,symbol,expirationdate,price");
            if (CfeContractHistory.isHeader(header)) {
                throw new ValidationException(reader.where(), "this is a CFE per-contract VX history file: import it with "
                        + "'history import vx' (File → Market history…), not as a day's curve");
            }
            if (!cfe && !normalized.startsWith("expiry,price")) {
                throw new ValidationException(reader.where(),
                        "expected Cboe's header 'Product,Symbol,Expiration Date,Price' or 'expiry,price'");
            }
            return rows(reader, cfe);
        }
    }

    private static VxFile rows(LineReader reader, boolean cfe) throws IOException {
        List<VxSettlement> futures = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        int others = 0;
        String line;
        while ((line = reader.next()) != null) {
            if (line.isBlank()) {
                continue;
            }
            if (futures.size() + others >= MAX_ROWS) {
                throw new ValidationException(reader.where(), "more than " + MAX_ROWS + " rows: not a VX settlement file");
            }
            CsvFields fields = CsvFields.split(line, reader.where());
            if (cfe && !fields.requireCount(4, 4, "Product,Symbol,Expiration Date,Price").text(0)
                    .equalsIgnoreCase("VX")) {
                others++;
                continue;
            }
            VxSettlement settlement = cfe ? settlement(fields, fields.text(1), 2, 3)
                    : settlement(fields.requireCount(2, 2, "expiry,price"), "", 0, 1);
            checkUnique(futures, lines, settlement, reader);
            futures.add(settlement);
            lines.add(reader.number());
        }
        if (futures.isEmpty()) {
            throw new ValidationException(reader.source(), "has no VX rows");
        }
        checkPlausible(futures, lines, reader.source());
        futures.sort(Comparator.comparing(VxSettlement::expiry));
        return new VxFile(futures, others);
    }

    private static VxSettlement settlement(CsvFields fields, String symbol, int dateColumn, int priceColumn) {
        String text = fields.text(dateColumn);
        LocalDate expiry;
        try {
            expiry = text.contains("/") ? LocalDate.parse(text, US_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ValidationException(fields.where(), "bad expiration date '" + text + "' (expected YYYY-MM-DD)");
        }
        double price = fields.number(priceColumn, "price");
        try {
            return new VxSettlement(symbol, expiry, price);
        } catch (ValidationException e) {
            throw new ValidationException(fields.where(), e.path() + " " + e.reason());
        }
    }

    /**
     * A settlement more than {@link #MAX_CURVE_FACTOR} times from the curve's median is a torn or mistyped row ("1" for
     * "18.55"), never a price: the steepest VX curves on record (March 2020, front near 60 and back near 30) span a
     * factor of about 2 (issue 26 §5).
     */
    private static void checkPlausible(List<VxSettlement> futures, List<Integer> lines, String source) {
        double[] prices = futures.stream().mapToDouble(VxSettlement::price).sorted().toArray();
        double median = prices[prices.length / 2];
        for (int i = 0; i < futures.size(); i++) {
            double price = futures.get(i).price();
            if (price > median * MAX_CURVE_FACTOR || price < median / MAX_CURVE_FACTOR) {
                throw new ValidationException(source + " line " + lines.get(i), "price " + org.condordesk.model.Check.format(price)
                        + " is more than " + Math.round(MAX_CURVE_FACTOR) + " times from the curve's median "
                        + org.condordesk.model.Check.format(median) + ": a torn or mistyped row?");
            }
        }
    }

    static final double MAX_CURVE_FACTOR = 3;

    private static void checkUnique(List<VxSettlement> futures, List<Integer> lines, VxSettlement next,
                                    LineReader reader) {
        for (int i = 0; i < futures.size(); i++) {
            if (futures.get(i).expiry().equals(next.expiry())) {
                throw new ValidationException(reader.where(), "a second price for the future settling on "
                        + next.expiry() + " (first on line " + lines.get(i) + ")");
            }
        }
    }
}
