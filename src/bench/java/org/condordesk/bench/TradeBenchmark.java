package org.condordesk.bench;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import org.condordesk.model.FifoLedger;
import org.condordesk.model.Fill;
import org.condordesk.model.RollMode;
import org.condordesk.model.Scenario;
import org.condordesk.trade.Closing;
import org.condordesk.trade.Lifecycle;
import org.condordesk.trade.Rolling;
import org.condordesk.trade.TradePrice;
import org.condordesk.trade.TradeResult;
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
 * The trade lifecycle as the backtest (issue 20) will call it day by day, on the 12-leg book of
 * {@link AnalysisBenchmark} marked live: close a leg at model, roll the 14-day condor a week out at model, and the
 * FIFO ledger of a leg with 200 fills (a hedge traded every day for most of a year).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TradeBenchmark {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 10, 0);

    private Scenario live;
    private List<Fill> fills;

    @Setup
    public void setUp() {
        live = Lifecycle.markLive(AnalysisBenchmark.twelveLegScenario(), NOW.minusDays(1));
        fills = new ArrayList<>();
        for (int day = 0; day < 200; day++) {
            fills.add(Fill.of(NOW.minusDays(300 - day), day % 3 == 2 ? -2 : 3, 18 + (day % 7) * 0.25));
        }
    }

    @Benchmark
    public TradeResult closeOneLegAtModel() {
        return Closing.close(live, 0, OptionalInt.of(1), TradePrice.model(), NOW, org.condordesk.market.ChainQuotes.none());
    }

    @Benchmark
    public TradeResult rollCondorAtModel() {
        return Rolling.roll(live, 0, LocalDate.of(2026, 12, 16), RollMode.SAME_STRIKES, TradePrice.model(), NOW, org.condordesk.market.ChainQuotes.none());
    }

    @Benchmark
    public FifoLedger fifoOf200Fills() {
        return FifoLedger.of(fills, 1000);
    }
}
