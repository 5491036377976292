package org.condordesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.condordesk.market.AdvanceDeclineSeries;
import org.condordesk.market.DailySeries;
import org.condordesk.signals.MarketHistory;
import org.condordesk.store.HistoryImport;

/** Reads the history files of {@code signals} and {@code alvh} strictly: a bad row stops with its file and line. */
final class HistoryInputs {

    private HistoryInputs() {
    }

    static MarketHistory read(Path spx, Path vix, Path vix3m, Path ad) throws IOException {
        return MarketHistory.of(prices(spx, "SPX"), optional(vix, "VIX"), optional(vix3m, "VIX3M"), advanceDecline(ad));
    }

    private static DailySeries prices(Path file, String symbol) throws IOException {
        return HistoryImport.prices(file, symbol, HistoryImport.OnBadRow.REFUSE, HistoryImport.Progress.NONE).data();
    }

    private static Optional<DailySeries> optional(Path file, String symbol) throws IOException {
        return file == null ? Optional.empty() : Optional.of(prices(file, symbol));
    }

    private static Optional<AdvanceDeclineSeries> advanceDecline(Path file) throws IOException {
        return file == null ? Optional.empty() : Optional.of(
                HistoryImport.advanceDecline(file, HistoryImport.OnBadRow.REFUSE, HistoryImport.Progress.NONE).data());
    }
}
