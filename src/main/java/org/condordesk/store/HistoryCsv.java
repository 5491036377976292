package org.condordesk.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;
import org.condordesk.model.ValidationException;

/**
 * Reads daily index history in Cboe's download layout {@code DATE,OPEN,HIGH,LOW,CLOSE} (dates
 * {@code MM/DD/YYYY}, or ISO {@code YYYY-MM-DD}). A broken row is reported with its line number.
 */
public final class HistoryCsv {

    static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final DateTimeFormatter CBOE_DATE = DateTimeFormatter.ofPattern("MM/dd/uuuu");

    private HistoryCsv() {
    }

    public static DailySeries read(Path file, String symbol) throws IOException {
        try (InputStream in = InputFiles.open(file, MAX_BYTES)) {
            return read(in, file.getFileName().toString(), symbol);
        }
    }

    /** Reads from a stream; {@code source} names it in error messages. */
    public static DailySeries read(InputStream in, String source, String symbol) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.replace("\uFEFF", "").trim().toUpperCase().startsWith("DATE,OPEN,HIGH,LOW,CLOSE")) {
            throw new ValidationException(source + " line 1", "expected the header DATE,OPEN,HIGH,LOW,CLOSE");
        }
        List<DailyBar> bars = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String where = source + " line " + number;
            DailyBar bar = parse(line, where);
            if (!bars.isEmpty() && !bar.date().isAfter(bars.get(bars.size() - 1).date())) {
                throw new ValidationException(where, bar.date() + " is not after the previous row's date");
            }
            bars.add(bar);
        }
        if (bars.isEmpty()) {
            throw new ValidationException(source, "has no rows");
        }
        return new DailySeries(symbol, bars);
    }

    private static DailyBar parse(String line, String where) {
        String[] cells = line.split(",", -1);
        if (cells.length != 5) {
            throw new ValidationException(where, "expected 5 comma-separated fields, found " + cells.length);
        }
        try {
            return new DailyBar(date(cells[0].trim()), number(cells[1]), number(cells[2]), number(cells[3]),
                    number(cells[4]));
        } catch (DateTimeParseException e) {
            throw new ValidationException(where, "bad date '" + cells[0].trim() + "' (expected MM/DD/YYYY)");
        } catch (NumberFormatException e) {
            throw new ValidationException(where, "not a number: " + e.getMessage());
        } catch (ValidationException e) {
            throw e.under(where);
        }
    }

    private static LocalDate date(String text) {
        return text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, CBOE_DATE);
    }

    private static double number(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            throw new NumberFormatException("empty field");
        }
        double value = Double.parseDouble(trimmed);
        if (!Double.isFinite(value)) {
            throw new NumberFormatException(trimmed);
        }
        return value;
    }
}
