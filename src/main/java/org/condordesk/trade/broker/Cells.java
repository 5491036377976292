package org.condordesk.trade.broker;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.condordesk.model.Check;
import org.condordesk.model.ValidationException;

/**
 * One CSV row read by column name (case- and space-insensitive), with the number and date forms broker files use:
 * {@code $1,234.50}, {@code (1.25)} for −1.25, {@code +10}, {@code .60}, {@code --} for empty.
 */
final class Cells {

    private final Map<String, Integer> columns;
    private final List<String> fields;

    private Cells(Map<String, Integer> columns, List<String> fields) {
        this.columns = columns;
        this.fields = fields;
    }

    /** Column positions of a header row. */
    static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(key(header.get(i)), i);
        }
        return columns;
    }

    static Cells of(Map<String, Integer> columns, List<String> fields) {
        return new Cells(columns, fields);
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    }

    /** The trimmed text of {@code column}; empty when the column or the field is missing, or holds {@code --}. */
    String text(String column) {
        Integer index = columns.get(key(column));
        if (index == null || index >= fields.size()) {
            return "";
        }
        String text = fields.get(index).strip();
        return text.equals("--") ? "" : text;
    }

    String required(String column) {
        String text = text(column);
        if (text.isEmpty()) {
            throw new ValidationException(column, "is empty");
        }
        return text;
    }

    double number(String column) {
        return number(required(column), column);
    }

    /** A number, or {@code fallback} when the field is empty. */
    double numberOr(String column, double fallback) {
        String text = text(column);
        return text.isEmpty() ? fallback : number(text, column);
    }

    static double number(String text, String column) {
        String cleaned = text.replace("$", "").replace(",", "").strip();
        boolean negative = cleaned.startsWith("(") && cleaned.endsWith(")");
        if (negative) {
            cleaned = cleaned.substring(1, cleaned.length() - 1);
        }
        try {
            double value = Double.parseDouble(cleaned);
            Check.finite(column, value);
            return negative ? -value : value;
        } catch (NumberFormatException e) {
            throw new ValidationException(column, "is not a number: '" + text + "'");
        }
    }

    /** A whole number of contracts or shares. */
    int whole(String column) {
        double value = number(column);
        if (value != Math.rint(value) || Math.abs(value) > 1_000_000) {
            throw new ValidationException(column, "is not a whole number of contracts: '" + text(column) + "'");
        }
        return (int) value;
    }

    /** {@code text} parsed by the first of {@code patterns} that fits it. */
    static LocalDateTime dateTime(String text, String column, List<String> patterns) {
        for (String pattern : patterns) {
            try {
                DateTimeFormatter format = format(pattern);
                LocalDateTime parsed = pattern.contains("H") ? LocalDateTime.parse(text, format)
                        : LocalDate.parse(text, format).atTime(GenericFills.DATE_ONLY_TIME);
                return org.condordesk.model.Check.year(column, parsed);
            } catch (DateTimeParseException e) {
                // the next pattern may fit
            }
        }
        throw new ValidationException(column, "is not a date-time this importer reads: '" + text + "'");
    }

    /** A date in {@code pattern} (month names in any case: {@code 09DEC26}, {@code 21 Apr 26}). */
    static LocalDate date(String text, String pattern, String column) {
        try {
            return LocalDate.parse(text, format(pattern));
        } catch (DateTimeParseException e) {
            throw new ValidationException(column, "is not a date like " + pattern + ": '" + text + "'");
        }
    }

    /** Strict: 31 NOV is refused, not moved to 30 NOV ({@code u}, the proleptic year, is what strict resolving needs). */
    private static DateTimeFormatter format(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern.replace('y', 'u'))
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
