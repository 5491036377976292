package org.condordesk.ui.backtest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.condordesk.backtest.BacktestConfig;
import org.condordesk.backtest.BacktestMarket;
import org.condordesk.backtest.HistoryFiles;
import org.condordesk.market.DailySeries;
import org.condordesk.model.ValidationException;
import org.condordesk.signals.MarketHistory;
import org.condordesk.store.HistoryImport;

/**
 * Where the window's history comes from: the SPX, VIX and VIX3M history bundled in the jar (samples/history, read as
 * resources so the window never needs the working directory) or the files a loaded config names. The market is
 * built once per source and model and reused by every run and sweep (it is immutable).
 */
final class BacktestHistory {

    private static final String BUNDLED_FOLDER = "/samples/history/";

    private Optional<HistoryFiles> files = Optional.empty();
    private BacktestConfig.Model cachedModel;
    private Optional<HistoryFiles> cachedFiles;
    private BacktestMarket cached;

    /** Use {@code value}'s files from now on (empty: the bundled history). */
    synchronized void use(Optional<HistoryFiles> value) {
        files = value;
    }

    synchronized String describe() {
        return files.map(f -> f.spx().getParent().toString()).orElse("bundled samples/history");
    }

    /** The market for {@code model}: built on the calling (background) thread the first time, then reused. */
    synchronized BacktestMarket market(BacktestConfig.Model model) {
        if (cached == null || !model.equals(cachedModel) || !files.equals(cachedFiles)) {
            try {
                cached = files.isPresent() ? files.get().load(model) : bundled(model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cachedModel = model;
            cachedFiles = files;
        }
        return cached;
    }

    private static BacktestMarket bundled(BacktestConfig.Model model) throws IOException {
        DailySeries spx = resource("SPX_History.csv", "SPX");
        DailySeries vix = resource("VIX_History.csv", "VIX");
        DailySeries vix3m = resource("VIX3M_History.csv", "VIX3M");
        MarketHistory history = MarketHistory.of(spx, Optional.of(vix), Optional.of(vix3m), Optional.empty());
        return BacktestMarket.of(history, Optional.of(vix), model);
    }

    private static DailySeries resource(String file, String symbol) throws IOException {
        try (InputStream in = BacktestHistory.class.getResourceAsStream(BUNDLED_FOLDER + file)) {
            if (in == null) {
                throw new ValidationException("history", "the bundled " + file + " is missing from the jar");
            }
            return HistoryImport.prices(in, 0, file, symbol, HistoryImport.OnBadRow.REFUSE,
                    HistoryImport.Progress.NONE).data();
        }
    }
}
