package org.condordesk.ui.history;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

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
import org.condordesk.ui.work.DaemonThreads;

/**
 * The Market history window's state (File → Market history…): every imported series, an import with progress and
 * cancel, and delete. All work runs on one daemon worker; results are applied through {@code deliver} (the FX thread in
 * the window). DuckDB starts only when the chain store's folder exists or chains are imported.
 */
public final class MarketHistoryModel {

    private final Path library;
    private final Executor deliver;
    private final ExecutorService worker = DaemonThreads.single("condordesk-market-history");
    private final ReadOnlyObjectWrapper<List<MarketHistoryLibrary.Series>> series =
            new ReadOnlyObjectWrapper<>(this, "series", List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final AtomicBoolean cancelled = new AtomicBoolean();

    public MarketHistoryModel(Path library, Executor deliver) {
        this.library = library;
        this.deliver = deliver;
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
        submit("Listing", () -> "");
    }

    public void importVx(List<Path> filesOrFolders) {
        submit("Importing VX settlements", () -> {
            MarketHistoryLibrary.VxImport done = MarketHistoryLibrary.importVx(library, filesOrFolders, progress());
            return "Imported " + done.rows() + " VX settlements of " + done.contracts() + " contracts from " + done.files()
                    + " files (" + done.zeroSettleRows() + " rows without a settlement skipped).";
        });
    }

    public void importIndex(Path file, String symbol) {
        submit("Importing " + symbol, () -> "Imported " + MarketHistoryLibrary.importIndex(library, file, symbol, progress())
                + " days of " + symbol + ".");
    }

    public void importChains(List<Path> files, EodLayout layout) {
        submit("Importing option chains", () -> {
            try (ChainStore store = ChainStore.open(ChainStore.folderFor(library))) {
                ChainImport.Result done = ChainImport.run(store, files, layout, progress());
                return "Imported " + done.rows() + " rows (" + done.days() + " days) from " + done.filesImported()
                        + " files; " + done.filesSkipped() + " already imported were skipped.";
            }
        });
    }

    public void delete(MarketHistoryLibrary.Series which) {
        submit("Deleting " + which.symbol(), () -> {
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
        cancelled.set(true);
    }

    private interface Work {
        String run() throws Exception;
    }

    private void submit(String what, Work work) {
        cancelled.set(false);
        busy.set(true);
        progress.set(-1);
        status.set(what + "…");
        worker.execute(() -> {
            String message;
            try {
                message = work.run();
            } catch (CancellationException e) {
                message = what + " cancelled: nothing of the file being read was stored.";
            } catch (Exception e) {
                message = what + " failed: " + oneLine(e);
            }
            List<MarketHistoryLibrary.Series> listed;
            try {
                listed = list();
            } catch (RuntimeException e) {
                listed = List.of();
                message = message + " Listing failed: " + oneLine(e);
            }
            String shown = message;
            List<MarketHistoryLibrary.Series> result = listed;
            deliver.execute(() -> {
                series.set(result);
                status.set(shown);
                progress.set(0);
                busy.set(false);
            });
        });
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

    private ImportProgress progress() {
        return new ImportProgress() {
            @Override
            public void update(long done, long total) {
                double share = total > 0 ? Math.min(1, (double) done / total) : -1;
                deliver.execute(() -> progress.set(share));
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
    }

    private static String oneLine(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
