package org.condordesk.ui.format;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.condordesk.model.ValidationException;

/**
 * A {@link ValidationException} in the trader's words for the window: {@code layers[0].legs[1].quantity: is not
 * a number: 'abc'} reads "Quantity must be a whole number, got 'abc'". The JSON path stays in the CLI, in files'
 * error messages and in the status line's tooltip.
 */
public final class PlainErrors {

    /** Field names as the window labels them. */
    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("strike", "Strike"), Map.entry("quantity", "Quantity"), Map.entry("expiry", "Expiry"),
            Map.entry("right", "Put/call"), Map.entry("settlement", "AM/PM"), Map.entry("entryPrice", "Entry price"),
            Map.entry("bid", "Bid"), Map.entry("ask", "Ask"), Map.entry("impliedVol", "Implied vol"),
            Map.entry("sizeMultiplier", "Size"), Map.entry("name", "Name"), Map.entry("role", "Role"),
            Map.entry("spxSpot", "SPX spot"), Map.entry("vixSpot", "VIX"), Map.entry("vix3m", "VIX3M"),
            Map.entry("riskFreeRate", "Rate"), Map.entry("dividendYield", "Dividend yield"),
            Map.entry("valuationTime", "Valuation time"), Map.entry("price", "Price"), Map.entry("symbol", "Symbol"),
            Map.entry("leverage", "Leverage"), Map.entry("targetTenorDays", "Target tenor"),
            Map.entry("atmToVixRatio", "ATM/VIX ratio"), Map.entry("putSkew", "Put skew"), Map.entry("callSkew", "Call skew"),
            Map.entry("timeWeightExponent", "Time-weight exponent α"), Map.entry("timeWeightMin", "Time-weight minimum"),
            Map.entry("timeWeightMax", "Time-weight maximum"), Map.entry("kDown", "k down"), Map.entry("kUp", "k up"),
            Map.entry("scale", "Spot–vol scale"), Map.entry("vixFloor", "VIX floor"), Map.entry("days", "Days"),
            Map.entry("beta", "Beta"), Map.entry("date", "Date"), Map.entry("label", "Label"), Map.entry("notes", "Notes"),
            Map.entry("tags", "Tags"), Map.entry("kind", "Kind"), Map.entry("mode", "Roll mode"),
            Map.entry("instrument", "Instrument"), Map.entry("unit", "Size unit"), Map.entry("combine", "Rule combination"),
            Map.entry("signal", "Signal"), Map.entry("op", "Comparison"), Map.entry("calibration", "Smile calibration"),
            Map.entry("--max-size", "Search bound"));

    /** List items named for the row they are: {@code vixFutures[2]} is "VIX future 3". */
    private static final Map<String, String> ITEMS = Map.of(
            "vixFutures", "VIX future", "etfQuotes", "ETF price", "events", "Event", "futuresBetas", "Beta row");

    private static final Pattern NOT_A = Pattern.compile("is not (a [^:]+): '(.*)'");
    /** store.json's refusal of an enum field: {@code unknown value "X" (allowed: SAME_STRIKES, SAME_DELTAS)}. */
    private static final Pattern UNKNOWN_VALUE = Pattern.compile("unknown value \"(.*)\" \\(allowed: (.*)\\)");
    /** An enum constant's name as the code spells it (SAME_STRIKES, BASE_MULTIPLE): never shown to a trader as such. */
    private static final Pattern ENUM_NAME = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    /**
     * The one-line message of a {@link ValidationException} ({@code path: reason}) where the path is a JSON path
     * ({@code layers[0].legs[1].quantity}) or a CLI flag ({@code --max-size}); a reason may hold colons of its own.
     */
    private static final Pattern PATH_AND_REASON = Pattern.compile(
            "((?:[A-Za-z][A-Za-z0-9]*(?:\\[\\d+])*)(?:\\.[A-Za-z][A-Za-z0-9]*(?:\\[\\d+])*)*|--[a-z][a-z-]*): (.+)");
    /** Reasons that read as the predicate of the field: "must be > 0", "is missing", "has 3 entries". */
    private static final Pattern PREDICATE = Pattern.compile(
            "(must|is|are|has|have|does|do|should|cannot|can't|needs|settled|at most|at least|duplicate)\\b");
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z0-9]+)(?:\\[(\\d+)])?");

    private PlainErrors() {
    }

    /** The message the window shows for {@code error}. */
    public static String of(ValidationException error) {
        String reason = reason(error.reason());
        String[] segments = error.path().isEmpty() ? new String[0] : error.path().split("\\.");
        if (segments.length == 0) {
            return capitalise(reason);
        }
        if (error.path().startsWith("--")) {
            // A CLI flag's refusal reached the window (the stress search bound): name the field as the window does.
            return PREDICATE.matcher(reason).lookingAt() ? fieldLabel(error.path()) + " " + reason : capitalise(reason);
        }
        Matcher last = SEGMENT.matcher(segments[segments.length - 1]);
        String field = last.matches() ? last.group(1) : segments[segments.length - 1];
        String item = segments.length > 1 ? item(segments[segments.length - 2]) : "";
        if (last.matches() && last.group(2) != null && ITEMS.containsKey(field)) {
            // The path ends at a list item: "vixFutures[2]: duplicate expiry".
            return ITEMS.get(field) + " " + (Integer.parseInt(last.group(2)) + 1) + " " + reason;
        }
        if (!PREDICATE.matcher(reason).lookingAt()) {
            // A reason that is a sentence of its own ("the scenario has no HEDGE layer …") needs no field name.
            return capitalise(reason);
        }
        String label = fieldLabel(field);
        return (item.isEmpty() ? label : item + " " + inSentence(label)) + " " + reason;
    }

    /**
     * A file's error for the window: {@link org.condordesk.store.json.ScenarioJson} prefixes the JSON path with the
     * file ({@code /x/a.json: layers[0].legs[1].quantity}); the window names the file in its header, so only the
     * field in words is left ("Quantity must be a whole number …"), and a file-level reason ("no such file") stands alone.
     */
    public static String ofFile(java.nio.file.Path file, ValidationException error) {
        String path = error.path();
        String prefix = file.toString();
        if (!path.startsWith(prefix)) {
            return of(error);
        }
        String inner = path.substring(prefix.length());
        inner = inner.startsWith(": ") ? inner.substring(2) : "";
        return of(new ValidationException(inner, error.reason()));
    }

    /**
     * A refusal that reached the window as one line (a background job's {@link ValidationException} message,
     * {@code layers[0].legs[1].strike: must be > 0}): the path gives way to the field's name, as in {@link #of}. A line
     * with no path is kept, its enum names in words.
     */
    public static String ofMessage(String message) {
        Matcher m = PATH_AND_REASON.matcher(message.strip());
        if (m.matches()) {
            return of(new ValidationException(m.group(1), m.group(2)));
        }
        return capitalise(reason(message.strip()));
    }

    /** How the window names a scenario field: {@code entryPrice} → "Entry price". */
    public static String fieldLabel(String field) {
        return FIELDS.getOrDefault(field, words(field));
    }

    /** A label inside a sentence: "Entry price" → "entry price", but "VIX3M" and "SPX spot" keep their capitals. */
    public static String inSentence(String label) {
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return acronym || label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static String item(String segment) {
        Matcher m = SEGMENT.matcher(segment);
        if (m.matches() && m.group(2) != null && ITEMS.containsKey(m.group(1))) {
            return ITEMS.get(m.group(1)) + " " + (Integer.parseInt(m.group(2)) + 1);
        }
        return "";
    }

    /**
     * "is not a number: 'abc'" reads "must be a number, got 'abc'"; "unknown value "X" (allowed: SAME_STRIKES, …)"
     * reads "must be one of same strikes, …, got "X""; any other enum name (SAME_STRIKES) reads in words.
     */
    static String reason(String reason) {
        Matcher m = NOT_A.matcher(reason);
        if (m.matches()) {
            return "must be " + m.group(1) + ", got '" + m.group(2) + "'";
        }
        Matcher unknown = UNKNOWN_VALUE.matcher(reason);
        if (unknown.matches()) {
            return "must be one of " + enumWords(unknown.group(2)) + ", got \"" + unknown.group(1) + "\"";
        }
        return enumWords(reason);
    }

    /** SAME_STRIKES → "same strikes": the words a trader reads for an enum name left in a message. */
    static String enumWords(String text) {
        return ENUM_NAME.matcher(text).replaceAll(r -> r.group().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    /** camelCase in words: {@code targetTenorDays} → "Target tenor days". */
    static String words(String camel) {
        String spaced = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        return capitalise(spaced);
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
