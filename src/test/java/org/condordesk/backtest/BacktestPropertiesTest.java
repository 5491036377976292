package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;
import org.condordesk.signals.MarketHistory;
import org.condordesk.store.HistoryImport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** On the bundled history: no look-ahead, determinism (also of the parallel sweep), the stress days in every variant. */
class BacktestPropertiesTest {

    private static final Path HISTORY = Path.of("samples/history");
    private static DailySeries spx;
    private static DailySeries vix;
    private static DailySeries vix3m;
    private static BacktestMarket market;

    @BeforeAll
    static void load() throws IOException {
        spx = prices("SPX_History.csv", "SPX");
        vix = prices("VIX_History.csv", "VIX");
        vix3m = prices("VIX3M_History.csv", "VIX3M");
        market = marketUpTo(LocalDate.MAX);
    }

    private static DailySeries prices(String file, String symbol) throws IOException {
        return HistoryImport.prices(HISTORY.resolve(file), symbol, HistoryImport.OnBadRow.REFUSE,
                HistoryImport.Progress.NONE).data();
    }

    /** The market of the history cut after {@code last}: the days after it never existed. */
    private static BacktestMarket marketUpTo(LocalDate last) {
        MarketHistory history = MarketHistory.of(cut(spx, last), Optional.of(cut(vix, last)), Optional.of(cut(vix3m, last)),
                Optional.empty());
        return BacktestMarket.of(history, Optional.of(cut(vix, last)), BacktestConfig.Model.defaults());
    }

    private static DailySeries cut(DailySeries series, LocalDate last) {
        List<DailyBar> bars = series.bars().stream().filter(bar -> !bar.date().isAfter(last)).toList();
        return new DailySeries(series.symbol(), bars);
    }

    private static BacktestConfig window(LocalDate from, LocalDate to) {
        return BacktestConfig.defaults().withFrom(Optional.of(from)).withTo(Optional.of(to));
    }

    @Test
    void theEventFilterEntersNoCondorThatLivesThroughAnFomcDecision() {
        // Issue 25 §6. Hand oracle: the Fed's 2019 decision dates (federalreserve.gov: Jan 30, Mar 20, May 1, Jun 19,
        // Jul 31, Sep 18, Oct 30, Dec 11); no kept trade's entry..expiry may contain one, and some entries must go.
        List<LocalDate> fed2019 = List.of(LocalDate.of(2019, 1, 30), LocalDate.of(2019, 3, 20), LocalDate.of(2019, 5, 1),
                LocalDate.of(2019, 6, 19), LocalDate.of(2019, 7, 31), LocalDate.of(2019, 9, 18),
                LocalDate.of(2019, 10, 30), LocalDate.of(2019, 12, 11));
        BacktestConfig plain = window(LocalDate.of(2019, 1, 2), LocalDate.of(2019, 11, 29));
        BacktestConfig filtered = plain.withEntry(plain.entry().withSkipEvents(
                java.util.Set.of(org.condordesk.model.EventKind.FOMC)));
        BacktestResult all = Backtest.run(plain, market);
        BacktestResult kept = Backtest.run(filtered, market);
        List<TradeRecord> trades = kept.variants().get(0).trades();
        assertThat(trades).isNotEmpty().hasSizeLessThan(all.variants().get(0).trades().size());
        for (TradeRecord trade : trades) {
            assertThat(fed2019).noneMatch(day -> !day.isBefore(trade.entryDate()) && !day.isAfter(trade.expiry()));
        }
        assertThat(kept.notes()).anyMatch(note -> note.contains("skipped") && note.contains("FOMC"));
    }

    /** Cut days inside a stressed year (VIX spikes 2018-02-05 and the Q4 sell-off) and around the 2020 crash. */
    @ParameterizedTest
    @ValueSource(strings = {"2018-02-06", "2018-03-16", "2020-03-17"})
    void truncatingTheHistoryChangesNoDecisionUpToTheCut(String cutText) {
        LocalDate cutDay = LocalDate.parse(cutText);
        BacktestConfig config = window(LocalDate.of(2017, 11, 1), LocalDate.of(2020, 6, 30));
        BacktestResult full = Backtest.run(config, market);
        BacktestResult truncated = Backtest.run(config, marketUpTo(cutDay));
        assertThat(truncated.lastDay()).isEqualTo(cutDay);
        for (int v = 0; v < full.variants().size(); v++) {
            VariantResult whole = full.variants().get(v);
            VariantResult cut = truncated.variants().get(v);
            List<Decision> before = whole.decisions().stream().filter(d -> !d.time().toLocalDate().isAfter(cutDay)).toList();
            assertThat(cut.decisions()).as(whole.name()).isNotEmpty().isEqualTo(before);
            double[] wholePnl = whole.cumulativePnl();
            double[] cutPnl = cut.cumulativePnl();
            for (int d = 0; d < cutPnl.length; d++) {
                assertThat(cutPnl[d]).as("%s day %s", whole.name(), cut.dates()[d]).isEqualTo(wholePnl[d]);
            }
        }
    }

