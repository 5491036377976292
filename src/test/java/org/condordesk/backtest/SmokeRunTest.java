package org.condordesk.backtest;

import java.nio.file.Path;
import java.util.*;
import org.junit.jupiter.api.Test;

class SmokeRunTest {
    @Test
    void run() throws Exception {
        BacktestMarket market = HistoryFiles.bundled(Path.of("samples/history")).load(BacktestConfig.Model.defaults());
        BacktestResult result = Backtest.run(BacktestConfig.defaults(), market);
        for (VariantResult v : result.variants()) {
            // per-trade hedge1 spread value at entry/exit (mid-ish from fills)
            Map<Integer, List<Decision>> byTrade = new TreeMap<>();
            int h2 = 0;
            for (Decision d : v.decisions()) {
                byTrade.computeIfAbsent(d.tradeId(), k -> new ArrayList<>()).add(d);
                if (d.layer().equals("HEDGE_2")) h2++;
            }
            double sumEntry = 0, sumChange = 0, n = 0, sumContracts = 0, sumCosts = 0, sumH1 = 0;
            for (TradeRecord t : v.trades()) {
                List<Decision> ds = byTrade.get(t.id());
                List<Decision> h = ds.stream().filter(d -> d.layer().equals("HEDGE_1")).toList();
                if (h.size() < 4) continue;
                double entry = h.get(0).price() - h.get(1).price();
                double exit = h.get(2).price() - h.get(3).price();
                sumEntry += entry; sumChange += exit - entry; n++; sumContracts += t.hedge1Contracts();
                sumH1 += t.hedge1Pnl();
            }
            System.out.printf("%s: trades %d, h1 trades %d, avg h1 contracts %.1f, avg spread entry %.3f, avg change %.3f (%.1f%%), avg h1 pnl %.0f, h2 fills %d, total costs %.0f%n",
                v.name(), v.trades().size(), (int) n, sumContracts / n, sumEntry / n, sumChange / n, 100 * sumChange / sumEntry, sumH1 / n, h2, v.metrics().totalCosts());
        }
        int[] w = Backtest.window(BacktestConfig.defaults(), market, new ArrayList<>());
        EntryPlanner.EntryPlan[] plans = Backtest.plans(BacktestConfig.defaults(), market, w, x -> {}, () -> false);
        for (int d = w[0]; d <= w[1]; d += 500) { if (plans[d] == null) continue; var pl = plans[d];
            var hp = pl.hedges().values().iterator().next();
            System.out.printf("%s spx %.0f vix %.1f condorVega %.0f unitVega %.2f condorCap %.0f unitCap %.0f legs %s%n", market.date(d), market.spx(d), market.vix(d), pl.condorVixVega(), hp.unitVixVega(), pl.condorCapital(), hp.unitCapital(), hp.unit().legs().get(0).instrument().label());
            double vixUp = market.vixFuture(d, hp.unit().legs().get(0).instrument().expiryTime().get().toEpochSecond());
            System.out.printf("   proxy F %.2f%n", vixUp);
        }
        // proxy curve vs VIX3M
        double s60 = 0, s3m = 0, sv = 0; int k = 0;
        for (int d = 0; d < market.size(); d++) {
            if (!market.hedgeable(d)) continue;
            s60 += VixTermProxy.future(market.vix(d), market.vix3m(d), 60); s3m += market.vix3m(d); sv += market.vix(d); k++;
        }
        System.out.printf("avg VIX %.2f VIX3M %.2f F60 %.2f%n", sv / k, s3m / k, s60 / k);
        // average daily vol of vol
        double vv = 0; k = 0;
        for (int d = 0; d < market.size(); d++) if (market.hedgeable(d)) { vv += market.volOfVol(d); k++; }
        System.out.printf("avg vol of vol %.3f%n", vv / k);
    }
}
