package org.condordesk.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;

import org.condordesk.model.Check;
import org.condordesk.model.ValidationException;

/**
 * A parameter sweep: one variant replayed for every short delta × days to expiry × hedge ratio, each cell an
 * independent backtest on the shared market, run on every core by an executor. The grid of one metric is the
 * heatmap; results land by cell index, so the sweep is deterministic whatever order the threads finish in.
 */
public final class Sweep {

    public static final int MAX_CELLS = 2_000;

    /** The metrics a heatmap can show, each read from a variant's figures. */
    public enum Metric {
        SHARPE(VariantMetrics::sharpe), SORTINO(VariantMetrics::sortino), ANNUAL_RETURN(VariantMetrics::annualReturn),
        MAX_DRAWDOWN(VariantMetrics::maxDrawdown), TOTAL_PNL(VariantMetrics::totalPnl), IRR(VariantMetrics::irr),
        WIN_RATE(VariantMetrics::winRate);

        private final ToDoubleFunction<VariantMetrics> read;

        Metric(ToDoubleFunction<VariantMetrics> read) {
            this.read = read;
        }

        public double of(VariantMetrics metrics) {
            return read.applyAsDouble(metrics);
        }
    }

    /** The axes and the variant swept (by name in the config). */
    public record Grid(String variant, List<Double> shortDeltas, List<Integer> daysToExpiry, List<Double> hedgeRatios) {

        public Grid {
            Check.name("variant", variant, 60);
            shortDeltas = List.copyOf(shortDeltas);
            daysToExpiry = List.copyOf(daysToExpiry);
            hedgeRatios = List.copyOf(hedgeRatios);
            if (shortDeltas.isEmpty() || daysToExpiry.isEmpty() || hedgeRatios.isEmpty()) {
                throw new ValidationException("sweep", "every axis needs at least one value");
            }
            long cells = (long) shortDeltas.size() * daysToExpiry.size() * hedgeRatios.size();
            if (cells > MAX_CELLS) {
                throw new ValidationException("sweep", cells + " cells, at most " + MAX_CELLS);
            }
        }

        public int cells() {
            return shortDeltas.size() * daysToExpiry.size() * hedgeRatios.size();
        }
    }

    /** One cell: its parameters and the variant's figures there. */
    public record Cell(double shortDelta, int daysToExpiry, double hedgeRatio, VariantMetrics metrics) {
    }

    private Sweep() {
    }

    /**
     * Every cell of {@code grid} in index order (delta slowest, hedge ratio fastest), on {@code threads} worker
     * threads (the machine's cores by default).
     */
    /** {@code threads} named daemon threads: a sweep never keeps the JVM alive. */
    private static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "condordesk-sweep");
            thread.setDaemon(true);
            return thread;
        });
    }

    public static List<Cell> run(BacktestConfig config, BacktestMarket market, Grid grid, int threads,
                                 DoubleConsumer progress, BooleanSupplier cancelled) {
        BacktestConfig.Variant variant = config.variants().stream().filter(v -> v.name().equals(grid.variant()))
                .findFirst().orElseThrow(() -> new ValidationException("sweep.variant", "no variant named '"
                        + grid.variant() + "'"));
        // One window for every cell: the whole config's, so the swept variant covers the dates the run did.
        int[] window = Backtest.window(config, market, new ArrayList<>());
        return parallel(grid.cells(), index -> cell(config, variant, market, grid, window, index, cancelled), threads,
                progress);
    }

    /**
     * {@code task} of every index 0 … cells − 1 on {@code threads} daemon worker threads, results in index order
     * whatever order the threads finish in; {@code progress} gets the share done. A task's runtime exception (a
     * cancellation included) is rethrown as it is.
     */
    static <T> List<T> parallel(int cells, IntFunction<T> task, int threads, DoubleConsumer progress) {
        ExecutorService pool = pool(threads);
        AtomicInteger done = new AtomicInteger();
        try {
            List<Future<T>> futures = new ArrayList<>(cells);
            for (int i = 0; i < cells; i++) {
                int index = i;
                futures.add(pool.submit(() -> {
                    T cell = task.apply(index);
                    progress.accept((double) done.incrementAndGet() / cells);
                    return cell;
                }));
            }
            List<T> out = new ArrayList<>(cells);
            for (Future<T> future : futures) {
                out.add(future.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("sweep interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The machine's cores. */
    public static int defaultThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static Cell cell(BacktestConfig config, BacktestConfig.Variant variant, BacktestMarket market, Grid grid,
                             int[] window, int index, BooleanSupplier cancelled) {
        int ratios = grid.hedgeRatios().size();
        int dtes = grid.daysToExpiry().size();
        double delta = grid.shortDeltas().get(index / (ratios * dtes));
        int dte = grid.daysToExpiry().get(index / ratios % dtes);
        double ratio = grid.hedgeRatios().get(index % ratios);
        BacktestConfig.Variant swept = variant.withSizing(variant.sizing().withHedgeRatio(ratio));
        BacktestConfig cellConfig = config.withEntry(config.entry().withShortDelta(delta).withDaysToExpiry(dte))
                .withVariants(List.of(swept));
        EntryPlanner.EntryPlan[] plans = Backtest.plans(cellConfig, market, window, share -> { }, cancelled);
        VariantResult result = Backtest.runVariant(cellConfig, swept, market, plans, window, cancelled);
        return new Cell(delta, dte, ratio, result.metrics());
    }
}
