package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;
import org.condordesk.signals.MarketHistory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** On the bundled history: no look-ahead, determinism (also of the parallel sweep), the stress days in every variant. */
class BacktestPropertiesTest {

    private static BundledHistory history;
    private static BacktestMarket market;

    @BeforeAll
    static void load() throws IOException {
        history = BundledHistory.load();
        market = history.market();
    }

    /** The market of the history cut after {@code last}: the days after it never existed. */
    private static BacktestMarket marketUpTo(LocalDate last) {
        return history.marketUpTo(last);
    }

    /**
     * The window with a set account ($1 M): the default account is the run's own peak capital, a figure of the whole
     * window, so a cut run would size a different account and stop (at zero equity) on a different day.
     */
    private static BacktestConfig window(LocalDate from, LocalDate to) {
        return BacktestConfig.defaults().withFrom(Optional.of(from)).withTo(Optional.of(to))
                .withCapital(new BacktestConfig.Capital(0.05, java.util.OptionalDouble.empty(),
                        java.util.OptionalDouble.of(1_000_000), java.util.OptionalDouble.empty()));
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

    @Test
    void everyEntrysExpiryWasListedOnItsEntryDay() {
        // Issue 28: entries every 5 trading days drifted off Fridays after holidays (396 of 825 trades expired on
        // days with no SPXW expiry). The unhedged condor from 1990 (monthlies only until Weeklys in 2005) and the
        // default hedged run must both open only expiries listed that day (SpxExpiries, tested on Cboe's lists).
        BacktestConfig unhedged = BacktestConfig.defaults().withVariants(List.of(BacktestConfig.Variant.standard().get(0)));
        for (BacktestConfig config : List.of(unhedged, BacktestConfig.defaults())) {
            for (TradeRecord trade : Backtest.run(config, market).variants().get(0).trades()) {
                assertThat(org.condordesk.market.SpxExpiries.listed(trade.entryDate()))
                        .as("trade %d opened %s", trade.id(), trade.entryDate()).contains(trade.expiry());
            }
        }
    }

    @Test
    void theUnhedgedCondorRunsFrom1990AndItsTradeFlowsHaveAnIrr() {
        // Issue 28: a NONE-only config over the whole bundled history crashed in capital.Irr (e^{40·t} overflow).
        BacktestConfig unhedged = BacktestConfig.defaults().withVariants(List.of(BacktestConfig.Variant.standard().get(0)));
        VariantResult result = Backtest.run(unhedged, market).variants().get(0);
        assertThat(result.dates()[0]).isBefore(LocalDate.of(1990, 2, 1));
        double[][] flows = VariantMetrics.flows(result.trades(), result.dates()[result.dates().length - 1]);
        assertThat(org.condordesk.capital.Irr.logIrr(flows[0], flows[1])).isFinite();
        // Over 36 years the IRR is not reported (it would annualise capital recycled every two weeks); the NPV is.
        assertThat(result.metrics().irr()).isNaN();
        assertThat(result.metrics().npv()).isFinite();
    }

    @Test
    void theHedgedDefaultRunsOnAHistoryExtendedTo2030() {
        // The hedged default's window starts 2009-10; past ~2027-04 its flows span more than 17.5 years, where the
        // old IRR overflowed. Extend the bundled history with a synthetic random walk to 2030-12-31 (fixed seed).
        java.util.SplittableRandom random = new java.util.SplittableRandom(2030);
        List<DailyBar> spxBars = new java.util.ArrayList<>(history.spx().bars());
        List<DailyBar> vixBars = new java.util.ArrayList<>(history.vix().bars());
        List<DailyBar> vix3mBars = new java.util.ArrayList<>(history.vix3m().bars());
        double s = spxBars.get(spxBars.size() - 1).close();
        double v = vixBars.get(vixBars.size() - 1).close();
        LocalDate spxEnd = spxBars.get(spxBars.size() - 1).date();
        LocalDate vixEnd = vixBars.get(vixBars.size() - 1).date();
        LocalDate vix3mEnd = vix3mBars.get(vix3mBars.size() - 1).date();
        for (LocalDate day = vix3mEnd.plusDays(1); !day.isAfter(LocalDate.of(2030, 12, 31)); day = day.plusDays(1)) {
            if (!org.condordesk.market.ExchangeCalendar.isBusinessDay(day)) {
                continue;
            }
            // Each series continues from its own last bar (VIX3M's bundled file ends a week before SPX's).
            if (day.isAfter(spxEnd)) {
                s *= Math.exp(0.0003 + 0.01 * random.nextGaussian());
                spxBars.add(new DailyBar(day, s, s, s, s));
            }
            if (day.isAfter(vixEnd)) {
                v = Math.min(60, Math.max(10, v * Math.exp(0.03 * random.nextGaussian())));
                vixBars.add(new DailyBar(day, v, v, v, v));
            }
            vix3mBars.add(new DailyBar(day, v * 1.08, v * 1.08, v * 1.08, v * 1.08));
        }
        DailySeries vixLong = new DailySeries("VIX", vixBars);
        MarketHistory history = MarketHistory.of(new DailySeries("SPX", spxBars), Optional.of(vixLong),
                Optional.of(new DailySeries("VIX3M", vix3mBars)), Optional.empty());
        BacktestMarket extended = BacktestMarket.of(history, Optional.of(vixLong), BacktestConfig.Model.defaults());
        BacktestResult result = Backtest.run(BacktestConfig.defaults(), extended);
        assertThat(result.lastDay()).isEqualTo(LocalDate.of(2030, 12, 31));
        double[][] unhedged = VariantMetrics.flows(result.variants().get(0).trades(), result.lastDay());
        assertThat(unhedged[0][unhedged[0].length - 1]).isGreaterThan(17.5);
        for (VariantResult variant : result.variants()) {
            double[][] flows = VariantMetrics.flows(variant.trades(), result.lastDay());
            assertThat(org.condordesk.capital.Irr.logIrr(flows[0], flows[1])).as(variant.name()).isFinite();
        }
    }

    @Test
    void wingsAsAPercentOfSpotKeepTheirSizeAcrossTheSample() {
        // Issue 28: 50-point wings were 4.6 % of SPX in 2009 and under 1 % in 2025. With wingPercentOfSpot 2, the
        // long put sits round(2 % × SPX / 5)·5 points below the short put (and the call alike), on any day.
        BacktestConfig config = BacktestConfig.defaults().withEntry(BacktestConfig.Entry.defaults().withWingPercentOfSpot(2));
        for (String text : List.of("2009-03-09", "2025-06-02")) {
            int day = market.indexOnOrBefore(LocalDate.parse(text));
            EntryPlanner.EntryPlan plan = EntryPlanner.plan(market, day, config, List.of());
            double[] strikes = plan.condor().legs().stream()
                    .mapToDouble(leg -> leg.instrument().optionStrike().orElseThrow()).toArray();
            double wing = Math.round(market.spx(day) * 0.02 / 5) * 5;
            assertThat(strikes[1] - strikes[0]).as(text).isEqualTo(wing);
            assertThat(strikes[3] - strikes[2]).as(text).isEqualTo(wing);
        }
    }

    @Test
    void farMonthCondorsAreStruckOnTheTwentyFivePointGrid() {
        // Cboe's SPX specification: "25-point intervals for far months". From 2016-03-01 a 140-day target lands on the
        // July 15 monthly (weeklys are listed 6 weeks ahead): the near-term months end with May 20 (third Fridays
        // Mar 18, Apr 15, May 20), so every strike is a multiple of 25; a 14-day condor keeps the 5-point grid.
        int day = market.indexOnOrBefore(LocalDate.parse("2016-03-01"));
        BacktestConfig far = BacktestConfig.defaults().withEntry(BacktestConfig.Entry.defaults().withDaysToExpiry(140));
        EntryPlanner.EntryPlan plan = EntryPlanner.plan(market, day, far, List.of());
        assertThat(plan.condor().legs().get(0).instrument().expiryDate().orElseThrow()).isEqualTo(LocalDate.of(2016, 7, 15));
        for (var leg : plan.condor().legs()) {
            assertThat(leg.instrument().optionStrike().orElseThrow() % 25).isZero();
        }
        assertThat(BacktestConfig.Entry.defaults().strikeStep(LocalDate.parse("2016-03-01"), LocalDate.parse("2016-03-18")))
                .isEqualTo(5);
    }

    @Test
    void wingsByDeltaBuyTheLongsAtTheirDelta() {
        // CNDR-like: shorts at 0.20, longs at 0.05 |delta| on the day's smile; each long's BSM |delta| on its own
        // smile vol (read back from the leg) is within the 5-point rounding of 0.05, and beyond its short.
        int day = market.indexOnOrBefore(LocalDate.parse("2016-03-01"));
        BacktestConfig config = BacktestConfig.defaults().withEntry(BacktestConfig.Entry.defaults()
                .withShortDelta(0.20).withWingDelta(0.05).withDaysToExpiry(30));
        var legs = EntryPlanner.plan(market, day, config, List.of()).condor().legs();
        double[] strikes = legs.stream().mapToDouble(leg -> leg.instrument().optionStrike().orElseThrow()).toArray();
        assertThat(strikes[0]).isLessThan(strikes[1]);
        assertThat(strikes[3]).isGreaterThan(strikes[2]);
        double years = market.daysFromClose(day, legs.get(0).instrument().expiryTime().orElseThrow().toEpochSecond()) / 365;
        double longPutDelta = org.condordesk.pricing.Bsm.greeks(org.condordesk.model.OptionRight.PUT, market.spx(day),
                strikes[0], years, 0.02, 0.018, legs.get(0).vol()).delta();
        assertThat(longPutDelta).isCloseTo(-0.05, org.assertj.core.api.Assertions.within(0.01));
    }
}
