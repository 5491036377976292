package org.condordesk.store.csv;

import java.util.ArrayList;
import java.util.List;

import org.condordesk.model.ValidationException;

/**
 * One CSV line split into fields (RFC 4180 quoting: a field in double quotes may hold commas, {@code ""} is a
 * quote), with typed reads that name the line and the column when a field is not what it should be.
 */
final class CsvFields {

    private final List<String> fields;
    private final String where;

    private CsvFields(List<String> fields, String where) {
        this.fields = fields;
        this.where = where;
    }

    /** Splits {@code line}; {@code where} ("quotes.csv line 12") prefixes every error. */
    static CsvFields split(String line, String where) {
        List<String> fields = new ArrayList<>(24);
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new ValidationException(where, "a quoted field is not closed");
        }
        fields.add(field.toString());
        return new CsvFields(fields, where);
    }

    int size() {
        return fields.size();
    }

    String where() {
        return where;
    }

    /** Every field's text, trimmed. */
    List<String> textFields() {
        return fields.stream().map(String::strip).toList();
    }

    /** The raw text of field {@code index}, trimmed. */
    String text(int index) {
        return fields.get(index).strip();
    }

    /** Requires exactly {@code count} fields, or at least {@code min} and at most {@code max}. */
    CsvFields requireCount(int min, int max, String layout) {
        if (fields.size() < min || fields.size() > max) {
            String expected = min == max ? Integer.toString(min) : min + " to " + max;
            throw new ValidationException(where, "expected " + expected + " comma-separated fields (" + layout
                    + "), found " + fields.size());
        }
        return this;
    }

    /** A finite number ≥ 0; an empty field is {@code emptyValue} (0 for a missing bid, NaN for no last sale). */
    double price(int index, String column, double emptyValue) {
        String text = text(index);
        if (text.isEmpty()) {
            return emptyValue;
        }
        double value = number(text, column);
        if (value < 0) {
            throw new ValidationException(where, column + " is negative (" + text + ")");
        }
        return value;
    }

    /** A finite number. */
    double number(int index, String column) {
        String text = text(index);
        if (text.isEmpty()) {
            throw new ValidationException(where, column + " is empty");
        }
        return number(text, column);
    }

    private double number(String text, String column) {
        try {
            double value = Double.parseDouble(text.replace("$", ""));
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the column's name
        }
        throw new ValidationException(where, column + " is not a number: '" + text + "'");
    }

    /** A whole count ≥ 0 ("1,234" is not one: CSV fields carry no thousands separators); empty is -1. */
    long count(int index, String column) {
        String text = text(index);
        if (text.isEmpty()) {
            return -1;
        }
        double value = number(text, column);
        if (value < 0 || value != Math.rint(value) || value > 1e15) {
            throw new ValidationException(where, column + " is not a whole number >= 0: '" + text + "'");
        }
        return (long) value;
    }
}
