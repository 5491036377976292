package org.condordesk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.condordesk.app.StressHistories;
import org.condordesk.capital.CapitalAnalysis;
import org.condordesk.capital.CapitalReport;
import org.condordesk.capital.HedgeOptimizer;
import org.condordesk.capital.HedgeSolution;
import org.condordesk.capital.Irr;
import org.condordesk.capital.Margin;
import org.condordesk.capital.StressHistory;
import org.condordesk.capital.StressLibrary;
import org.condordesk.capital.StressResult;
import org.condordesk.capital.StressValuation;
import org.condordesk.model.Scenario;
import org.condordesk.store.json.ScenarioJson;
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
 * The capital package on the bundled sample (condor + diagonal + futures, docs/capital.md): what the backtest pays per
 * trade (margin, a two-flow IRR) and what the window's Stress tab pays per recompute (the stress library, the capital
 * report over the 1990–2026 history's 9,187 paths, a min-variance hedge search).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CapitalBenchmark {

    private Scenario scenario;
    private StressHistory history;
    private StressValuation valuation;
    private List<StressResult> stresses;
    private final double[] years = {0, 14.25 / 365};
    private final double[] threeYears = {0, 0.1, 0.5, 1};

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        try (InputStream in = CapitalBenchmark.class.getResourceAsStream("/samples/condor-vix-hedge.json")) {
            scenario = ScenarioJson.parse(in.readAllBytes());
        }
        history = StressHistories.bundled();
        valuation = StressValuation.of(scenario);
        stresses = StressLibrary.run(valuation, Optional.of(history));
    }

    @Benchmark
    public Margin.Result margin() {
        return Margin.of(scenario);
    }

    @Benchmark
    public double irrTwoFlows() {
        return Irr.irr(years, new double[] {-61_700, 75_000});
    }

    @Benchmark
    public double irrFourFlows() {
        return Irr.irr(threeYears, new double[] {-100, 10, 10, 95});
    }

    @Benchmark
    public List<StressResult> stressLibrary() {
        return StressLibrary.run(StressValuation.of(scenario), Optional.of(history));
    }

    @Benchmark
    public CapitalReport capitalReport() {
        return CapitalAnalysis.run(scenario, Optional.of(history), CapitalAnalysis.Settings.defaults());
    }

    @Benchmark
    public HedgeSolution minVarianceSearch() {
        return HedgeOptimizer.solve(valuation, stresses, HedgeOptimizer.Mode.MIN_VARIANCE, HedgeOptimizer.DEFAULT_MAX_SIZE);
    }
}
