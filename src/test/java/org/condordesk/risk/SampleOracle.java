package org.condordesk.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The figures of samples/condor-vix-hedge.json (and docs/model.md §2's Friday example) computed by
 * tools/sample_oracle.py, an independent Python implementation of docs/model.md, committed as
 * {@code sample-oracle.csv}. Tests compare the engine and the UI against these, never against the program's
 * own earlier output.
 */
public final class SampleOracle {

    private static final Map<String, Double> FIGURES = load();

    private SampleOracle() {
    }

    /** The oracle's figure {@code figure} for {@code caseKey} ("" when the figure has one case). */
    public static double get(String figure, String caseKey) {
        Double value = FIGURES.get(figure + "|" + caseKey);
        if (value == null) {
            throw new IllegalArgumentException("sample-oracle.csv has no " + figure + " for '" + caseKey + "'");
        }
        return value;
    }

    public static double get(String figure) {
        return get(figure, "");
    }

    private static Map<String, Double> load() {
        Map<String, Double> figures = new HashMap<>();
        try (InputStream in = SampleOracle.class.getResourceAsStream("sample-oracle.csv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#") || line.startsWith("figure,")) {
                    continue;
                }
                String[] fields = line.split(",");
                figures.put(fields[0] + "|" + fields[1], Double.parseDouble(fields[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return figures;
    }
}
