package org.condordesk.backtest;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class BenchmarkProbeTest {
    @Test
    void probe() throws Exception {
        HistoryFiles files = HistoryFiles.bundled(Path.of("samples/history"));
        BacktestMarket market = files.load(BacktestConfig.Model.defaults());
        double[] opens = files.spxOpens(market);
        String[][] windows = {{"PUT", "2006-01-01", "2015-12-31"}, {"WPUT", "2006-01-01", "2015-12-31"},
            {"PUT", "2006-01-01", "2018-12-31"}, {"WPUT", "2006-01-01", "2018-12-31"},
            {"BXM", "2016-02-01", "2018-01-31"}, {"BXM", "1990-01-01", "2006-12-31"},
            {"CNDR", "2010-01-15", "2019-01-18"}, {"CNDR", "1990-01-01", "2015-12-31"}, {"BFLY", "1990-01-01", "2015-12-31"},
            {"PUT", "1990-01-01", "2018-12-31"}};
        for (String[] w : windows) {
            long t0 = System.nanoTime();
            BenchmarkRun.Result r = BenchmarkRun.run(Benchmark.valueOf(w[0]), market, opens, LocalDate.parse(w[1]),
                    LocalDate.parse(w[2]));
            System.out.printf("%s %s..%s annual %.2f%% vol %.2f%% mdd %.1f%% prem %.3f%% rolls %d (%d ms)%n", w[0], r.from(),
                    r.to(), 100 * r.annualReturn(), 100 * r.volatility(), 100 * r.maxDrawdown(), r.averagePremiumPct(),
                    r.rolls(), (System.nanoTime() - t0) / 1_000_000);
        }
    }
}
