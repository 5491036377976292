package org.condordesk.store.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hostile input: 1 400 files mutated from the samples (fixed seeds). Each must load as a valid scenario
 * (which then survives a write and read) or fail with one ValidationException carrying a one-line message;
 * any other exception, a multi-line message or a partial load fails the test.
 */
class ScenarioJsonFuzzTest {

    private static final int CASES_PER_MUTATION = 200;
    private static final List<String> SOURCES = List.of(
            SampleEdits.text(SampleEdits.HEDGED),
            SampleEdits.text(SampleEdits.CONDOR_ONLY),
            SampleEdits.text(Path.of("src/test/resources/scenarios/v1-condor-hedged.json")));
    private static final String[] ODD_NUMBERS = {"1e308", "-1e308", "1e-320", "4.9e-324", "1e400", "-1e400", "-0.0", "0",
        "2147483648", "-2147483649", "123456789012345678901234567890", "0.000000000000000000001", "1" + "0".repeat(99),
        "9".repeat(101), "1e2147483648", "-", "1.", ".5", "01", "+1", "0x10", "1_000"};
    private static final String[] ODD_VALUES = {"null", "true", "\"\"", "\"x\"", "[]", "{}", "[1,2]", "{\"a\":1}",
        "\"2026-12-09\"", "\"CALL\"", "\"\\u0000\"", "\"\\ud800\""};

    /** The ways a file gets damaged: by editors, by truncating copies, by disks, by attackers. */
    enum Mutation {
        TRUNCATE((text, random) -> text.substring(0, random.nextInt(text.length()))),
        FLIP_BYTES(null),
        SWAP_VALUE_TYPE((text, random) -> replaceValue(text, random, ODD_VALUES[random.nextInt(ODD_VALUES.length)])),
        ODD_NUMBER((text, random) -> replaceNumber(text, random, ODD_NUMBERS[random.nextInt(ODD_NUMBERS.length)])),
        DELETE_FIELD((text, random) -> deleteField(text, random)),
        DUPLICATE_KEY((text, random) -> duplicateKey(text, random)),
        DEEP_NESTING((text, random) -> nest(text, random));

        final BiFunction<String, SplittableRandom, String> edit;

        Mutation(BiFunction<String, SplittableRandom, String> edit) {
            this.edit = edit;
        }
    }

    @ParameterizedTest
    @EnumSource(Mutation.class)
    void mutatedFilesLoadCleanlyOrFailWithOneLineValidationError(Mutation mutation) {
        SplittableRandom random = new SplittableRandom(0xF022_0000L + mutation.ordinal());
        int loaded = 0;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < CASES_PER_MUTATION; i++) {
            String source = SOURCES.get(i % SOURCES.size());
            byte[] input = mutation == Mutation.FLIP_BYTES ? flipBytes(source, random)
                    : mutation.edit.apply(source, random).getBytes(StandardCharsets.UTF_8);
            String problem = check(input);
            if (problem == null) {
                loaded++;
            } else if (!problem.isEmpty()) {
                problems.add("case " + i + ": " + problem);
            }
        }
        assertThat(problems).as(mutation + " (" + loaded + " loaded)").isEmpty();
    }

    /** null when it loaded, "" when it failed cleanly, else what went wrong. */
    private static String check(byte[] input) {
        Scenario scenario;
        try {
            scenario = ScenarioJson.parse(input);
        } catch (ValidationException e) {
            String message = e.getMessage();
            boolean clean = message != null && !message.isBlank() && !message.contains("\n") && !message.contains("\r")
                    && message.length() < 600;
            return clean ? "" : "unclean message: " + message;
        } catch (RuntimeException | StackOverflowError e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
        Scenario again = ScenarioJson.parse(ScenarioJson.write(scenario));
        return again.equals(scenario) ? null : "loaded scenario does not survive a write and read";
    }

    private static byte[] flipBytes(String text, SplittableRandom random) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int flips = random.nextInt(1, 6); flips > 0; flips--) {
            int at = random.nextInt(bytes.length);
            bytes[at] = (byte) (random.nextBoolean() ? random.nextInt(256) : bytes[at] ^ (1 << random.nextInt(8)));
        }
        return bytes;
    }

    /** Replaces a whole value (a nested object or array included) after a random {@code ": "} with {@code value}. */
    private static String replaceValue(String text, SplittableRandom random, String value) {
        int colon = randomOccurrence(text, "\": ", random);
        return replaceValueAt(text, colon + 3, value);
    }

    private static String replaceValueAt(String text, int start, String value) {
        return text.substring(0, start) + value + text.substring(valueEnd(text, start));
    }

    /** The index just past the JSON value starting at {@code start}, strings and nesting respected. */
    private static int valueEnd(String text, int start) {
        int depth = 0;
        boolean inString = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                    if (depth == 0) {
                        return i + 1;
                    }
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                if (depth == 0) {
                    return i;
                }
                if (--depth == 0) {
                    return i + 1;
                }
            } else if (depth == 0 && (c == ',' || Character.isWhitespace(c))) {
                return i;
            }
        }
        return text.length();
    }

    private static String replaceNumber(String text, SplittableRandom random, String number) {
        for (int tries = 0; tries < 100; tries++) {
            int start = randomOccurrence(text, "\": ", random) + 3;
            char first = text.charAt(start);
            if (first == '-' || Character.isDigit(first)) {
                return replaceValueAt(text, start, number);
            }
        }
        return text;
    }

    /** Removes one {@code "key": value} pair with its comma. */
    private static String deleteField(String text, SplittableRandom random) {
        int colon = randomOccurrence(text, "\": ", random);
        int keyStart = text.lastIndexOf('"', colon - 1);
        int end = valueEnd(text, colon + 3);
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next < text.length() && text.charAt(next) == ',') {
            return text.substring(0, keyStart) + text.substring(next + 1);
        }
        int comma = text.lastIndexOf(',', keyStart);
        return text.substring(0, Math.max(comma, 0)) + text.substring(end);
    }

    private static String duplicateKey(String text, SplittableRandom random) {
        int colon = randomOccurrence(text, "\": ", random);
        int keyStart = text.lastIndexOf('"', colon - 1);
        String key = text.substring(keyStart, colon + 1);
        return text.substring(0, keyStart) + key + ": 1, " + text.substring(keyStart);
    }

    private static String nest(String text, SplittableRandom random) {
        int depth = random.nextInt(1, 3000);
        return replaceValue(text, random, "[".repeat(depth) + "1" + "]".repeat(random.nextInt(depth + 1)));
    }

    private static int randomOccurrence(String text, String needle, SplittableRandom random) {
        int from = random.nextInt(text.length());
        int at = text.indexOf(needle, from);
        return at >= 0 ? at : text.indexOf(needle);
    }
}
