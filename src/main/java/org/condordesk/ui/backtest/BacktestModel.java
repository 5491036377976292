package org.condordesk.ui.backtest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.condordesk.backtest.Backtest;
import org.condordesk.backtest.BacktestConfig;
import org.condordesk.backtest.BacktestConfigReader;
import org.condordesk.backtest.BacktestCsv;
import org.condordesk.backtest.BacktestFile;
import org.condordesk.backtest.BacktestMarket;
import org.condordesk.backtest.BacktestResult;
import org.condordesk.backtest.Bootstrap;
import org.condordesk.backtest.Frontier;
import org.condordesk.backtest.HistoryFiles;
import org.condordesk.backtest.ScenarioRules;
import org.condordesk.backtest.Sweep;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.work.Worker;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Backtest window's model: runs a backtest or a sweep on one background daemon thread with progress and cancel
 * (a new job cancels the one running), and hands results to the FX thread through {@code deliver}; the FX thread only
 * applies them. A result of a job that was replaced is dropped. No JavaFX scene code here.
 */
public final class BacktestModel implements AutoCloseable {

    /** A finished sweep: its grid, the metric the heatmap shows and the cells in the grid's index order. */
    public record SweepResult(Sweep.Grid grid, Sweep.Metric metric, List<Sweep.Cell> cells) {
    }

    private final BacktestHistory history = new BacktestHistory();
    private final Worker worker;
    private final Worker csvWriter;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Set the run up and press Run");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyObjectWrapper<BacktestResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<SweepResult> sweep = new ReadOnlyObjectWrapper<>(this, "sweep");
    private final ReadOnlyObjectWrapper<Bootstrap.Result> intervals = new ReadOnlyObjectWrapper<>(this, "intervals");
    private final ReadOnlyObjectWrapper<List<Frontier.Point>> frontier = new ReadOnlyObjectWrapper<>(this, "frontier");

