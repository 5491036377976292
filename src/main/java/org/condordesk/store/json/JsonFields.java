package org.condordesk.store.json;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.condordesk.model.ValidationException;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One JSON object of an untrusted file seen through its path (scenario files, the backtest's config): typed, strict field access where every
 * error names the field's full path ({@code layers[1].legs[0].strike: must be a number, got "7275"}).
 */
public final class JsonFields {

    /** Dates outside these years are typos, not positions. */
    static final int MIN_YEAR = org.condordesk.model.Check.MIN_YEAR;
    static final int MAX_YEAR = org.condordesk.model.Check.MAX_YEAR;

    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The object at {@code path}; anything but a JSON object is an error there. */
    public static JsonFields of(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new ValidationException(path, "must be a JSON object, got " + describe(node));
        }
        return new JsonFields(node, path);
    }

    /** Rejects every field not in {@code allowed}: a typo must not be silently ignored. */
    public JsonFields allowOnly(Collection<String> allowed, String whose) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new ValidationException(pathOf(name), "unknown field for " + whose + " (allowed: "
                        + String.join(", ", allowed) + ")");
            }
        }
        return this;
    }

    public JsonFields allowOnly(String whose, String... allowed) {
        return allowOnly(Arrays.asList(allowed), whose);
    }

    public String path() {
        return path;
    }

    public String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public boolean has(String field) {
        return node.has(field);
    }

    public JsonNode required(String field) {
        JsonNode value = node.get(field);
        if (value == null) {
            throw new ValidationException(pathOf(field), "is missing");
        }
        return value;
    }

    public double number(String field) {
        JsonNode value = required(field);
        if (!value.isNumber()) {
            throw new ValidationException(pathOf(field), "must be a number, got " + describe(value));
        }
        double number = JsonInput.doubleOf(value);
        if (!Double.isFinite(number)) {
            throw new ValidationException(pathOf(field), "is out of range for a number: " + JsonInput.shortMessage(value.asText()));
        }
        return number;
    }

    public double numberOr(String field, double fallback) {
        return has(field) ? number(field) : fallback;
    }

    public int integer(String field) {
        JsonNode value = required(field);
        if (!value.isNumber()) {
            throw new ValidationException(pathOf(field), "must be a whole number, got " + describe(value));
        }
        if (!value.isIntegralNumber()) {
            throw new ValidationException(pathOf(field), "must be a whole number, got " + value.asText());
        }
        if (!value.canConvertToInt()) {
            throw new ValidationException(pathOf(field), "is out of range: " + JsonInput.shortMessage(value.asText()));
        }
        return value.intValue();
    }

    public String text(String field) {
        JsonNode value = required(field);
        if (!value.isTextual()) {
            throw new ValidationException(pathOf(field), "must be text, got " + describe(value));
        }
        return wellFormed(value.textValue(), pathOf(field));
    }

    public String textOr(String field, String fallback) {
        return has(field) ? text(field) : fallback;
    }

    public boolean bool(String field) {
        JsonNode value = required(field);
        if (!value.isBoolean()) {
            throw new ValidationException(pathOf(field), "must be true or false, got " + describe(value));
        }
        return value.booleanValue();
    }

    public boolean boolOr(String field, boolean fallback) {
        return has(field) ? bool(field) : fallback;
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String text = text(field);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw new ValidationException(pathOf(field), "unknown value \"" + JsonInput.shortMessage(text)
                + "\" (allowed: " + allowed + ")");
    }

    /** A text field spelled exactly as one constant's {@code key} (lower-case keys such as {@code parallel}). */
    public <E extends Enum<E>> E keyed(String field, Class<E> type, Function<E, String> key) {
        String text = text(field);
        for (E constant : type.getEnumConstants()) {
            if (key.apply(constant).equals(text)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(key).collect(Collectors.joining(", "));
        throw new ValidationException(pathOf(field), "unknown value \"" + JsonInput.shortMessage(text)
                + "\" (allowed: " + allowed + ")");
    }

    public <E extends Enum<E>> E choiceOr(String field, Class<E> type, E fallback) {
        return has(field) ? choice(field, type) : fallback;
    }

    public LocalDate date(String field) {
        String text = text(field);
        try {
            return checkYear(field, LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE));
        } catch (DateTimeParseException e) {
            throw new ValidationException(pathOf(field), "must be a date like 2026-12-09, got \""
                    + JsonInput.shortMessage(text) + "\"");
        }
    }

    public LocalDateTime dateTime(String field) {
        String text = text(field);
        try {
            LocalDateTime time = LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
            checkYear(field, time.toLocalDate());
            return time;
        } catch (DateTimeParseException e) {
            throw new ValidationException(pathOf(field), "must be a New York local date-time like "
                    + "2026-11-25T10:00:00 (no offset), got \"" + JsonInput.shortMessage(text) + "\"");
        }
    }

    private LocalDate checkYear(String field, LocalDate date) {
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            throw new ValidationException(pathOf(field), "year must be between " + MIN_YEAR + " and " + MAX_YEAR
                    + ", got " + date);
        }
        return date;
    }

    /** Reads an array field element by element; {@code read} gets each element and its path. */
    public <T> List<T> list(String field, int maxSize, BiFunction<JsonNode, String, T> read) {
        JsonNode array = required(field);
        if (!array.isArray()) {
            throw new ValidationException(pathOf(field), "must be a JSON array, got " + describe(array));
        }
        if (array.size() > maxSize) {
            throw new ValidationException(pathOf(field), "has " + array.size() + " entries, at most " + maxSize + " allowed");
        }
        List<T> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(read.apply(array.get(i), pathOf(field) + "[" + i + "]"));
        }
        return values;
    }

    public <T> List<T> listOr(String field, int maxSize, BiFunction<JsonNode, String, T> read) {
        return has(field) ? list(field, maxSize, read) : List.of();
    }

    /** A text element of an array (a tag). */
    public static String textElement(JsonNode element, String elementPath) {
        if (!element.isTextual()) {
            throw new ValidationException(elementPath, "must be text, got " + describe(element));
        }
        return wellFormed(element.textValue(), elementPath);
    }

    /** Refuses a lone UTF-16 surrogate ({@code "\ud800"}): it could not be written back as UTF-8. */
    private static String wellFormed(String text, String path) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new ValidationException(path, "contains an unpaired UTF-16 surrogate (\\u" + Integer.toHexString(c) + ")");
            }
        }
        return text;
    }

    /**
     * Runs a record constructor for the object at {@code path}: a ValidationException from the model names
     * a field relative to the record, so it is re-thrown under the record's path.
     */
    public static <T> T build(String path, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (ValidationException e) {
            throw e.under(path);
        }
    }

    /** How a wrong value looks in a message: its JSON type and, when short, the value. */
    public static String describe(JsonNode value) {
        String type = switch (value.getNodeType()) {
            case STRING -> "text";
            case NUMBER -> "the number";
            case BOOLEAN -> "the boolean";
            case NULL -> "null";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
        if (value.isValueNode() && !value.isNull()) {
            String text = value.isTextual() ? "\"" + value.textValue() + "\"" : value.asText();
            return type + " " + JsonInput.shortMessage(text);
        }
        return type;
    }
}
