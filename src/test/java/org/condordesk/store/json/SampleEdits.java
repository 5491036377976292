package org.condordesk.store.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Test helper: the hedged sample as a mutable tree, edited by JSON pointer and printed back to text. */
public final class SampleEdits {

    public static final Path HEDGED = Path.of("samples", "condor-vix-hedge.json");
    public static final Path CONDOR_ONLY = Path.of("samples", "condor-only.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode root;

    private SampleEdits(ObjectNode root) {
        this.root = root;
    }

    public static SampleEdits hedged() {
        return of(HEDGED);
    }

    public static SampleEdits of(Path file) {
        try {
            return new SampleEdits((ObjectNode) MAPPER.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets the field at {@code pointer} (e.g. {@code /layers/0/legs/1/strike}) to the raw JSON {@code rawValue}. */
    public SampleEdits set(String pointer, String rawValue) {
        JsonPointer at = JsonPointer.compile(pointer);
        JsonNode parent = root.at(at.head());
        if (parent instanceof ArrayNode array) {
            array.set(at.last().getMatchingIndex(), parse(rawValue));
        } else {
            ((ObjectNode) parent).set(at.last().getMatchingProperty(), parse(rawValue));
        }
        return this;
    }

    public SampleEdits remove(String pointer) {
        JsonPointer at = JsonPointer.compile(pointer);
        parentOf(at).remove(at.last().getMatchingProperty());
        return this;
    }

    /** Appends {@code copies} copies of the array element at {@code pointer} to its array. */
    public SampleEdits repeat(String pointer, int copies) {
        JsonPointer at = JsonPointer.compile(pointer);
        ArrayNode array = (ArrayNode) root.at(at.head());
        JsonNode element = array.get(at.last().getMatchingIndex());
        for (int i = 0; i < copies; i++) {
            array.add(element.deepCopy());
        }
        return this;
    }

    public JsonNode tree() {
        return root;
    }

    public String json() {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode parentOf(JsonPointer at) {
        return (ObjectNode) root.at(at.head());
    }

    private static JsonNode parse(String raw) {
        try {
            return MAPPER.readTree(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
