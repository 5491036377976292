package org.condordesk.bench;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.condordesk.backtest.Backtest;
import org.condordesk.backtest.BacktestConfig;
import org.condordesk.backtest.BacktestMarket;
import org.condordesk.backtest.BacktestResult;
import org.condordesk.backtest.Sweep;
import org.condordesk.market.DailySeries;
import org.condordesk.signals.MarketHistory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The backtest on the bundled history (issue 20's targets): {@code defaultRun} replays weekly 14-day condors
 * 2009-10-16..2026-03-06 with the three default variants on a market loaded once (target ≤ 2 s);
 * {@code loadMarket} is the one-off cost of that market (signals, smiles, vol of vol) from parsed bars;
 * {@code sweep100} runs a 100-cell sweep (5 deltas × 4 DTEs × 5 hedge ratios of the fixed variant) on every core,
 * single shot (target ≤ 60 s).
 */
@State(Scope.Benchmark)
@Fork(1)
public class BacktestBenchmark {

    MarketHistory history;
    DailySeries vix;
    BacktestMarket market;

    @Setup(Level.Trial)
    public void load() throws IOException {
        vix = BundledHistory.read("VIX");
        history = MarketHistory.of(BundledHistory.read("SPX"), Optional.of(vix), Optional.of(BundledHistory.read("VIX3M")), Optional.empty());
        market = BacktestMarket.of(history, Optional.of(vix), BacktestConfig.Model.defaults());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public BacktestResult defaultRun() {
        return Backtest.run(BacktestConfig.defaults(), market);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public BacktestMarket loadMarket() {
        return BacktestMarket.of(history, Optional.of(vix), BacktestConfig.Model.defaults());
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 2)
    public List<Sweep.Cell> sweep100() {
        Sweep.Grid grid = new Sweep.Grid("Fixed VIX call spread", List.of(0.08, 0.10, 0.12, 0.16, 0.20),
                List.of(7, 14, 21, 28), List.of(0.0, 0.25, 0.5, 0.75, 1.0));
        return Sweep.run(BacktestConfig.defaults(), market, grid, Sweep.defaultThreads(), share -> { }, () -> false);
    }
}
