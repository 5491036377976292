package org.condordesk.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Field checks for the compact constructors of domain records; each failure names the field. */
public final class Check {

    /** The longest short name (code points): a layer or a funding source, shown in a table cell or a menu. */
    public static final int SHORT_NAME_CHARS = 80;
    /** The longest name or one-line label (code points): a scenario, a tag, an event label, a stress. */
    public static final int NAME_CHARS = 200;
    /**
     * An iron condor's short strikes are chosen by |delta| in [0.01, 0.49]: a short strike must be out of the
     * money (|delta| below 0.5) and a delta under 0.01 has no listed strike on the smile's far wing.
     */
    public static final double MIN_SHORT_DELTA = 0.01;
    public static final double MAX_SHORT_DELTA = 0.49;

    /** The years a scenario file may hold (store.json's reader refuses others): a date outside is a typing error. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;
    /**
     * The largest price per unit, in points, of any instrument: SPX has never reached 10,000 and a VIX future 100;
     * a price a hundred times beyond anything traded is a typing error (1e308 passed and gave P&L "n/a", issue 26 §4).
     */
    public static final double MAX_PRICE_POINTS = 1_000_000;

    private Check() {
    }

    /** A price per unit in points: finite, >= 0, at most {@link #MAX_PRICE_POINTS}. */
    public static double price(String field, double value) {
        return between(field, value, 0, MAX_PRICE_POINTS);
    }

    /** A date whose year lies within {@link #MIN_YEAR}..{@link #MAX_YEAR}. */
    public static java.time.LocalDateTime year(String field, java.time.LocalDateTime value) {
        present(field, value);
        if (value.getYear() < MIN_YEAR || value.getYear() > MAX_YEAR) {
            throw new ValidationException(field, "year must be between " + MIN_YEAR + " and " + MAX_YEAR + ", got "
                    + value.toLocalDate());
        }
        return value;
    }

    public static double finite(String field, double value) {
        if (!Double.isFinite(value)) {
            throw new ValidationException(field, "must be a finite number, got " + value);
        }
        return value;
    }

    public static double positive(String field, double value) {
        finite(field, value);
        if (value <= 0) {
            throw new ValidationException(field, "must be > 0, got " + format(value));
        }
        return value;
    }

    public static double nonNegative(String field, double value) {
        finite(field, value);
        if (value < 0) {
            throw new ValidationException(field, "must be >= 0, got " + format(value));
        }
        return value;
    }

    public static double between(String field, double value, double min, double max) {
        finite(field, value);
        if (value < min || value > max) {
            throw new ValidationException(field,
                    "must be between " + format(min) + " and " + format(max) + ", got " + format(value));
        }
        return value;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "is missing");
        }
        return value;
    }

    /** A target short delta checked against {@link #MIN_SHORT_DELTA} and {@link #MAX_SHORT_DELTA}. */
    public static double shortDelta(String field, double value) {
        return between(field, value, MIN_SHORT_DELTA, MAX_SHORT_DELTA);
    }

    /**
     * One line of text of at most {@code maxChars} characters (Unicode code points, not UTF-16 units): no control
     * characters (C0, DEL, C1: ESC and BEL would reach a terminal) and no unpaired surrogate (not Unicode at all;
     * SQLite would store it as "?").
     */
    public static String text(String field, String value, int maxChars) {
        return checkText(field, value, maxChars, false);
    }

    /**
     * As {@link #text}, for notes: line feeds and tabs are allowed, and line ends are normalised to line feeds
     * (a note typed on Windows or pasted from a CRLF file keeps its lines; a lone carriage return, which could
     * overwrite a terminal line, becomes a line feed).
     */
    public static String multilineText(String field, String value, int maxChars) {
        present(field, value);
        return checkText(field, value.replace("\r\n", "\n").replace('\r', '\n'), maxChars, true);
    }

    public static String name(String field, String value, int maxChars) {
        text(field, value, maxChars);
        if (value.isBlank()) {
            throw new ValidationException(field, "must not be blank");
        }
        return value;
    }

    private static String checkText(String field, String value, int maxChars, boolean multiline) {
        present(field, value);
        int index = 0;
        for (int i = 0; i < value.length(); ) {
            int codePoint = value.codePointAt(i);
            index++;
            if (Character.isSurrogate((char) codePoint) && Character.charCount(codePoint) == 1) {
                throw new ValidationException(field, "contains an unpaired surrogate (" + unicode(codePoint) + " at character "
                        + index + "): not valid Unicode");
            }
            boolean allowed = multiline && (codePoint == '\n' || codePoint == '\t');
            if (isControl(codePoint) && !allowed) {
                throw new ValidationException(field, "must not contain control characters (" + unicode(codePoint)
                        + " at character " + index + ")" + (multiline ? "; only line feeds and tabs are allowed" : ""));
            }
            i += Character.charCount(codePoint);
        }
        if (index > maxChars) {
            throw new ValidationException(field, "is longer than " + maxChars + " characters");
        }
        return value;
    }

    /** C0 controls, DEL and C1 controls: the code points a terminal may act on. */
    public static boolean isControl(int codePoint) {
        return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F);
    }

    private static String unicode(int codePoint) {
        return String.format(java.util.Locale.ROOT, "U+%04X", codePoint);
    }

    /** An immutable copy of a list whose elements are all present and whose size is bounded. */
    public static <T> List<T> list(String field, List<T> values, int maxSize) {
        present(field, values);
        if (values.size() > maxSize) {
            throw new ValidationException(field, "has " + values.size() + " entries, at most " + maxSize + " allowed");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new ValidationException(field + "[" + i + "]", "is missing");
            }
        }
        return List.copyOf(values);
    }

    /**
     * The dates of {@code values} strictly increasing (a daily series); the first that is not is named
     * {@code field[i].date}.
     */
    public static <T> void datesIncreasing(String field, List<T> values, Function<T, LocalDate> date) {
        for (int i = 1; i < values.size(); i++) {
            LocalDate previous = date.apply(values.get(i - 1));
            LocalDate current = date.apply(values.get(i));
            if (!current.isAfter(previous)) {
                throw new ValidationException(field + "[" + i + "].date", current + " is not after the previous date " + previous);
            }
        }
    }

    /** Plain rendering of a number for messages: no exponent for ordinary sizes, no trailing zeros. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Objects.toString(value);
    }
}
