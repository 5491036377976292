package org.condordesk.store.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.condordesk.store.InputFiles;

/**
 * A small CSV file read whole for importers that look at it section by section (broker statements): its lines
 * with their numbers, and one line split into trimmed fields (RFC 4180 quoting, as {@link CsvFields}).
 */
public final class CsvText {

    private CsvText() {
    }

    /** One line of a file: its number from 1 and its text (a leading byte-order mark removed). */
    public record Line(int number, String text) {
    }

    /** Every line of {@code file}, which must be a regular file of at most {@code maxBytes}. */
    public static List<Line> readLines(Path file, long maxBytes) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (InputStream in = InputFiles.open(file, maxBytes);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String text;
            while ((text = reader.readLine()) != null) {
                if (lines.isEmpty() && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                lines.add(new Line(lines.size() + 1, text));
            }
        }
        return lines;
    }

    /** {@code line}'s fields, trimmed; {@code where} ("fills.csv line 12") names an unclosed quote. */
    public static List<String> split(String line, String where) {
        return CsvFields.split(line, where).textFields();
    }
}
