package org.condordesk.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.condordesk.market.MarketState;
import org.condordesk.model.EtfQuote;
import org.condordesk.model.FuturesQuote;
import org.condordesk.model.Layer;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.Scenario;
import org.condordesk.model.Settlement;
import org.condordesk.model.SmileParameters;
import org.condordesk.model.VolFactorModel;
import org.condordesk.model.VolResponse;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.risk.Analyzer;
import org.condordesk.template.Templates;
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
 * The engine on a 12-leg scenario (two SPX condors, a VIX call diagonal, a long future, ETF shares):
 * the full analysis (greeks, 3 curves × 401 points, break-evens, decay) and the 41 × 41 heatmap apart.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class AnalysisBenchmark {

    private Scenario scenario;
    private MarketState market;
    private AnalysisSettings fullWithoutHeatmap;
    private AnalysisSettings heatmapOnly;

    @Setup
    public void setUp() {
        scenario = twelveLegScenario();
        market = MarketState.of(scenario);
        fullWithoutHeatmap = new AnalysisSettings(-10, 10, 401, 0, Optional.empty(), 0, 10, 41, 8, 32, 41,
                AnalysisSettings.LAST_HEDGE_LAYER, false, true, java.util.List.of());
        heatmapOnly = new AnalysisSettings(-10, 10, 3, 0, Optional.empty(), 0, 10, 41, 8, 32, 41,
                AnalysisSettings.LAST_HEDGE_LAYER, true, false, java.util.List.of());
    }

    static Scenario twelveLegScenario() {
        MarketSnapshot snapshot = new MarketSnapshot(7600, 0.037, 0.012, 16.4, 18.6, List.of(
                new FuturesQuote(LocalDate.of(2026, 12, 16), 17.45),
                new FuturesQuote(LocalDate.of(2027, 1, 20), 18.55),
                new FuturesQuote(LocalDate.of(2027, 2, 17), 19.20),
                new FuturesQuote(LocalDate.of(2027, 3, 17), 19.70)),
                List.of(new EtfQuote("VXX", 42.10)), SmileParameters.defaults());
        Scenario empty = new Scenario("Benchmark", "", List.of(), LocalDateTime.of(2026, 11, 25, 10, 0), snapshot,
                VolFactorModel.defaults(), List.of(), List.of());
        MarketState market = MarketState.of(empty);
        LocalDate expiry = LocalDate.of(2026, 12, 9);
        List<Layer> layers = List.of(
                Templates.ironCondorByStrikes(market, "Condor 14d", expiry, Settlement.PM, 7275, 7350, 7800, 7875, 10),
                Templates.ironCondorByDelta(market, "Condor 21d", LocalDate.of(2026, 12, 16), Settlement.PM, 0.12,
                        50, 5, 5),
                Templates.vixCallDiagonal(market, "Diagonal", LocalDate.of(2026, 12, 16), 22,
                        LocalDate.of(2027, 2, 17), 20, 40, 0.85),
                Templates.vixLongFuture(market, "Future", LocalDate.of(2027, 1, 20), 2),
                Templates.vixEtfShares(market, "ETF", "VXX", 30, 1.0, 300));
        return empty.withLayers(layers);
    }

    @Benchmark
    public Analysis fullAnalysisWithoutHeatmap() {
        return Analyzer.analyze(scenario, market, fullWithoutHeatmap);
    }

    /**
     * The market a scenario is analysed in: curve, smile, the default smile's 30-day variance strip and the
     * Brent calibration of both vol responses' consistency scales (every edit in the window builds one).
     */
    @Benchmark
    public double marketState() {
        // The calibration runs when a scale is first needed (the analysis's first SPX leg): force it here.
        return MarketState.of(scenario).volFactor().scale(VolResponse.PARALLEL);
    }

    /** The 41 × 41 heatmap with the least of the rest: greeks, 3-point curves, no decay. */
    @Benchmark
    public Analysis heatmap41x41() {
        return Analyzer.analyze(scenario, market, heatmapOnly);
    }
}
