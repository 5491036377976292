package org.condordesk.ui.signals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.condordesk.market.DailySeries;
import org.condordesk.model.AlvhRuleSet;
import org.condordesk.signals.AlvhDecision;
import org.condordesk.signals.AlvhRules;
import org.condordesk.signals.MarketHistory;
import org.condordesk.signals.Replay;
import org.condordesk.signals.ReplayStatistics;
import org.condordesk.signals.SignalSeries;
import org.condordesk.store.HistoryImport;
import org.condordesk.store.library.HistoryStore;
import org.condordesk.ui.work.DaemonThreads;

/**
 * The Signals window's model: loads the history from the library (seeding the bundled history on first run),
 * computes the signals and replays the rules on one background thread with progress and cancel; the FX thread
 * only receives results. Imports go through the same thread.
 */
public final class SignalsModel implements AutoCloseable {

    /** What the window shows after a replay. */
    public record Replayed(SignalSeries series, Replay.Result replay, ReplayStatistics statistics, AlvhDecision today) {
    }

    private final Path libraryFile;
    private final ExecutorService worker = DaemonThreads.single("condordesk-signals");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Replayed> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final AtomicBoolean cancel = new AtomicBoolean();
    private volatile SignalSeries series;

    public SignalsModel(Path libraryFile) {
        this.libraryFile = libraryFile;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Replayed> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public void cancel() {
        cancel.set(true);
    }

    /** Loads (first time) the history and replays {@code rules} over all of it, off the FX thread. */
    public void replay(AlvhRuleSet rules) {
        cancel.set(false);
        status.set("Replaying…");
        worker.execute(() -> {
            try {
                if (series == null) {
                    report(0.05, "Loading history from the library…");
                    series = SignalSeries.compute(loadHistory());
                }
                AlvhRules compiled = new AlvhRules(rules);
                Replay.Result replay = Replay.run(compiled, series, 0, series.size() - 1,
                        share -> report(0.1 + 0.9 * share, null), cancel::get);
                Replayed done = new Replayed(series, replay, ReplayStatistics.of(replay),
                        compiled.evaluate(series, series.size() - 1));
                Platform.runLater(() -> {
                    result.set(done);
                    status.set("Replayed " + done.statistics().days() + " days, " + done.statistics().from() + " to "
                            + done.statistics().to());
                });
            } catch (CancellationException e) {
                report(0, "Replay cancelled");
            } catch (RuntimeException e) {
                report(0, "Replay failed: " + e.getMessage());
            }
        });
    }

    private MarketHistory loadHistory() {
        try (HistoryStore store = HistoryStore.open(libraryFile)) {
            store.seedBundled();
            DailySeries spx = store.load("SPX").orElseThrow(() -> new IllegalStateException("no SPX history in the library"));
            return MarketHistory.of(spx, store.load("VIX"), store.load("VIX3M"), store.loadAdvanceDecline());
        }
    }

    /**
     * Reads {@code file} (SKIP policy), then lets {@code decide} (on the FX thread) see the skipped rows and say
     * whether to keep the file; kept files are upserted into the library and the signals recomputed.
     */
    public void importHistory(Path file, String symbol, Consumer<ImportReview> decide) {
        cancel.set(false);
        worker.execute(() -> {
            try {
                report(0, "Reading " + file.getFileName() + "…");
                HistoryImport.Progress reporter = new HistoryImport.Progress() {
                    @Override
                    public void update(double shareDone) {
                        report(shareDone, null);
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancel.get();
                    }
                };
                ImportReview review = symbol.equals(HistoryStore.AD_SYMBOL)
                        ? new ImportReview(file, symbol, null, HistoryImport.advanceDecline(file, HistoryImport.OnBadRow.SKIP, reporter))
                        : new ImportReview(file, symbol, HistoryImport.prices(file, symbol, HistoryImport.OnBadRow.SKIP, reporter), null);
                Platform.runLater(() -> decide.accept(review));
            } catch (CancellationException e) {
                report(0, "Import cancelled");
            } catch (Exception e) {
                report(0, "Import refused: " + e.getMessage());
            }
        });
    }

    /** Stores a reviewed import the user kept. */
    public void keep(ImportReview review) {
        worker.execute(() -> {
            try (HistoryStore store = HistoryStore.open(libraryFile)) {
                int rows = review.prices() != null ? store.upsert(review.prices().data()) : store.upsert(review.advanceDecline().data());
                series = null;
                report(1, "Stored " + rows + " rows of " + review.symbol() + " in the library" + (review.skipped().isEmpty() ? ""
                        : " (" + review.skipped().size() + " bad rows skipped)"));
            } catch (RuntimeException e) {
                report(0, "Storing failed: " + e.getMessage());
            }
        });
    }

    /** What an import read, waiting for the user's keep-or-refuse. */
    public record ImportReview(Path file, String symbol, HistoryImport.Result<DailySeries> prices,
                               HistoryImport.Result<org.condordesk.market.AdvanceDeclineSeries> advanceDecline) {
        public List<HistoryImport.RowProblem> skipped() {
            return prices != null ? prices.skipped() : advanceDecline.skipped();
        }

        public int rowsKept() {
            return prices != null ? prices.data().bars().size() : advanceDecline.data().points().size();
        }
    }

    private void report(double share, String text) {
        Platform.runLater(() -> {
            progress.set(share);
            Optional.ofNullable(text).ifPresent(status::set);
        });
    }

    @Override
    public void close() {
        cancel.set(true);
        worker.shutdownNow();
    }
}
