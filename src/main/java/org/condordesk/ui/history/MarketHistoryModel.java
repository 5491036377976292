package org.condordesk.ui.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.condordesk.store.MarketHistoryLibrary;
import org.condordesk.store.chains.ChainImport;
import org.condordesk.store.chains.ChainStore;
import org.condordesk.store.chains.EodLayout;
import org.condordesk.store.csv.ImportProgress;
import org.condordesk.ui.work.Worker;

/**
 * The Market history window's state (File → Market history…): every imported series, an import with progress and
 * cancel, and delete. All work runs on one {@link Worker} (the ui's one background mechanism); results are applied
 * through {@code deliver} (the FX thread in the window). DuckDB starts only when the chain store's folder exists or chains are imported.
 */
public final class MarketHistoryModel {

    private final Path library;
    private final Executor deliver;
    private final Worker worker;
    private final ReadOnlyObjectWrapper<List<MarketHistoryLibrary.Series>> series =
            new ReadOnlyObjectWrapper<>(this, "series", List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public MarketHistoryModel(Path library, Executor deliver) {
        this.library = library;
        this.deliver = deliver;
        this.worker = new Worker("condordesk-market-history", deliver);
    }

    public ReadOnlyObjectProperty<List<MarketHistoryLibrary.Series>> seriesProperty() {
        return series.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Re-reads the list of series. */
    public void refresh() {
        submit("Listing", job -> "");
    }

    public void importVx(List<Path> filesOrFolders) {
        submit("Importing VX settlements", job -> {
            MarketHistoryLibrary.VxImport done = MarketHistoryLibrary.importVx(library, filesOrFolders, progress(job));
            return "Imported " + done.rows() + " VX settlements of " + done.contracts() + " contracts from " + done.files()
                    + " files (" + done.zeroSettleRows() + " rows without a settlement skipped).";
        });
    }

    public void importIndex(Path file, String symbol) {
        submit("Importing " + symbol, job -> "Imported " + MarketHistoryLibrary.importIndex(library, file, symbol, progress(job))
                + " days of " + symbol + ".");
    }

    public void importChains(List<Path> files, EodLayout layout) {
        submit("Importing option chains", job -> {
            try (ChainStore store = ChainStore.open(ChainStore.folderFor(library))) {
                ChainImport.Result done = ChainImport.run(store, files, layout, progress(job));
                return "Imported " + done.rows() + " rows (" + done.days() + " days) from " + done.filesImported()
                        + " files; " + done.filesSkipped() + " already imported were skipped.";
            }
        });
    }

    public void delete(MarketHistoryLibrary.Series which) {
        submit("Deleting " + which.symbol(), job -> {
            if (which.kind() == MarketHistoryLibrary.Kind.CHAINS) {
                try (ChainStore store = ChainStore.open(ChainStore.folderFor(library))) {
                    store.delete(which.symbol().startsWith("SPX") ? "SPX" : "VIX");
                }
            } else {
                MarketHistoryLibrary.delete(library, which.kind(), which.symbol());
            }
            return "Deleted " + which.kind().key() + " " + which.symbol() + ".";
        });
    }

    /** Stops the running import at its next progress check; nothing of the file being read is stored. */
    public void cancel() {
        worker.cancel();
    }

    private interface Work {
        String run(Worker.Job job) throws Exception;
    }

    /** What a job leaves: the status line and the series listed after it. */
    private record Outcome(String message, List<MarketHistoryLibrary.Series> listed) {
    }

    private void submit(String what, Work work) {
        busy.set(true);
        progress.set(-1);
        status.set(what + "…");
        worker.submit(job -> outcome(what, work, job), this::apply,
                failure -> apply(new Outcome(what + " failed: " + failure.message(), series.get())),
                () -> apply(new Outcome(what + " cancelled: nothing of the file being read was stored.", series.get())));
    }

    /** Runs {@code work}; a refused or unreadable file is a status line, and the list is read again either way. */
    private Outcome outcome(String what, Work work, Worker.Job job) {
        String message;
        try {
            message = work.run(job);
        } catch (CancellationException e) {
            throw e;
        } catch (Exception e) {
            message = what + " failed: " + Worker.oneLine(e);
        }
        try {
            return new Outcome(message, list());
        } catch (RuntimeException e) {
            return new Outcome(message + " Listing failed: " + Worker.oneLine(e), series.get());
        }
    }

    private void apply(Outcome outcome) {
        series.set(outcome.listed());
        status.set(outcome.message());
        progress.set(0);
        busy.set(false);
    }

    private List<MarketHistoryLibrary.Series> list() {
        List<MarketHistoryLibrary.Series> out = new ArrayList<>(Files.exists(library) ? MarketHistoryLibrary.list(library)
                : List.of());
        Path folder = ChainStore.folderFor(library);
        if (Files.isDirectory(folder)) {
            try (ChainStore store = ChainStore.open(folder)) {
                for (ChainStore.RootSummary root : store.roots()) {
                    out.add(new MarketHistoryLibrary.Series(MarketHistoryLibrary.Kind.CHAINS, root.root(), root.from(),
                            root.to(), root.rows(), 0));
                }
            }
        }
        return out;
    }

    private ImportProgress progress(Worker.Job job) {
        return new ImportProgress() {
            @Override
            public void update(long done, long total) {
                double share = total > 0 ? Math.min(1, (double) done / total) : -1;
                deliver.execute(() -> progress.set(share));
            }

            @Override
            public boolean isCancelled() {
                return job.isCancelled();
            }
        };
    }
}
