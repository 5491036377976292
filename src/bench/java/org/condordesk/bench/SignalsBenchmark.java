package org.condordesk.bench;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.condordesk.model.AlvhRuleSet;
import org.condordesk.signals.AlvhRules;
import org.condordesk.signals.MarketHistory;
import org.condordesk.signals.Replay;
import org.condordesk.signals.ReplayStatistics;
import org.condordesk.signals.SignalSeries;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The ALVH walk-forward replay over the bundled 1990–2026 SPX/VIX/VIX3M history (9 196 days): the target is
 * under 1 s for signals plus replay. {@code signalsAndReplay} computes every indicator with Ta4j and replays the
 * default rules day by day with statistics (what the CLI and the Signals window do); {@code replayOnly} is the
 * per-variant cost a backtest pays once the series exists.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SignalsBenchmark {

    MarketHistory history;
    SignalSeries series;
    AlvhRules rules;

    @Setup(Level.Trial)
    public void load() throws IOException {
        history = MarketHistory.of(BundledHistory.read("SPX"), Optional.of(BundledHistory.read("VIX")), Optional.of(BundledHistory.read("VIX3M")), Optional.empty());
        series = SignalSeries.compute(history);
        rules = new AlvhRules(AlvhRuleSet.defaults());
    }

    @Benchmark
    public ReplayStatistics signalsAndReplay() {
        SignalSeries computed = SignalSeries.compute(history);
        return ReplayStatistics.of(Replay.run(rules, computed));
    }

    @Benchmark
    public Replay.Result replayOnly() {
        return Replay.run(rules, series);
    }
}
