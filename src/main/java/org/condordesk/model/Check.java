package org.condordesk.model;

import java.util.List;
import java.util.Objects;

/** Field checks for the compact constructors of domain records; each failure names the field. */
public final class Check {
    private Check() {
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

    public static String text(String field, String value, int maxLength) {
        present(field, value);
        if (value.length() > maxLength) {
            throw new ValidationException(field, "is longer than " + maxLength + " characters");
        }
        return value;
    }

    public static String name(String field, String value, int maxLength) {
        text(field, value, maxLength);
        if (value.isBlank()) {
            throw new ValidationException(field, "must not be blank");
        }
        return value;
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

    /** Plain rendering of a number for messages: no exponent for ordinary sizes, no trailing zeros. */
    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Objects.toString(value);
    }
}
