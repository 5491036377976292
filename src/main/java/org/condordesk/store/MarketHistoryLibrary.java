package org.condordesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.condordesk.market.DailySeries;
import org.condordesk.market.VxDailySettle;
import org.condordesk.model.ValidationException;
import org.condordesk.store.csv.ImportProgress;
import org.condordesk.store.csv.VxCsv;
import org.condordesk.store.library.HistoryStore;
import org.condordesk.store.library.VxSettleStore;

/**
 * The market history a trader imports into the library (docs/formats.md, docs/backtest.md §real data): VIX futures
 * settlements and the vol indices. Every import reads and checks all its files before writing anything, then writes
 * in one transaction; the CLI's {@code history} commands and File → Market history… both go through here.
 */
public final class MarketHistoryLibrary {

    /** The vol indices {@code history import index} takes (docs/formats.md §vol indices). */
    public static final List<String> INDEX_SYMBOLS = List.of("VVIX", "VIX9D", "VIX6M", "VIX1D");
    /** A VX folder with more files than this is not a VX history folder (CFE has listed about 1,000 contracts). */
    static final int MAX_VX_FILES = 5_000;

    /** The kinds of stored series. */
    public enum Kind {
        VX, INDEX, CHAINS;

        /** The name in {@code history list}: vx, index, chains. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One stored series: its kind, symbol, first and last day, rows, and (VX only) its contract count. */
    public record Series(Kind kind, String symbol, LocalDate from, LocalDate to, long rows, int contracts) {
    }

    /** What a VX import stored: files read, rows stored, zero-settle rows skipped and contracts seen. */
    public record VxImport(int files, int rows, int zeroSettleRows, int contracts) {
    }

    private MarketHistoryLibrary() {
    }

    /**
     * Imports CFE per-contract VX history files; a folder stands for every {@code .csv} file in it. Every file is read
     * and checked first: one bad row stops the import with its file and line and nothing is stored.
     */
    public static VxImport importVx(Path db, List<Path> filesOrFolders, ImportProgress progress) throws IOException {
        List<Path> files = vxFiles(filesOrFolders);
        List<VxDailySettle> settles = new ArrayList<>();
        int zero = 0;
        for (int i = 0; i < files.size(); i++) {
            progress.checkCancelled();
            VxCsv.VxHistory history = VxCsv.readHistory(files.get(i));
            settles.addAll(history.settles());
            zero += history.zeroSettleRows();
            progress.update(i + 1, files.size() + 1L);
        }
        progress.checkCancelled();
        try (VxSettleStore store = VxSettleStore.open(db)) {
            int rows = store.upsert(settles);
            progress.update(files.size() + 1L, files.size() + 1L);
            int contracts = (int) settles.stream().map(VxDailySettle::contract).distinct().count();
            return new VxImport(files.size(), rows, zero, contracts);
        }
    }

    /** Imports one vol index history (the Cboe index layout the app reads for VIX) under {@code symbol}. */
    public static int importIndex(Path db, Path file, String symbol, ImportProgress progress) throws IOException {
        String upper = symbol.toUpperCase(Locale.ROOT);
        if (!INDEX_SYMBOLS.contains(upper)) {
            throw new ValidationException("--symbol", "must be one of " + String.join(", ", INDEX_SYMBOLS) + ", got '"
                    + symbol + "'");
        }
        DailySeries series = HistoryImport.prices(file, upper, HistoryImport.OnBadRow.REFUSE, new HistoryImport.Progress() {
            @Override
            public void update(double shareDone) {
                progress.update(Math.round(shareDone * 1000), 1000);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        }).data();
        progress.checkCancelled();
        try (HistoryStore store = HistoryStore.open(db)) {
            return store.upsert(series);
        }
    }

    /** Every stored VX and index series, VX first, then indices by symbol. */
    public static List<Series> list(Path db) {
        List<Series> out = new ArrayList<>();
        try (VxSettleStore vx = VxSettleStore.open(db)) {
            VxSettleStore.Summary summary = vx.summary();
            if (summary.rows() > 0) {
                out.add(new Series(Kind.VX, "VX", summary.first().orElseThrow(), summary.last().orElseThrow(),
                        summary.rows(), summary.contracts()));
            }
        }
        try (HistoryStore history = HistoryStore.open(db)) {
            for (HistoryStore.SymbolSummary symbol : history.symbols()) {
                if (!symbol.symbol().equals(HistoryStore.AD_SYMBOL)) {
                    out.add(new Series(Kind.INDEX, symbol.symbol(), symbol.first(), symbol.last(), symbol.days(), 0));
                }
            }
        }
        return out;
    }

    /** Deletes a VX or index series; returns the rows deleted. */
    public static int delete(Path db, Kind kind, String symbol) {
        return switch (kind) {
            case VX -> {
                try (VxSettleStore vx = VxSettleStore.open(db)) {
                    yield vx.deleteAll();
                }
            }
            case INDEX -> {
                try (HistoryStore history = HistoryStore.open(db)) {
                    yield history.delete(symbol);
                }
            }
            case CHAINS -> throw new IllegalArgumentException("chains live in the chain store, not the library");
        };
    }

    static List<Path> vxFiles(List<Path> filesOrFolders) throws IOException {
        if (filesOrFolders.isEmpty()) {
            throw new ValidationException("files", "name at least one VX history file or folder");
        }
        List<Path> files = new ArrayList<>();
        for (Path path : filesOrFolders) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    List<Path> csvs = listing.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                            .filter(Files::isRegularFile).sorted().toList();
                    if (csvs.isEmpty()) {
                        throw new ValidationException(path.toString(), "has no .csv files");
                    }
                    files.addAll(csvs);
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new ValidationException(path.toString(), "no such file or folder");
            }
            if (files.size() > MAX_VX_FILES) {
                throw new ValidationException(path.toString(), "more than " + MAX_VX_FILES + " files: not a VX history folder");
            }
        }
        return files;
    }
}
