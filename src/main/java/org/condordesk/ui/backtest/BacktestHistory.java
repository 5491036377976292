package org.condordesk.ui.backtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import org.condordesk.app.StressHistories;
import org.condordesk.backtest.BacktestConfig;
import org.condordesk.backtest.BacktestMarket;
import org.condordesk.backtest.HistoryFiles;

/**
 * Where the window's history comes from: the SPX, VIX and VIX3M history bundled in the jar (samples/history, read as
 * resources so the window never needs the working directory) or the files a loaded config names. The market is
 * built once per source and model and reused by every run and sweep (it is immutable).
 */
final class BacktestHistory {

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
                cached = files.isPresent() ? files.get().load(model) : BacktestMarket.of(StressHistories.bundled(), model);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cachedModel = model;
            cachedFiles = files;
        }
        return cached;
    }
}