    @Test
    void theSameInputsGiveTheSameResults() {
        BacktestConfig config = window(LocalDate.of(2019, 1, 1), LocalDate.of(2021, 12, 31));
        BacktestResult first = Backtest.run(config, market);
        BacktestResult second = Backtest.run(config, market);
        for (int v = 0; v < first.variants().size(); v++) {
            assertThat(second.variants().get(v).cumulativePnl()).isEqualTo(first.variants().get(v).cumulativePnl());
            assertThat(second.variants().get(v).trades()).isEqualTo(first.variants().get(v).trades());
            assertThat(second.variants().get(v).metrics()).isEqualTo(first.variants().get(v).metrics());
        }
    }

    @Test
    void theSweepGivesTheSameCellsOnOneAndTwoThreads() {
        BacktestConfig config = window(LocalDate.of(2019, 6, 1), LocalDate.of(2020, 6, 30));
        Sweep.Grid grid = new Sweep.Grid("Fixed VIX call spread", List.of(0.10, 0.16), List.of(7, 14), List.of(0.0, 0.5));
        List<Sweep.Cell> one = Sweep.run(config, market, grid, 1, share -> { }, () -> false);
        List<Sweep.Cell> two = Sweep.run(config, market, grid, 2, share -> { }, () -> false);
        assertThat(two).hasSize(8).isEqualTo(one);
        // Cell order: delta slowest, hedge ratio fastest (Sweep.run's contract).
        assertThat(one.get(1).shortDelta()).isEqualTo(0.10);
        assertThat(one.get(1).daysToExpiry()).isEqualTo(7);
        assertThat(one.get(1).hedgeRatio()).isEqualTo(0.5);
        // A cell is the variant run alone with the cell's parameters (an independent run through Backtest.run).
        BacktestConfig.Variant swept = config.variants().get(1);
        BacktestConfig alone = config.withEntry(config.entry().withShortDelta(0.16).withDaysToExpiry(14))
                .withVariants(List.of(swept.withSizing(swept.sizing().withHedgeRatio(0.5))));
        assertThat(one.get(7).metrics()).isEqualTo(Backtest.run(alone, market).variants().get(0).metrics());
    }

    @Test
    void theThreeStressDaysAppearInEveryVariantAsThatDaysChange() {
        BacktestResult result = Backtest.run(BacktestConfig.defaults(), market);
        // The stress days: 2018-02-05 (Volmageddon), 2020-03-16 (COVID), 2024-08-05 (yen carry unwind).
        List<LocalDate> days = List.of(LocalDate.of(2018, 2, 5), LocalDate.of(2020, 3, 16), LocalDate.of(2024, 8, 5));
        assertThat(result.variants()).hasSize(3);
        for (VariantResult variant : result.variants()) {
            assertThat(variant.metrics().stressPnl().keySet()).as(variant.name()).containsExactlyElementsOf(days);
            List<LocalDate> dates = List.of(variant.dates());
            double[] cumulative = variant.cumulativePnl();
            for (LocalDate day : days) {
                int d = dates.indexOf(day);
                assertThat(d).isPositive();
                // Definition: the book's mark-to-market change that day = cumulative P&L today − yesterday.
                assertThat(variant.metrics().stressPnl().get(day)).isEqualTo(cumulative[d] - cumulative[d - 1]);
            }
        }
        // The unhedged condor lost on each of the three days (SPX fell 4.1 %, 12.0 % and 3.0 %: samples/history).
        result.variants().get(0).metrics().stressPnl().values().forEach(pnl -> assertThat(pnl).isNegative());
    }

    @Test
    void aHedgedVariantWithNoContractsIsTheUnhedgedCondor() {
        BacktestConfig config = window(LocalDate.of(2019, 6, 1), LocalDate.of(2020, 12, 31));
        BacktestConfig.Variant fixed = config.variants().get(1);
        BacktestConfig zero = config.withVariants(List.of(config.variants().get(0),
                fixed.withSizing(fixed.sizing().withHedgeRatio(0))));
        BacktestResult result = Backtest.run(zero, market);
        // Hedge ratio 0 → 0 contracts: the same fills, so the same P&L every day as the variant without a hedge.
        assertThat(result.variants().get(1).cumulativePnl()).isEqualTo(result.variants().get(0).cumulativePnl());
        assertThat(result.variants().get(1).trades()).allSatisfy(t -> assertThat(t.hedge1Contracts()).isZero());
    }
}