    public BacktestModel(Executor deliver) {
        this.worker = new Worker("condordesk-backtest", deliver);
        this.csvWriter = new Worker("condordesk-backtest-csv", deliver);
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<BacktestResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SweepResult> sweepProperty() {
        return sweep.getReadOnlyProperty();
    }

    /** The last run's 95 % bootstrap intervals: set just before {@link #resultProperty()} changes. */
    public ReadOnlyObjectProperty<Bootstrap.Result> intervalsProperty() {
        return intervals.getReadOnlyProperty();
    }

    /** The last frontier's points: the unhedged condor first, then the grid's cells. */
    public ReadOnlyObjectProperty<List<Frontier.Point>> frontierProperty() {
        return frontier.getReadOnlyProperty();
    }

    /** Where the history comes from, for the status line. */
    public String historySource() {
        return history.describe();
    }

    /**
     * Reads a config file (on the calling thread: it is small) and from now on runs on the history it names; a file
     * that names no history and has no {@code history} folder beside it runs on the bundled history. A bad file, or
     * history files that are not there, leave everything as it was and throw a one-line {@link ValidationException}.
     */
    public BacktestFile loadConfig(Path file) {
        BacktestFile read = BacktestConfigReader.read(file);
        HistoryFiles files = read.history();
        boolean present = Files.isRegularFile(files.spx()) && Files.isRegularFile(files.vix());
        if (!present && !namesHistory(file)) {
            history.use(Optional.empty());
        } else if (!present) {
            throw new ValidationException(file.getFileName() + ": history", "no such file "
                    + (Files.isRegularFile(files.spx()) ? files.vix() : files.spx()));
        } else {
            history.use(Optional.of(files));
        }
        return read;
    }

    /** Whether the file has a {@code history} key (it parsed once already, so it is JSON). */
    private static boolean namesHistory(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile()).has("history");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Back to the bundled history. */
    public void useBundledHistory() {
        history.use(Optional.empty());
    }

    /**
     * Runs every variant of {@code config}, then bootstraps its 95 % intervals (the CLI's defaults: 1,000 resamples,
     * 20-day mean blocks, the fixed seed), both on the worker; a run or sweep still going is cancelled first.
     */
    public void run(BacktestConfig config) {
        start("Backtest", (job) -> {
            long started = System.nanoTime();
            BacktestMarket market = market(config, job);
            BacktestResult done = Backtest.run(config, market, share -> report(job, 0.1 + 0.8 * share), job.cancelled());
            job.checkpoint();
            report(job, 0.9);
            Bootstrap.Result ci = Bootstrap.of(done, Bootstrap.Settings.defaults());
            job.checkpoint();
            return () -> {
                intervals.set(ci);
                result.set(done);
                status.set("Ran " + done.variants().size() + " variants from " + done.firstDay() + " to "
                        + done.lastDay() + " on " + history.describe() + ", 95 % intervals from "
                        + ci.settings().resamples() + " block-bootstrap resamples" + seconds(started));
            };
        });
    }

    /** Replays every hedge of {@code grid} against the unhedged condor on every core (the efficiency frontier). */
    public void frontier(BacktestConfig config, Frontier.Grid grid) {
        start("Frontier", (job) -> {
            long started = System.nanoTime();
            BacktestMarket market = market(config, job);
            List<Frontier.Point> points = Frontier.run(config, market, grid, Sweep.defaultThreads(),
                    share -> report(job, 0.1 + 0.9 * share), job.cancelled());
            long dominated = points.stream().filter(Frontier.Point::dominated).count();
            return () -> {
                frontier.set(List.copyOf(points));
                status.set("Frontier: " + (points.size() - 1) + " hedges against no hedge, " + dominated
                        + " dominated" + seconds(started));
            };
        });
    }

    /**
     * Reads the backtest rules of {@code scenario} on top of {@code base} (ScenarioRules.of, on the worker: it prices
     * the layers) and hands them to {@code onRules} on the FX thread; a scenario the backtest cannot replay is one line
     * on the status line and nothing changes.
     */
    public void readScenario(Scenario scenario, BacktestConfig base, java.util.function.Consumer<BacktestConfig> onRules) {
        progress.set(0);
        status.set("Reading the rules of '" + scenario.name() + "'…");
        worker.replace(job -> ScenarioRules.of(scenario, base), rules -> {
            onRules.accept(rules);
            status.set("Rules read from '" + scenario.name() + "': " + rules.variants().size()
                    + " variants. Check the entry and hedges on the left, then press Run");
        }, failure -> status.set("Cannot backtest '" + scenario.name() + "': " + failure.message()));
    }

    /** Runs the sweep of {@code grid} on every core; the heatmap shows {@code metric}. */
    public void sweep(BacktestConfig config, Sweep.Grid grid, Sweep.Metric metric) {
        start("Sweep", (job) -> {
            long started = System.nanoTime();
            BacktestMarket market = market(config, job);
            List<Sweep.Cell> cells = Sweep.run(config, market, grid, Sweep.defaultThreads(),
                    share -> report(job, 0.1 + 0.9 * share), job.cancelled());
            return () -> {
                sweep.set(new SweepResult(grid, metric, cells));
                status.set("Swept " + cells.size() + " cells of " + grid.variant() + " on "
                        + Sweep.defaultThreads() + " threads" + seconds(started));
            };
        });
    }

    /**
     * Writes the last run's trades (every variant, docs/formats.md §backtest) to {@code file} atomically on a
     * background thread; the status line says where they went or why they did not. Empty when there is no run yet.
     */
    public Optional<CompletableFuture<Path>> exportTrades(Path file) {
        BacktestResult shown = result.get();
        if (shown == null) {
            status.set("Run a backtest first: there are no trades to export");
            return Optional.empty();
        }
        int rows = shown.variants().stream().mapToInt(v -> v.trades().size()).sum();
        return Optional.of(write(file, () -> BacktestCsv.trades(shown), rows + " trades"));
    }

    /** Writes the last sweep's cells (every metric) to {@code file} like {@link #exportTrades}. */
    public Optional<CompletableFuture<Path>> exportSweep(Path file) {
        SweepResult shown = sweep.get();
        if (shown == null) {
            status.set("Run a sweep first: there are no cells to export");
            return Optional.empty();
        }
        return Optional.of(write(file, () -> BacktestCsv.sweep(shown.cells()), shown.cells().size() + " sweep cells"));
    }

    /** Writes the last frontier's points (docs/formats.md) to {@code file} like {@link #exportTrades}. */
    public Optional<CompletableFuture<Path>> exportFrontier(Path file) {
        List<Frontier.Point> shown = frontier.get();
        if (shown == null) {
            status.set("Run the frontier first: there are no hedges to export");
            return Optional.empty();
        }
        return Optional.of(write(file, () -> BacktestCsv.frontier(shown), shown.size() + " frontier points"));
    }

    private CompletableFuture<Path> write(Path file, Supplier<String> text, String what) {
        CompletableFuture<Path> written = new CompletableFuture<>();
        csvWriter.submit(job -> {
            try {
                // The file chooser asked before replacing: forced, yet never over a library, folder or device.
                BacktestCsv.write(file, text.get(), true, java.util.List.of());
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(oneLine(e), e);
            }
        }, path -> {
            status.set(what + " written to " + path);
            written.complete(path);
        }, failure -> {
            status.set("Cannot export the " + what + ": " + failure.message());
            written.completeExceptionally(new IOException(failure.message()));
        });
        return written;
    }

    /** Puts {@code text} on the status line (FX thread): a one-line error or notice from the window. */
    public void report(String text) {
        status.set(text);
    }

    /** Stops the job running (its partial work is dropped, and so is a result computed but not yet shown). */
    public void cancel() {
        worker.cancel();
    }

    /** Waits until the job running has finished and handed its outcome to the FX thread (tests). */
    boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        return worker.awaitIdle(timeout, unit);
    }

