package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.condordesk.model.OptionRight;
import org.condordesk.store.chains.ChainImport;
import org.condordesk.store.chains.ChainStore;
import org.condordesk.store.chains.EodLayout;
import org.condordesk.store.csv.ImportProgress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The condor against a chain store (DuckDB, Parquet, imported from a long-layout file): quotes at the model's own price
 * ± the config's half-spread reproduce the model run to the cent, and one planted quote changes exactly the trade that
 * opened at it, by the planted difference × 100 × its contracts.
 */
class ChainBacktestTest {

    private static final BacktestConfig.Variant NONE = new BacktestConfig.Variant("No hedge", BacktestConfig.HedgeKind.NONE,
            BacktestConfig.Hedge.defaults(), BacktestConfig.Sizing.defaults());
    private static final BacktestConfig CONFIG = BacktestConfig.defaults().withVariants(List.of(NONE))
            .withFrom(Optional.empty()).withTo(Optional.of(LocalDate.of(2020, 4, 30)))
            .withFrom(Optional.of(LocalDate.of(2020, 1, 2)));

    @TempDir
    static Path dir;
    private static BacktestMarket model;
    private static BacktestResult modelRun;

    @BeforeAll
    static void modelOnly() throws IOException {
        model = HistoryFiles.bundled(Path.of("samples/history")).load(CONFIG.model());
        modelRun = Backtest.run(CONFIG, model);
    }

