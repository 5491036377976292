package org.condordesk.store.json;

import java.io.IOException;

import org.condordesk.model.ValidationException;
import org.condordesk.store.InputFiles;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Parses untrusted JSON into Jackson's tree model, never into classes: no data binding, no default typing,
 * so a {@code @class} field is just an unknown field. Hard limits guard against hostile files.
 */
public final class JsonInput {

    /** Files larger than this are refused before parsing. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    /** A valid scenario nests 5 deep (scenario, layers, layer, legs, leg); the slack is for the recovery wrapper. */
    static final int MAX_NESTING_DEPTH = 16;
    /** Digits in one number literal: plenty for any double, far from BigDecimal blow-ups. */
    static final int MAX_NUMBER_CHARS = 100;
    /** Longest string value: notes are at most {@code Scenario.MAX_NOTES_CHARS} (20,000) characters. */
    static final int MAX_STRING_CHARS = 100_000;
    static final int MAX_FIELD_NAME_CHARS = 200;
    private static final int MAX_MESSAGE_CHARS = 160;

    private static final ObjectMapper MAPPER = createMapper();

    private JsonInput() {
    }

    private static ObjectMapper createMapper() {
        StreamReadConstraints limits = StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxNumberLength(MAX_NUMBER_CHARS)
                .maxStringLength(MAX_STRING_CHARS)
                .maxNameLength(MAX_FIELD_NAME_CHARS)
                .maxDocumentLength(MAX_FILE_BYTES)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .disable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(limits)
                .build();
        // Floats are read as doubles (not BigDecimal): -0.0 survives a round trip, and 10.0 is not an int.
        return JsonMapper.builder(factory)
                .build();
    }

    /** Reads one JSON value from {@code bytes}; any syntax or limit problem is a ValidationException naming where. */
    public static JsonNode parse(byte[] bytes) {
        checkSize(bytes.length);
        JsonNode root;
        try (JsonParser parser = MAPPER.getFactory().createParser(bytes)) {
            root = readSingleValue(parser);
        } catch (IOException e) {
            // The factory's parser over a byte array only "fails I/O" on closing, which cannot happen.
            throw new ValidationException("", "invalid JSON: " + shortMessage(e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new ValidationException("", "the file is empty, expected a JSON object");
        }
        return root;
    }

    /** The parser is ours so that every failure, limits included, can name the path it was reading. */
    private static JsonNode readSingleValue(JsonParser parser) {
        try {
            JsonNode root = MAPPER.readTree(parser);
            if (root != null && parser.nextToken() != null) {
                throw new ValidationException("", "invalid JSON" + at(parser.currentTokenLocation())
                        + ": unexpected content after the end of the scenario object");
            }
            return root;
        } catch (JsonProcessingException e) {
            return throwTranslated(e, parser);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationException validation) {
                throw validation;
            }
            // Whatever else the parser throws on hostile bytes is still bad input, reported in one line.
            throw new ValidationException(pathOf(parser.getParsingContext()), "invalid JSON" + at(parser.currentLocation())
                    + ": " + shortMessage(e.getMessage()));
        }
    }

    private static JsonNode throwTranslated(JsonProcessingException e, JsonParser parser) {
        JsonLocation location = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
        throw new ValidationException(pathOf(parser.getParsingContext()),
                "invalid JSON" + at(location) + ": " + shortMessage(withoutSourceMarker(e.getOriginalMessage())));
    }

    /** Jackson appends where an unclosed object started, as a source dump; the line and column already say where. */
    private static String withoutSourceMarker(String message) {
        int marker = message == null ? -1 : message.indexOf(" (start marker at ");
        return marker < 0 ? message : message.substring(0, marker);
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    static void checkSize(long sizeBytes) {
        if (sizeBytes > MAX_FILE_BYTES) {
            throw sizeError(sizeBytes);
        }
    }

    static ValidationException sizeError(long sizeBytes) {
        return new ValidationException("", InputFiles.sizeMessage(sizeBytes, MAX_FILE_BYTES));
    }

    /** A double from a number node: an integer literal such as a strike of 7275 is a number too. */
    static double doubleOf(JsonNode number) {
        return number.doubleValue();
    }

    /** The path of the parser's position in our notation: {@code layers[1].legs[0].strike}. */
    static String pathOf(JsonStreamContext context) {
        java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.push("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            } else if (c.getCurrentName() != null) {
                segments.push(c.getCurrentName());
            }
        }
        StringBuilder path = new StringBuilder();
        for (String segment : segments) {
            if (!segment.startsWith("[") && path.length() > 0) {
                path.append('.');
            }
            path.append(segment);
        }
        return path.toString();
    }

    public static String shortMessage(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String line = message.replaceAll("\\s*[\\r\\n]+\\s*", " ").trim();
        return line.length() <= MAX_MESSAGE_CHARS ? line : line.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    /** The parser factory with the same features and limits, for the writer's generator. */
    static JsonFactory factory() {
        return MAPPER.getFactory();
    }
}