    /** A run or a sweep: computes on the worker and returns what the FX thread applies to show it. */
    private interface Work {
        Runnable run(Worker.Job job);
    }

    /** Starts {@code work} in place of any job running: that one is cancelled and its result never shown. */
    private void start(String what, Work work) {
        progress.set(0);
        running.set(true);
        status.set(what + " running…");
        worker.replace(work::run, show -> {
            show.run();
            progress.set(1);
            running.set(false);
        }, failure -> finish(what + (failure.kind() == Worker.Failure.Kind.REFUSED ? " refused: " : " failed: ")
                + failure.message()),
                () -> finish(what + " cancelled"));
    }

    private BacktestMarket market(BacktestConfig config, Worker.Job job) {
        report(job, 0.02);
        return history.market(config.model()).withRealData(realData());
    }

    /**
     * The real VX settlements and vol indices imported through File → Market history… (docs/backtest.md §2b); a
     * library that cannot be opened (read-only, newer) leaves the run on the model, which its coverage line shows.
     */
    private static org.condordesk.backtest.RealMarketData realData() {
        try {
            return org.condordesk.backtest.StoredMarketData.load(org.condordesk.store.DataFolders.libraryFile(),
                    org.condordesk.backtest.StoredMarketData.Chains.NONE);
        } catch (org.condordesk.store.library.LibraryException e) {
            return org.condordesk.backtest.RealMarketData.NONE;
        }
    }

    private void report(Worker.Job job, double share) {
        worker.post(job, () -> progress.set(share));
    }

    private void finish(String text) {
        status.set(text);
        progress.set(0);
        running.set(false);
    }

    /** " in 0.6 s": the wall time since {@code startedNanos} (the first run includes reading the history). */
    private static String seconds(long startedNanos) {
        return String.format(java.util.Locale.ROOT, " in %.1f s", (System.nanoTime() - startedNanos) / 1e9);
    }

    /** The message of {@code e} (or its cause) on one line, never a stack trace. */
    static String oneLine(Throwable e) {
        return Worker.oneLine(e);
    }

    @Override
    public void close() {
        worker.close();
        try {
            csvWriter.closeAfterQueued(0, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
