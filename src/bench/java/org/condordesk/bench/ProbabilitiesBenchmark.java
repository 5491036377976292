package org.condordesk.bench;

import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

import org.condordesk.market.MarketState;
import org.condordesk.market.SmileDistribution;
import org.condordesk.model.Scenario;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.risk.Analyzer;
import org.condordesk.risk.Probabilities;
import org.condordesk.risk.ProbabilityReport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The risk graph's probabilities (docs/model.md §20) on the 12-leg scenario of {@link AnalysisBenchmark}: the whole
 * report (two smile distributions, four probability integrals with their root finds, the touches), and one
 * distribution alone. The window computes the report on its own worker after every analysis.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ProbabilitiesBenchmark {

    private Scenario scenario;
    private MarketState market;
    private Analysis analysis;

    @Setup
    public void setUp() {
        scenario = AnalysisBenchmark.twelveLegScenario();
        market = MarketState.of(scenario);
        analysis = Analyzer.analyze(scenario, market, AnalysisSettings.defaults().withoutHeatmapAndDecay());
    }

    @Benchmark
    public ProbabilityReport report() {
        return Probabilities.of(scenario, market, analysis, OptionalDouble.empty()).orElseThrow();
    }

    @Benchmark
    public SmileDistribution distribution() {
        return SmileDistribution.of(market, 0, 14.25);
    }
}
