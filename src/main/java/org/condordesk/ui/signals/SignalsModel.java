package org.condordesk.ui.signals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
import org.condordesk.model.ValidationException;
import org.condordesk.signals.AlvhDecision;
import org.condordesk.signals.AlvhRules;
import org.condordesk.signals.MarketHistory;
import org.condordesk.signals.Replay;
import org.condordesk.signals.ReplayStatistics;
import org.condordesk.signals.SignalSeries;
import org.condordesk.store.HistoryImport;
import org.condordesk.store.library.HistoryStore;
import org.condordesk.ui.work.Worker;

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
    private final Worker worker = new Worker("condordesk-signals", Platform::runLater);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyObjectWrapper<Replayed> result = new ReadOnlyObjectWrapper<>(this, "result");
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

    /** Stops the replay or import running; what it computed is dropped. */
    public void cancel() {
        worker.cancel();
    }

    /** Loads (first time) the history and replays {@code rules} over all of it, off the FX thread. */
    public void replay(AlvhRuleSet rules) {
        status.set("Replaying…");
        worker.queue(job -> {
            if (series == null) {
                report(job, 0.05, "Loading history from the library…");
                series = SignalSeries.compute(loadHistory());
            }
            AlvhRules compiled = new AlvhRules(rules);
            Replay.Result replay = Replay.run(compiled, series, 0, series.size() - 1,
                    share -> report(job, 0.1 + 0.9 * share, null), job.cancelled());
            return new Replayed(series, replay, ReplayStatistics.of(replay), compiled.evaluate(series, series.size() - 1));
        }, done -> {
            result.set(done);
            status.set("Replayed " + done.statistics().days() + " days, " + done.statistics().from() + " to "
                    + done.statistics().to());
        }, failure -> show(0, "Replay failed: " + failure.message()), () -> show(0, "Replay cancelled"));
    }

    private MarketHistory loadHistory() {
        try (HistoryStore store = HistoryStore.open(libraryFile)) {
            store.seedBundled();
            DailySeries spx = store.load("SPX").orElseThrow(() -> new ValidationException("", "no SPX history in the library"));
            return MarketHistory.of(spx, store.load("VIX"), store.load("VIX3M"), store.loadAdvanceDecline());
        }
    }

    /**
     * Reads {@code file} (SKIP policy), then lets {@code decide} (on the FX thread) see the skipped rows and say
     * whether to keep the file; kept files are upserted into the library and the signals recomputed.
     */
    public void importHistory(Path file, String symbol, Consumer<ImportReview> decide) {
        worker.queue(job -> {
            report(job, 0, "Reading " + file.getFileName() + "…");
            HistoryImport.Progress reporter = new HistoryImport.Progress() {
                @Override
                public void update(double shareDone) {
                    report(job, shareDone, null);
                }

                @Override
                public boolean isCancelled() {
                    return job.isCancelled();
                }
            };
            return read(file, symbol, reporter);
        }, decide, failure -> show(0, "Import refused: " + failure.message()), () -> show(0, "Import cancelled"));
    }

    private static ImportReview read(Path file, String symbol, HistoryImport.Progress reporter) {
        try {
            return symbol.equals(HistoryStore.AD_SYMBOL)
                    ? new ImportReview(file, symbol, null, HistoryImport.advanceDecline(file, HistoryImport.OnBadRow.SKIP, reporter))
                    : new ImportReview(file, symbol, HistoryImport.prices(file, symbol, HistoryImport.OnBadRow.SKIP, reporter), null);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        } catch (OutOfMemoryError e) {
            // Reported as the CLI does (issue 26 §7), not an uncaught error that kills the worker.
            throw new IllegalStateException("out of memory reading " + file.getFileName()
                    + ": the file is too large for this Java heap (java -Xmx raises it)", e);
        }
    }

    /** Stores a reviewed import the user kept. */
    public void keep(ImportReview review) {
        worker.queue(job -> {
            try (HistoryStore store = HistoryStore.open(libraryFile)) {
                int rows = review.prices() != null ? store.upsert(review.prices().data()) : store.upsert(review.advanceDecline().data());
                series = null;
                return "Stored " + rows + " rows of " + review.symbol() + " in the library" + (review.skipped().isEmpty() ? ""
                        : " (" + review.skipped().size() + " bad rows skipped)");
            }
        }, stored -> show(1, stored), failure -> show(0, "Storing failed: " + failure.message()), () -> { });
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

    /** Progress of {@code job} (and a new status line unless null), shown while it is not cancelled. */
    private void report(Worker.Job job, double share, String text) {
        worker.post(job, () -> show(share, text));
    }

    private void show(double share, String text) {
        progress.set(share);
        Optional.ofNullable(text).ifPresent(status::set);
    }

    @Override
    public void close() {
        worker.close();
    }
}
