package org.condordesk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table with a header row: text columns left-aligned, numbers right-aligned. */
final class TextTable {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private final boolean[] numeric;

    TextTable(String... headers) {
        this.headers = List.of(headers);
        this.numeric = new boolean[headers.length];
    }

    TextTable row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            Object cell = cells[i];
            if (cell instanceof Number || (cell instanceof String text && text.matches("-?[\\d,]+(\\.\\d+)?"))) {
                numeric[i] = true;
            }
            row.add(cell instanceof Double d ? number(d, 2) : String.valueOf(cell == null ? "" : cell));
        }
        rows.add(row);
        return this;
    }

    /** A number with grouping and {@code decimals} places; "n/a" when it does not exist. */
    static String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        double shown = Math.abs(value) < 0.5 * Math.pow(10, -decimals) ? 0 : value;
        return String.format(Locale.US, "%,." + decimals + "f", shown);
    }

    String render(String indent) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = headers.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, indent, headers, widths);
        for (List<String> row : rows) {
            line(out, indent, row, widths);
        }
        return out.toString();
    }

    private void line(StringBuilder out, String indent, List<String> cells, int[] widths) {
        StringBuilder text = new StringBuilder(indent);
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            String padding = " ".repeat(widths[i] - cell.length());
            text.append(i == 0 ? "" : "  ").append(numeric[i] ? padding + cell : cell + padding);
        }
        out.append(text.toString().stripTrailing()).append(System.lineSeparator());
    }
}
