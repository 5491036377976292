package org.condordesk.store.csv;

/**
 * Text cells of every CSV the app writes (docs/formats.md §CSV output). A spreadsheet runs a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return as a formula (NUL too, which some readers drop), so a scenario, layer or
 * variant named {@code =HYPERLINK("http://…")} would attack whoever opens the export. OWASP's rule
 * (owasp.org/www-community/attacks/CSV_Injection): prefix such a cell with a single quote, so it shows as text;
 * like every cell it is wrapped in double quotes (its own doubled) when it holds a comma, a quote or a line end
 * (RFC 4180), which keeps the apostrophe at the start of the cell. Numbers the app formats itself are written as they are (a negative
 * P&L must stay a number) and never pass through here.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** {@code text} as one CSV cell: neutralised when a spreadsheet would run it, quoted per RFC 4180 when needed. */
    public static String text(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        boolean formula = startsFormula(text);
        String cell = formula ? "'" + text : text;
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** True when a spreadsheet would read {@code text} as a formula (OWASP's list of leading characters). */
    public static boolean startsFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' || first == '\0';
    }
}
