package org.condordesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.condordesk.store.MarketHistoryLibrary;
import org.condordesk.store.chains.ChainImport;
import org.condordesk.store.chains.ChainStore;
import org.condordesk.store.chains.EodLayout;
import org.condordesk.store.csv.ImportProgress;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The option-chain side of {@code history}: its store lives beside the library ({@code library.chains/}). */
final class HistoryChainCommands {

    private HistoryChainCommands() {
    }

    @Command(name = "chains", description = "Import end-of-day option chains into the columnar store (DuckDB, Parquet).")
    static final class ImportChains implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryCommand.DbOption db;
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Chain files in one layout.")
        List<Path> files;
        @Option(names = "--layout", required = true, paramLabel = "datashop|optionsdx|long",
                description = "Cboe DataShop Option EOD Summary, OptionsDX, or the long layout (docs/formats.md).")
        String layout;
        @Option(names = "--json", description = "JSON instead of text.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            EodLayout which = EodLayout.parse(layout);
            ChainImport.Result result;
            try (ChainStore store = ChainStore.open(ChainStore.folderFor(HistoryCommand.db(db)))) {
                result = ChainImport.run(store, files, which, ImportProgress.NONE);
            }
            Map<String, Object> out = CliJson.object();
            out.put("filesImported", result.filesImported());
            out.put("filesSkipped", result.filesSkipped());
            out.put("rows", result.rows());
            out.put("days", result.days());
            CliJson.printJsonOrText(spec, json, () -> out, () -> String.format(Locale.ROOT,
                    "imported %d rows (%d days) from %d files; %d files already imported were skipped%n", result.rows(),
                    result.days(), result.filesImported(), result.filesSkipped()));
            return 0;
        }
    }

    /** The library's series and the chain store's roots (the store is opened only when its folder exists). */
    static List<MarketHistoryLibrary.Series> allSeries(Path db) {
        List<MarketHistoryLibrary.Series> out = new ArrayList<>(MarketHistoryLibrary.list(db));
        Path folder = ChainStore.folderFor(db);
        if (java.nio.file.Files.isDirectory(folder)) {
            try (ChainStore store = ChainStore.open(folder)) {
                for (ChainStore.RootSummary root : store.roots()) {
                    out.add(new MarketHistoryLibrary.Series(MarketHistoryLibrary.Kind.CHAINS, root.root(), root.from(),
                            root.to(), root.rows(), 0));
                }
            }
        }
        return out;
    }

    /** Deletes a series; chains by underlying (SPX deletes SPX and SPXW, which share its partitions). */
    static long delete(Path db, MarketHistoryLibrary.Kind kind, String symbol) throws IOException {
        if (kind != MarketHistoryLibrary.Kind.CHAINS) {
            return MarketHistoryLibrary.delete(db, kind, symbol);
        }
        String upper = symbol.toUpperCase(Locale.ROOT);
        String underlying = upper.startsWith("SPX") ? "SPX" : upper.startsWith("VIX") ? "VIX" : upper;
        try (ChainStore store = ChainStore.open(ChainStore.folderFor(db))) {
            long rows = store.roots().stream().filter(r -> r.underlying().equals(underlying))
                    .mapToLong(ChainStore.RootSummary::rows).sum();
            store.delete(underlying);
            return rows;
        }
    }
}