    /**
     * Every leg of every trade on every day it is held, at the model's mid ± its half-spread (no bid where that would
     * be negative: the store then answers nothing and the model fills in); {@code planted} adds to one quote.
     */
    private static Path chainFile(String name, TradeRecord plantedTrade, double plantedPoints) throws IOException {
        Path file = dir.resolve(name);
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("underlying,quote_time,expiration,strike,right,bid,ask\n");
            for (TradeRecord trade : modelRun.variants().get(0).trades()) {
                long expirySeconds = BacktestMarket.closeInstant(trade.expiry()).toEpochSecond();
                int first = model.indexOnOrBefore(trade.entryDate());
                for (int d = first; d < model.size() && model.date(d).isBefore(trade.expiry()); d++) {
                    // Every 5-point strike from 150 below the short put and up to 150 above the short call: the wings,
                    // wherever the strike grid put them, are among them.
                    for (double strike = trade.shortPut() - 150; strike <= trade.shortCall() + 150; strike += 5) {
                        if (strike > trade.shortPut() && strike < trade.shortCall()) {
                            continue;
                        }
                        OptionRight right = strike <= trade.shortPut() ? OptionRight.PUT : OptionRight.CALL;
                        double mid = model.spxOption(d, right, strike, expirySeconds);
                        // The model's own half-spread for this leg today (issue 28: scaled by its vega and VIX).
                        double half = CONFIG.costs().spxHalfSpread(model.spxVegaPerVolPoint(d, right, strike,
                                expirySeconds), model.vix(d));
                        if (trade == plantedTrade && d == first && strike == trade.shortPut()) {
                            mid += plantedPoints;
                        }
                        out.write(String.format(Locale.ROOT, "SPXW,%sT16:00:00-05:00,%s,%s,%s,%.17g,%.17g%n",
                                model.date(d), trade.expiry(), strike, right == OptionRight.PUT ? "P" : "C",
                                Math.max(0, mid - half), mid + half));
                    }
                }
            }
        }
        return file;
    }

    private static BacktestResult runOn(Path file, String store) throws IOException {
        return runOn(file, store, CONFIG);
    }

    private static BacktestResult runOn(Path file, String store, BacktestConfig config) throws IOException {
        try (ChainStore chains = ChainStore.open(dir.resolve(store))) {
            ChainImport.run(chains, List.of(file), EodLayout.LONG, ImportProgress.NONE);
        }
        try (StoredChains chains = new StoredChains(ChainStore.open(dir.resolve(store)))) {
            return Backtest.run(config, model.withRealData(StoredMarketData.of(List.of(), Map.of(), chains)));
        }
    }

    @Test
    void quotesAtTheModelsOwnPricesReproduceTheModelRunToTheCent() throws IOException {
        BacktestResult real = runOn(chainFile("model.csv", null, 0), "model-store");
        VariantResult a = modelRun.variants().get(0);
        VariantResult b = real.variants().get(0);
        assertThat(b.cumulativePnl()).containsExactly(a.cumulativePnl(), within(0.005));
        for (int t = 0; t < a.trades().size(); t++) {
            assertThat(b.trades().get(t).pnl()).isCloseTo(a.trades().get(t).pnl(), within(0.005));
        }
        // Quotes with a bid (all but the cheapest wings) are real; settlement is SPX's close either way.
        assertThat(b.dataCoverage().entriesReal()).isPositive();
        // The same fills, now counted real where quoted: as many entry prices as the model run used.
        assertThat(b.dataCoverage().entriesReal() + b.dataCoverage().entriesModel())
                .isEqualTo(a.dataCoverage().entriesModel()).isGreaterThanOrEqualTo(4 * a.trades().size());
        assertThat(a.dataCoverage().entriesReal()).isZero();
        assertThat(b.dataCoverage().marksReal()).isPositive();
    }

    @Test
    void onePlantedQuoteChangesExactlyTheTradeThatOpenedAtIt() throws IOException {
        List<TradeRecord> trades = modelRun.variants().get(0).trades();
        TradeRecord target = trades.get(trades.size() / 2);
        BacktestResult planted = runOn(chainFile("planted.csv", target, 1.0), "planted-store");
        List<TradeRecord> after = planted.variants().get(0).trades();
        for (int t = 0; t < trades.size(); t++) {
            TradeRecord before = trades.get(t);
            // The short put sold 1 point dearer: +1.0 × $100 × contracts on that trade only.
            double expected = before.id() == target.id() ? before.pnl() + 100.0 * target.contracts() : before.pnl();
            assertThat(after.get(t).pnl()).as("trade %d", before.id()).isCloseTo(expected, within(0.005));
        }
    }

    /**
     * A hedge is sized on the condor's VIX vega, the model's mark under a 1-point VIX shock minus its mark now: with
     * the store's quote standing in for both, the two were equal and the hedge came out at 0 contracts. On the store of
     * the model's own quotes the hedged variant's trades, hedges and P&L are the model run's (the same condors: the
     * entry plans are shared by the variants).
     */
    @Test
    void aHedgedVariantSizesItsHedgeAsTheModelRunDoes() throws IOException {
        BacktestConfig.Variant fixedVx = new BacktestConfig.Variant("Fixed VX", BacktestConfig.HedgeKind.FIXED,
                new BacktestConfig.Hedge(BacktestConfig.HedgeInstrument.VX, 60, 0, 10), BacktestConfig.Sizing.defaults());
        BacktestConfig hedged = CONFIG.withVariants(List.of(NONE, fixedVx));
        BacktestResult modelHedged = Backtest.run(hedged, model);
        BacktestResult real = runOn(chainFile("hedged.csv", null, 0), "hedged-store", hedged);
        List<TradeRecord> a = modelHedged.variants().get(1).trades();
        List<TradeRecord> b = real.variants().get(1).trades();
        assertThat(a.stream().mapToInt(TradeRecord::hedge1Contracts).sum()).isPositive();
        assertThat(b).hasSameSizeAs(a);
        for (int t = 0; t < a.size(); t++) {
            assertThat(b.get(t).hedge1Contracts()).as("trade %d", t).isEqualTo(a.get(t).hedge1Contracts());
            assertThat(b.get(t).pnl()).as("trade %d", t).isCloseTo(a.get(t).pnl(), within(0.005));
        }
    }
}
