package org.condordesk.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.condordesk.app.StressHistories;
import org.condordesk.backtest.Backtest;
import org.condordesk.backtest.BacktestConfig;
import org.condordesk.backtest.BacktestMarket;
import org.condordesk.backtest.BacktestResult;
import org.condordesk.backtest.Bootstrap;
import org.condordesk.backtest.Frontier;
import org.condordesk.backtest.Sweep;
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
 * Issue 30's targets on the bundled history: {@code bootstrap1000} resamples the default run's three variants 1,000
 * times (target ≤ 2 s); {@code frontier300} replays a 300-hedge frontier (5 instruments × 6 sizes × 10 tenors) on
 * every core, single shot (target ≤ 60 s).
 */
@State(Scope.Benchmark)
@Fork(1)
public class HedgeStudyBenchmark {

    BacktestMarket market;
    BacktestResult defaultRun;

    @Setup(Level.Trial)
    public void load() {
        market = BacktestMarket.of(StressHistories.bundled(), BacktestConfig.Model.defaults());
        defaultRun = Backtest.run(BacktestConfig.defaults(), market);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public Bootstrap.Result bootstrap1000() {
        return Bootstrap.of(defaultRun, Bootstrap.Settings.defaults());
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    public List<Frontier.Point> frontier300() {
        Frontier.Grid grid = new Frontier.Grid(List.of(BacktestConfig.HedgeInstrument.values()),
                List.of(0.25, 0.5, 0.75, 1.0, 1.25, 1.5), List.of(30, 40, 50, 60, 70, 80, 90, 100, 110, 120));
        return Frontier.run(BacktestConfig.defaults(), market, grid, Sweep.defaultThreads(), share -> { }, () -> false);
    }
}
