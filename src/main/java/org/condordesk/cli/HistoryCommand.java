package org.condordesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.condordesk.model.ValidationException;
import org.condordesk.store.MarketHistoryLibrary;
import org.condordesk.store.csv.ImportProgress;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code history …}: real market history for the backtest (VX settlements, vol indices, option chains; docs/cli.md). */
@Command(name = "history", description = "Real market history the backtest trades against: import and list it.",
        subcommands = {HistoryCommand.ImportCommand.class, HistoryCommand.ListCommand.class,
            HistoryCommand.DeleteCommand.class, ProxyReportCommand.class})
final class HistoryCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a history command is required: import, list or delete");
    }

    /** {@code history import vx|index|chains}. */
    @Command(name = "import", description = "Import VX settlements, a vol index or option chains.",
            subcommands = {ImportVx.class, ImportIndex.class, HistoryChainCommands.ImportChains.class})
    static final class ImportCommand implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "say what to import: vx, index or chains");
        }
    }

    @Command(name = "vx", description = "Import CFE per-contract VX history files (a folder imports every .csv in it).")
    static final class ImportVx implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryCommand.DbOption db;
        @Parameters(paramLabel = "DIR|FILE", arity = "1..*", description = "CFE VX_*.csv files or folders of them.")
        List<Path> paths;
        @Option(names = "--json", description = "JSON instead of text.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            MarketHistoryLibrary.VxImport done = MarketHistoryLibrary.importVx(HistoryCommand.db(db), paths, ImportProgress.NONE);
            Map<String, Object> out = CliJson.object();
            out.put("files", done.files());
            out.put("contracts", done.contracts());
            out.put("rows", done.rows());
            out.put("zeroSettleRows", done.zeroSettleRows());
            CliJson.printJsonOrText(spec, json, () -> out, () -> String.format(Locale.ROOT,
                    "imported %d VX settlements of %d contracts from %d files (%d rows without a settlement skipped)%n",
                    done.rows(), done.contracts(), done.files(), done.zeroSettleRows()));
            return 0;
        }
    }

    @Command(name = "index", description = "Import a vol index history (Cboe's index layout, as for VIX).")
    static final class ImportIndex implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryCommand.DbOption db;
        @Parameters(paramLabel = "FILE", description = "The index history CSV (e.g. VVIX_History.csv).")
        Path file;
        @Option(names = "--symbol", required = true, paramLabel = "VVIX|VIX9D|VIX6M|VIX1D", description = "Which index it is.")
        String symbol;
        @Option(names = "--json", description = "JSON instead of text.")
        boolean json;

        @Override
        public Integer call() throws IOException {
            int rows = MarketHistoryLibrary.importIndex(HistoryCommand.db(db), file, symbol, ImportProgress.NONE);
            Map<String, Object> out = CliJson.object();
            out.put("symbol", symbol.toUpperCase(Locale.ROOT));
            out.put("rows", rows);
            CliJson.printJsonOrText(spec, json, () -> out, () -> String.format(Locale.ROOT, "imported %d days of %s%n",
                    rows, symbol.toUpperCase(Locale.ROOT)));
            return 0;
        }
    }

    @Command(name = "list", description = "Every imported series: kind, symbol, first and last day, rows.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryCommand.DbOption db;
        @Option(names = "--json", description = "JSON: series[] with kind, symbol, from, to, rows (docs/cli.md).")
        boolean json;

        @Override
        public Integer call() {
            List<MarketHistoryLibrary.Series> series = HistoryChainCommands.allSeries(HistoryCommand.db(db));
            CliJson.printJsonOrText(spec, json, () -> json(series), () -> text(series));
            return 0;
        }

        private static Object json(List<MarketHistoryLibrary.Series> series) {
            List<Object> rows = new ArrayList<>();
            for (MarketHistoryLibrary.Series s : series) {
                Map<String, Object> row = CliJson.object();
                row.put("kind", s.kind().key());
                row.put("symbol", s.symbol());
                row.put("from", s.from().toString());
                row.put("to", s.to().toString());
                row.put("rows", s.rows());
                if (s.kind() == MarketHistoryLibrary.Kind.VX) {
                    row.put("contracts", s.contracts());
                }
                rows.add(row);
            }
            Map<String, Object> out = CliJson.object();
            out.put("series", rows);
            return out;
        }

        private static String text(List<MarketHistoryLibrary.Series> series) {
            if (series.isEmpty()) {
                return "no market history imported (history import vx|index|chains)\n";
            }
            TextTable table = new TextTable("kind", "symbol", "from", "to", "rows");
            for (MarketHistoryLibrary.Series s : series) {
                table.row(s.kind().key(), s.symbol(), s.from().toString(), s.to().toString(), s.rows());
            }
            return table.render("");
        }
    }

    @Command(name = "delete", description = "Delete an imported series: history delete vx|index|chains [SYMBOL].")
    static final class DeleteCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        LibraryCommand.DbOption db;
        @Parameters(index = "0", paramLabel = "KIND", description = "vx, index or chains.")
        String kind;
        @Parameters(index = "1", arity = "0..1", paramLabel = "SYMBOL", description = "The index or chain underlying.")
        String symbol;

        @Override
        public Integer call() throws IOException {
            MarketHistoryLibrary.Kind which = switch (kind.toLowerCase(Locale.ROOT)) {
                case "vx" -> MarketHistoryLibrary.Kind.VX;
                case "index" -> MarketHistoryLibrary.Kind.INDEX;
                case "chains" -> MarketHistoryLibrary.Kind.CHAINS;
                default -> throw new ValidationException("KIND", "must be vx, index or chains, got '" + kind + "'");
            };
            if (which != MarketHistoryLibrary.Kind.VX && symbol == null) {
                throw new ValidationException("SYMBOL", "name the " + which.key() + " series to delete");
            }
            long rows = HistoryChainCommands.delete(HistoryCommand.db(db), which, symbol);
            spec.commandLine().getOut().printf(Locale.ROOT, "deleted %d rows%n", rows);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    static Path db(LibraryCommand.DbOption option) {
        return option.db != null ? option.db : org.condordesk.store.DataFolders.libraryFile();
    }
}
