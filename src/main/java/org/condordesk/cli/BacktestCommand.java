package org.condordesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.condordesk.backtest.Backtest;
import org.condordesk.backtest.BacktestConfig;
import org.condordesk.backtest.BacktestConfigReader;
import org.condordesk.backtest.BacktestCsv;
import org.condordesk.backtest.BacktestFile;
import org.condordesk.backtest.BacktestMarket;
import org.condordesk.backtest.BacktestResult;
import org.condordesk.backtest.Bootstrap;
import org.condordesk.backtest.Frontier;
import org.condordesk.backtest.ScenarioRules;
import org.condordesk.backtest.WalkForward;
import org.condordesk.backtest.Benchmark;
import org.condordesk.backtest.BenchmarkRun;
import org.condordesk.backtest.HistoryFiles;
import org.condordesk.backtest.Sweep;
import org.condordesk.app.StressHistories;
import org.condordesk.capital.StressHistory;
import org.condordesk.model.ValidationException;
import org.condordesk.store.DataFolders;
import org.condordesk.store.json.SaveTargets;
import org.condordesk.store.json.ScenarioJson;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code backtest --config FILE.json} or {@code backtest --benchmark NAME}: the condor with each hedge variant replayed on daily history (docs/backtest.md). */
@Command(name = "backtest",
        description = "Replay the iron condor with no hedge, a fixed VIX layer and the ALVH layers on daily SPX/VIX/VIX3M "
                + "history (docs/backtest.md): return on margin, Sharpe, drawdown, trades and the stress days per variant.")
