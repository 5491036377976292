package org.condordesk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import org.condordesk.market.DailySeries;

/**
 * Reads a daily price history in any layout {@link HistoryImport} knows, refusing the file at its first bad
 * row (the strict reading the CLI and tests use).
 */
public final class HistoryCsv {

    private HistoryCsv() {
    }

    public static DailySeries read(Path file, String symbol) throws IOException {
        return HistoryImport.prices(file, symbol, HistoryImport.OnBadRow.REFUSE, HistoryImport.Progress.NONE).data();
    }

    /** Reads from a stream; {@code source} names it in error messages. */
    public static DailySeries read(InputStream in, String source, String symbol) throws IOException {
        return HistoryImport.prices(in, 0, source, symbol, HistoryImport.OnBadRow.REFUSE, HistoryImport.Progress.NONE).data();
    }
}
