package org.condordesk.trade.broker;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.condordesk.store.csv.CsvText;

/**
 * The titled sections of a statement export (thinkorswim): a line holding only a title ({@code Cash Balance},
 * trailing commas allowed) starts a section whose first line is its header; a blank line ends it.
 */
final class Sections {

    private Sections() {
    }

    /** The lines of each section by title, header first. */
    static Map<String, List<CsvText.Line>> of(List<CsvText.Line> lines) {
        Map<String, List<CsvText.Line>> sections = new HashMap<>();
        List<CsvText.Line> current = null;
        for (CsvText.Line line : lines) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                current = null;
            } else if (current == null && isTitle(text)) {
                current = new ArrayList<>();
                sections.putIfAbsent(text.replaceAll(",+$", ""), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        sections.values().removeIf(List::isEmpty);
        return sections;
    }

    private static boolean isTitle(String text) {
        return !text.replaceAll(",+$", "").contains(",");
    }
}
