package org.condordesk.backtest;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SmokeRunTest {
    @Test
    void run() throws Exception {
        long t0 = System.nanoTime();
        BacktestMarket market = HistoryFiles.bundled(Path.of("samples/history")).load(BacktestConfig.Model.defaults());
        long t1 = System.nanoTime();
        BacktestResult result = Backtest.run(BacktestConfig.defaults(), market);
        long t2 = System.nanoTime();
        for (int i = 0; i < 2; i++) { Backtest.run(BacktestConfig.defaults(), market); }
        long t3 = System.nanoTime();
        System.out.println("load " + (t1 - t0) / 1e6 + " ms, run " + (t2 - t1) / 1e6 + " ms, warm " + (t3 - t2) / 2e6);
        System.out.println(result.firstDay() + " .. " + result.lastDay() + " " + result.notes());
        for (VariantResult v : result.variants()) {
            System.out.println(v.name() + " " + v.metrics());
        }
        VariantResult v = result.variants().get(2);
        v.trades().stream().limit(8).forEach(System.out::println);
    }
}