final class BacktestCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--config", paramLabel = "FILE.json",
            description = "Backtest config (docs/backtest.md §config; samples/backtest-default.json).")
    Path config;

    @Option(names = "--scenario", paramLabel = "FILE.json",
            description = "Backtest this scenario's own rules: its condor's structure and each hedge layer as a variant "
                    + "(docs/backtest.md §scenario); with --config, that config's costs, model and history.")
    Path scenario;

    @Option(names = "--benchmark", paramLabel = "PUT|WPUT|BXM|CNDR|BFLY",
            description = "Instead of a config: replay one of Cboe's benchmark indices in model mode on the history "
                    + "(docs/backtest.md §7).")
    Benchmark benchmark;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day of the window (replaces the config's).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day of the window (replaces the config's).")
    LocalDate to;

    @Option(names = {"--history", "--history-dir"}, paramLabel = "DIR",
            description = "Folder with SPX_History.csv, VIX_History.csv and VIX3M_History.csv (replaces the config's).")
    Path historyDir;

    @Option(names = "--trades-csv", paramLabel = "FILE.csv", description = "Write the per-trade table of every variant.")
    Path tradesCsv;

    @Option(names = "--equity-csv", paramLabel = "FILE.csv", description = "Write the daily equity curves and drawdowns.")
    Path equityCsv;

    @Option(names = "--sweep", description = "Also run the config's parameter sweep (its `sweep` section) on every core.")
    boolean sweep;

    @Option(names = "--sweep-csv", paramLabel = "FILE.csv", description = "With --sweep: write every cell's figures.")
    Path sweepCsv;

    @Option(names = "--force", description = "Also replace an existing output that is not a .csv text file (never a library,"
            + " an input of this command, a folder or a device).")
    boolean force;

    /** The files this run reads (config, scenario, history): no output may name one of them. */
    private List<Path> inputs = List.of();

    @Option(names = "--threads", paramLabel = "N", description = "Sweep worker threads (default: the machine's cores).")
    Integer threads;

    @Option(names = "--json", description = "Print JSON (keys in docs/cli.md).")
    boolean json;

    @Option(names = "--db", paramLabel = "PATH", description = "The library whose imported market history (history import …) "
            + "the run trades against (default: the user's library, when it exists).")
    Path db;

    @Option(names = "--model-only", description = "Ignore imported market history: every price from the model.")
    boolean modelOnly;

    @Option(names = "--frontier", description = "Also run the hedge efficiency frontier: instrument x size x tenor, "
            + "cost a year against CVaR 95 %, max drawdown and stress-day P&L (docs/backtest.md).")
    boolean frontier;

    @Option(names = "--frontier-instruments", split = ",", paramLabel = "LIST",
            description = "With --frontier: CALL_SPREAD, VX, VXM, CALL, DIAGONAL, ETF_SHARES, ETF_CALL (default: the first five).")
    List<BacktestConfig.HedgeInstrument> frontierInstruments;

    @Option(names = "--frontier-ratios", split = ",", paramLabel = "LIST",
            description = "With --frontier: sizes as fractions of vega-neutral, above 0 to 1.5 (default 0.25,0.5,0.75,1).")
    List<Double> frontierRatios;

    @Option(names = "--frontier-tenors", split = ",", paramLabel = "LIST",
            description = "With --frontier: hedge tenors in days, 30-120 (default 30,60,90).")
    List<Integer> frontierTenors;

    @Option(names = "--frontier-csv", paramLabel = "FILE.csv", description = "With --frontier: write every point.")
    Path frontierCsv;

    @Option(names = "--walk-forward", paramLabel = "VARIANT",
            description = "Also walk the ALVH variant's rule thresholds forward: fit on --in-sample-years, trade the next "
                    + "year out of sample (docs/backtest.md).")
    String walkForward;

    @Option(names = "--in-sample-years", paramLabel = "N", defaultValue = "5",
            description = "With --walk-forward: years of each in-sample window (1-20; default ${DEFAULT-VALUE}).")
    int inSampleYears;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "" + Bootstrap.DEFAULT_RESAMPLES,
            description = "Resamples of the stationary block bootstrap behind the 95 % intervals (100-100000; default ${DEFAULT-VALUE}).")
    int resamples;

    @Option(names = "--block-days", paramLabel = "DAYS", defaultValue = "" + Bootstrap.DEFAULT_MEAN_BLOCK_DAYS,
            description = "Mean block length of the bootstrap in trading days (1-250; default ${DEFAULT-VALUE}).")
    double blockDays;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "" + Bootstrap.DEFAULT_SEED,
            description = "Seed of the bootstrap (the same seed gives the same intervals; default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        Bootstrap.Settings bootstrap = new Bootstrap.Settings(resamples, blockDays, seed);
        if (benchmark != null && (config != null || scenario != null)) {
            throw new ValidationException("--config", "give exactly one of --config FILE.json (or --scenario FILE.json) and "
                    + "--benchmark NAME");
        }
        if (benchmark != null) {
            return runBenchmark();
        }
        if (config == null && scenario == null) {
            throw new ValidationException("--config", "give exactly one of --config FILE.json, --scenario FILE.json and "
                    + "--benchmark NAME");
        }
        Optional<BacktestFile> read = config == null ? Optional.empty() : Optional.of(BacktestConfigReader.read(config));
        BacktestConfig base = read.map(BacktestFile::config).orElse(BacktestConfig.defaults());
        BacktestConfig run = window(scenario == null ? base : ScenarioRules.of(ScenarioJson.read(scenario), base));
        if (sweep && read.flatMap(BacktestFile::sweep).isEmpty()) {
            throw new ValidationException("--sweep", (config == null ? "--scenario" : config.toString())
                    + " has no sweep section (docs/backtest.md §config)");
        }
        if (sweepCsv != null && !sweep) {
            throw new ValidationException("--sweep-csv", "needs --sweep");
        }
        if (!frontier && (frontierCsv != null || frontierInstruments != null || frontierRatios != null
                || frontierTenors != null)) {
            throw new ValidationException("--frontier-*", "needs --frontier");
        }
        if (threads != null && (threads < 1 || threads > 256)) {
            throw new ValidationException("--threads", "must be between 1 and 256, got " + threads);
        }
        if (modelOnly && db != null) {
            throw new ValidationException("--model-only", "ignores the imported history: leave out --db");
        }
        Optional<HistoryFiles> files = historyDir != null ? Optional.of(HistoryFiles.bundled(historyDir))
                : read.map(BacktestFile::history);
        inputs = inputs(files);
        checkOutputs();
        BacktestMarket market = files.isPresent() ? files.get().load(run.model())
                : BacktestMarket.of(StressHistories.bundled(), run.model());
        if (!modelOnly) {
            market = market.withRealData(BacktestRealData.load(db != null ? db : DataFolders.libraryFile()));
        }
        BacktestResult result = Backtest.run(run, market);
        if (tradesCsv != null) {
            BacktestCsv.write(tradesCsv, BacktestCsv.trades(result), force, inputs);
        }
        if (equityCsv != null) {
            BacktestCsv.write(equityCsv, BacktestCsv.equity(result), force, inputs);
        }
        List<Sweep.Cell> cells = List.of();
        if (sweep) {
            cells = Sweep.run(run, market, read.get().sweep().get(), threads == null ? Sweep.defaultThreads() : threads,
                    share -> { }, () -> false);
            if (sweepCsv != null) {
                BacktestCsv.write(sweepCsv, BacktestCsv.sweep(cells), force, inputs);
            }
        }
        Optional<BacktestFile> swept = sweep ? read : Optional.empty();
        List<Sweep.Cell> shown = cells;
        Bootstrap.Result intervals = Bootstrap.of(result, bootstrap);
        List<Frontier.Point> points = frontier ? frontier(run, market) : List.of();
        Optional<WalkForward.Result> walked = walkForward == null ? Optional.empty()
                : Optional.of(WalkForward.run(run, market, walkForward, inSampleYears,
                        threads == null ? Sweep.defaultThreads() : threads, share -> { }, () -> false));
        BacktestOutput.Studies studies = new BacktestOutput.Studies(intervals, points, walked,
                scenario == null ? Optional.empty() : Optional.of(run));
        CliJson.printJsonOrText(spec, json, () -> BacktestOutput.json(result, swept, shown, studies),
                () -> BacktestOutput.text(result, swept, shown, studies));
        return 0;
    }

    /** Every file this command reads: its outputs may name none of them. */
    private List<Path> inputs(Optional<HistoryFiles> history) {
        List<Path> read = new ArrayList<>();
        Optional.ofNullable(config).ifPresent(read::add);
        Optional.ofNullable(scenario).ifPresent(read::add);
        history.ifPresent(files -> {
            read.add(files.spx());
            read.add(files.vix());
            files.vix3m().ifPresent(read::add);
        });
        return read;
    }

    /** Every output checked before the (long) run: a refused target fails at once and nothing is written. */
    private void checkOutputs() {
        Map<String, Path> outputs = new LinkedHashMap<>();
        Optional.ofNullable(tradesCsv).ifPresent(path -> outputs.put("--trades-csv", path));
        Optional.ofNullable(equityCsv).ifPresent(path -> outputs.put("--equity-csv", path));
        Optional.ofNullable(sweepCsv).ifPresent(path -> outputs.put("--sweep-csv", path));
        Optional.ofNullable(frontierCsv).ifPresent(path -> outputs.put("--frontier-csv", path));
        SaveTargets.distinct(outputs);
        outputs.forEach((flag, path) -> {
            try {
                SaveTargets.check(path, SaveTargets.Kind.CSV, force, inputs);
            } catch (ValidationException e) {
                throw SaveTargets.forceable(e.reason()) ? new ValidationException(flag, e.getMessage() + " (add --force to replace it)")
                        : new ValidationException(flag, e.getMessage());
            }
        });
    }

    private List<Frontier.Point> frontier(BacktestConfig run, BacktestMarket market) throws IOException {
        Frontier.Grid defaults = Frontier.Grid.defaults();
        Frontier.Grid grid = new Frontier.Grid(frontierInstruments != null ? frontierInstruments : defaults.instruments(),
                frontierRatios != null ? frontierRatios : defaults.hedgeRatios(),
                frontierTenors != null ? frontierTenors : defaults.tenorDays());
        List<Frontier.Point> points = Frontier.run(run, market, grid, threads == null ? Sweep.defaultThreads() : threads,
                share -> { }, () -> false);
        if (frontierCsv != null) {
            BacktestCsv.write(frontierCsv, BacktestCsv.frontier(points), force, inputs);
        }
        return points;
    }

    /** {@code --benchmark}: the index replayed on the bundled (or --history) SPX/VIX/VIX3M history. */
    private Integer runBenchmark() throws IOException {
        for (String flag : new String[] {"--trades-csv", "--equity-csv", "--sweep", "--sweep-csv", "--threads"}) {
            boolean given = switch (flag) {
                case "--trades-csv" -> tradesCsv != null;
                case "--equity-csv" -> equityCsv != null;
                case "--sweep" -> sweep;
                case "--sweep-csv" -> sweepCsv != null;
                default -> threads != null;
            };
            if (given) {
                throw new ValidationException(flag, "does not apply to --benchmark");
            }
        }
        LocalDate first = from != null ? from : LocalDate.of(1900, 1, 1);
        LocalDate last = to != null ? to : LocalDate.of(9999, 12, 31);
        if (last.isBefore(first)) {
            throw new ValidationException("--from/--to", "the window ends (" + last + ") before it starts (" + first + ")");
        }
        StressHistory history = historyDir != null ? StressHistories.fromFolder(historyDir) : StressHistories.bundled();
        BacktestMarket market = BacktestMarket.of(history, BacktestConfig.Model.defaults());
        BenchmarkRun.Result result = BenchmarkRun.run(benchmark, market, HistoryFiles.opens(history.spx(), market),
                first, last);
        CliJson.printJsonOrText(spec, json, () -> BenchmarkOutput.json(result), () -> BenchmarkOutput.text(result));
        return 0;
    }

    /** The config with --from/--to in place of its own window; a window that ends before it starts names the flags. */
    private BacktestConfig window(BacktestConfig read) {
        Optional<LocalDate> first = from != null ? Optional.of(from) : read.from();
        Optional<LocalDate> last = to != null ? Optional.of(to) : read.to();
        if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
            throw new ValidationException("--from/--to", "the window ends (" + last.get() + ") before it starts ("
                    + first.get() + ")");
        }
        // Clear from first: the config's own from may lie after the new to, which the record would refuse midway.
        return read.withFrom(Optional.empty()).withTo(last).withFrom(first);
    }
}
