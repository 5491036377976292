package org.condordesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import picocli.CommandLine.Model.CommandSpec;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * JSON output shared by the commands: pretty-printed, keys in the order they were put, doubles as plain
 * numbers ({@code 0.0121}, not {@code 1.21E-2}) between 1e-12 and 1e15, non-finite doubles as null.
 */
final class CliJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new SimpleModule("plain-doubles")
                    .addSerializer(Double.class, new PlainDoubleSerializer())
                    .addSerializer(double.class, new PlainDoubleSerializer()))
            .build();

    private CliJson() {
    }

    /** An empty object whose keys print in insertion order. */
    static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    /** Prints one JSON value and a newline; a tree's numbers print like every other double here. */
    static void print(PrintWriter out, Object value) {
        try {
            Object plain = value instanceof JsonNode tree ? MAPPER.treeToValue(tree, Object.class) : value;
            out.println(MAPPER.writeValueAsString(plain));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    /** Prints {@code json}'s value as JSON when {@code asJson}, else {@code text}'s text, to the command's output. */
    static void printJsonOrText(CommandSpec spec, boolean asJson, Supplier<Object> json, Supplier<String> text) {
        PrintWriter out = spec.commandLine().getOut();
        if (asJson) {
            print(out, json.get());
        } else {
            out.print(text.get());
            out.flush();
        }
    }

    /** The shortest decimal that reads back as the same double, without an exponent where that stays short. */
    static String plain(double value) {
        double size = Math.abs(value);
        if (value == 0) {
            return "0";
        }
        if (size < 1e-12 || size >= 1e15) {
            return Double.toString(value);
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static final class PlainDoubleSerializer extends StdSerializer<Double> {
        private static final long serialVersionUID = 1L;

        PlainDoubleSerializer() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            if (!Double.isFinite(value)) {
                generator.writeNull();
            } else {
                generator.writeNumber(plain(value));
            }
        }
    }
}
