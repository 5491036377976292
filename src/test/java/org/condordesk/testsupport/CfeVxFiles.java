package org.condordesk.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes VX history files in CFE's per-contract layout (docs/formats.md §VX history), with its quirks: the
 * disclaimer line above the header, M/D/YYYY dates in older files, trailing commas. Cboe's own files are never
 * committed (their terms forbid redistribution), so tests build theirs here.
 */
public final class CfeVxFiles {

    public static final String DISCLAIMER = "CFE data is compiled for the convenience of site visitors and is furnished "
            + "without responsibility for accuracy and is accepted by the site visitor on the condition that transmission "
            + "or omissions shall not be made the basis for any claim, demand or cause for action.";
    public static final String HEADER = "Trade Date,Futures,Open,High,Low,Close,Settle,Change,Total Volume,EFP,Open Interest";
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy", Locale.US);

    private final List<String> lines = new ArrayList<>();
    private final String label;
    private final boolean usDates;

    private CfeVxFiles(String label, boolean usDates, boolean disclaimer) {
        this.label = label;
        this.usDates = usDates;
        if (disclaimer) {
            lines.add(DISCLAIMER);
        }
        lines.add(HEADER);
    }

    /** A newer file: ISO dates, the disclaimer above the header. */
    public static CfeVxFiles modern(String label) {
        return new CfeVxFiles(label, false, true);
    }

    /** An older file: M/D/YYYY dates, no disclaimer, a trailing comma on every row. */
    public static CfeVxFiles legacy(String label) {
        return new CfeVxFiles(label, true, false);
    }

    /** A row settling at {@code settle} (as the file quotes it; 0 for no settlement). */
    public CfeVxFiles row(LocalDate day, double settle) {
        String date = usDates ? day.format(US) : day.toString();
        String price = String.format(Locale.ROOT, "%.4f", settle);
        lines.add(date + "," + label + "," + price + "," + price + "," + price + "," + price + "," + price
                + ",0,1000,0,5000" + (usDates ? "," : ""));
        return this;
    }

    /** A raw line as it stands. */
    public CfeVxFiles raw(String line) {
        lines.add(line);
        return this;
    }

    public Path write(Path file) throws IOException {
        Files.writeString(file, String.join("\r\n", lines) + "\r\n");
        return file;
    }

    public String text() {
        return String.join("\n", lines) + "\n";
    }
}
