package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;
import org.condordesk.model.Instrument;
import org.junit.jupiter.api.Test;

/** The proxy VIX curve with VIX9D and VIX6M as extra nodes (issue 29 §2, docs/backtest.md §2). */
class VixTermStructureTest {

    /**
     * VIX9D 16, VIX 20, VIX3M 22, VIX6M 23. By hand: total variances W = vol²·T at the nodes are 16²·9 = 2,304,
     * 20²·30 = 12,000, 22²·93 = 45,012 and 23²·182 = 96,278; the segment exponents e = ln(W₂/W₁)/ln(T₂/T₁) are
     * ln(12000/2304)/ln(30/9) = 1.370679, ln(45012/12000)/ln(93/30) = 1.168482 and ln(96278/45012)/ln(182/93) =
     * 1.132414 (none clamped: all inside [0.1, 3]).
     * τ = 5: W(35) = 12000·(35/30)^1.168482 = 14,368.364 and W(5) = 2304·(5/9)^1.370679 = 1,029.404, so
     * F = √((14368.364 − 1029.404)/30) = 21.0863 (two nodes only: W(5) = 12000·(5/30)^1.168482 = 1,478.72, F = 20.7281).
     * τ = 45: W(75) = 12000·(75/30)^1.168482 = 35,007.959, W(45) = 19,272.614, F = √(15735.345/30) = 22.9022.
     * τ = 100: W(130) = 45012·(130/93)^1.132414 = 65,773.305, W(100) = 45012·(100/93)^1.132414 = 48,867.335,
     * F = √(16905.970/30) = 23.7388.
     */
    @Test
    void theCurveThroughFourNodesIsTheHandComputedOne() {
        assertThat(VixTermProxy.future(16, 20, 22, 23, 5)).isCloseTo(21.0863, within(1e-4));
        assertThat(VixTermProxy.future(16, 20, 22, 23, 45)).isCloseTo(22.9022, within(1e-4));
        assertThat(VixTermProxy.future(16, 20, 22, 23, 100)).isCloseTo(23.7388, within(1e-4));
        assertThat(VixTermProxy.future(Double.NaN, 20, 22, Double.NaN, 5)).isCloseTo(20.7281, within(1e-4));
        // F(0) is spot VIX whatever the wings.
        assertThat(VixTermProxy.future(16, 20, 22, 23, 0)).isEqualTo(20);
    }

    /** Without VIX9D and VIX6M the curve is the two-node one bit for bit (so model-only runs do not move). */
    @Test
    void withoutTheExtraNodesTheCurveIsTheTwoNodeOne() {
        for (double days = 0.5; days < 400; days += 7.3) {
            assertThat(VixTermProxy.future(Double.NaN, 18, 21, Double.NaN, days)).isEqualTo(VixTermProxy.future(18, 21, days));
        }
        // VIX6M alone: the 30–93 segment is the two-node one, so a future reading W only inside it is unchanged.
        assertThat(VixTermProxy.future(Double.NaN, 20, 22, 23, 40)).isCloseTo(VixTermProxy.future(20, 22, 40), within(1e-12));
    }

    /** The backtest reads the nodes on the days they are imported; other days keep the two-node curve. */
    @Test
    void theBacktestMarketUsesTheIndicesOnTheDaysImported() throws IOException {
        BacktestMarket model = HistoryFiles.bundled(Path.of("samples/history")).load(BacktestConfig.Model.defaults());
        int day = model.indexOnOrBefore(LocalDate.of(2020, 3, 16));
        LocalDate date = model.date(day);
        double vix9d = model.vix(day) * 1.1;
        double vix6m = model.vix3m(day) * 0.95;
        BacktestMarket real = model.withRealData(StoredMarketData.of(List.of(), Map.of(
                "VIX9D", new DailySeries("VIX9D", List.of(new DailyBar(date, vix9d, vix9d, vix9d, vix9d))),
                "VIX6M", new DailySeries("VIX6M", List.of(new DailyBar(date, vix6m, vix6m, vix6m, vix6m)))),
                StoredMarketData.Chains.NONE));
        long expiry = Instrument.vixSettlement(LocalDate.of(2020, 4, 15)).toEpochSecond();
        double days = real.daysFromClose(day, expiry);
        double expected = VixTermProxy.future(vix9d, model.vix(day), model.vix3m(day), vix6m, days);
        assertThat(real.vixFuture(day, expiry)).isEqualTo(expected)
                .isNotEqualTo(VixTermProxy.future(model.vix(day), model.vix3m(day), days));
        assertThat(real.proxyFuture(day - 1, 30)).isEqualTo(model.proxyFuture(day - 1, 30));
        assertThat(model.proxyFuture(day, 30)).isEqualTo(VixTermProxy.future(model.vix(day), model.vix3m(day), 30));
    }

    /** The indices move the proxy but are not real prices: a run with only them counts no real mark or entry. */
    @Test
    void aRunWithOnlyTheIndicesCountsNothingReal() throws IOException {
        BacktestConfig config = BacktestConfig.defaults().withFrom(Optional.empty())
                .withTo(Optional.of(LocalDate.of(2020, 6, 30))).withFrom(Optional.of(LocalDate.of(2019, 11, 1)));
        BacktestMarket model = HistoryFiles.bundled(Path.of("samples/history")).load(config.model());
        List<DailyBar> short9d = new java.util.ArrayList<>();
        List<DailyBar> long6m = new java.util.ArrayList<>();
        for (int d = 0; d < model.size(); d++) {
            if (!Double.isNaN(model.vix3m(d))) {
                double a = model.vix(d) * 0.9;
                double b = model.vix3m(d) * 1.04;
                short9d.add(new DailyBar(model.date(d), a, a, a, a));
                long6m.add(new DailyBar(model.date(d), b, b, b, b));
            }
        }
        BacktestMarket real = model.withRealData(StoredMarketData.of(List.of(), Map.of("VIX9D",
                new DailySeries("VIX9D", short9d), "VIX6M", new DailySeries("VIX6M", long6m)), StoredMarketData.Chains.NONE));
        BacktestResult modelRun = Backtest.run(config, model);
        BacktestResult realRun = Backtest.run(config, real);
        for (int v = 0; v < realRun.variants().size(); v++) {
            DataCoverage coverage = realRun.variants().get(v).dataCoverage();
            assertThat(coverage.entriesReal()).isEqualTo(modelRun.variants().get(v).dataCoverage().entriesReal());
            assertThat(coverage.marksReal()).isEqualTo(modelRun.variants().get(v).dataCoverage().marksReal());
        }
    }
}
