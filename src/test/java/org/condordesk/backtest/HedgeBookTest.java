package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The shared hedge book (issue 30 §2) on BacktestHandCheckTest's flat market: VIX = VIX3M = 20, so every VX future
 * marks at 20 and each VX contract traded costs 0.025 × $1,000 + $2.50 = $27.50 and nothing else.
 */
class HedgeBookTest {

    static final BacktestMarket MARKET = BacktestHandCheckTest.MARKET;
    static final List<LocalDate> DAYS = BacktestHandCheckTest.DAYS;
    static final double PER_VX_CONTRACT = 0.025 * 1000 + 2.50;
    static final BacktestConfig.Hedge VX = new BacktestConfig.Hedge(BacktestConfig.HedgeInstrument.VX, 60, 0, 10);

    static BacktestConfig.Variant vx(BacktestConfig.HedgeBook book) {
        return new BacktestConfig.Variant("3 VX", BacktestConfig.HedgeKind.FIXED, VX,
                new BacktestConfig.Sizing(BacktestConfig.SizingRule.CONTRACTS, 1, 3, 0.5, 0.5), book);
    }

    static final BacktestConfig.HedgeBook SHARED = new BacktestConfig.HedgeBook(BacktestConfig.BookMode.SHARED, 5,
            Optional.empty());

    @Test
    void twoOverlappingTargetsOf60And50HoldOneBookOf110AndTheSecondEntryTrades50() {
        BacktestConfig config = BacktestHandCheckTest.config(BacktestHandCheckTest.COSTS)
                .withVariants(List.of(vx(SHARED)));
        List<Decision> decisions = new ArrayList<>();
        SharedHedgeBook book = new SharedHedgeBook(config, config.variants().get(0), MARKET, decisions);
        EntryPlanner.EntryPlan first = EntryPlanner.plan(MARKET, 5, config, List.of(VX));
        EntryPlanner.EntryPlan second = EntryPlanner.plan(MARKET, 10, config, List.of(VX));
        book.rebalance(5, 60, first);
        assertThat(book.held()).isEqualTo(60);
        book.rebalance(10, 60 + 50, second);
        assertThat(book.held()).isEqualTo(110);
        // One fill a day, in one contract (the 2021-07-21 VX, nearest 60 days from both entries): +60, then +50.
        assertThat(decisions).extracting(Decision::quantity).containsExactly(60, 50);
        assertThat(decisions).extracting(Decision::tradeId).containsOnly(SharedHedgeBook.BOOK_TRADE_ID);
        assertThat(decisions.get(1).instrument()).isEqualTo(decisions.get(0).instrument());
        // Costs only on what was traded: 110 contracts × $27.50, not 60 + 110.
        assertThat(book.costs()).isCloseTo(110 * PER_VX_CONTRACT, within(1e-6));
        // The first condor closes: the book sells 60, keeps 50.
        book.rebalance(15, 50, null);
        assertThat(decisions.get(2).quantity()).isEqualTo(-60);
        assertThat(book.pnl(15)).isCloseTo(-170 * PER_VX_CONTRACT, within(1e-6));
    }

    /**
     * The whole replay with entries every 5 trading days and 14-day condors (BacktestHandCheckTest's dates; the
     * condors expire 2021-05-24, 06-01, 06-07 and 06-14, the SPXW expiries listed nearest 14 days): trade 0 settles on
     * 2021-05-24, the day trade 2 enters, and trade 1 on 2021-06-01, the day trade 3 enters, so the book nets −3 and +3
     * to nothing on both. Book fills: +3 (05-10), +3 (05-17), −3 (06-07, trade 2's expiry): 9 contracts. Per trade:
     * three round trips and one opening = 21 contracts. The twelve contracts netted away save 12 × $27.50 = $330 of P&L
     * and of costs; the condors are the same.
     */
    @Test
    void nettingSavesExactlyTheRoundTripItDidNotTrade() {
        BacktestConfig config = BacktestHandCheckTest.config(BacktestHandCheckTest.COSTS);
        BacktestConfig both = config.withVariants(List.of(vx(BacktestConfig.HedgeBook.defaults()),
                vx(SHARED).withName("3 VX shared")));
        BacktestResult result = Backtest.run(both, MARKET);
        VariantResult perTrade = result.variants().get(0);
        VariantResult shared = result.variants().get(1);
        List<Integer> bookFills = shared.decisions().stream().filter(x -> x.tradeId() == SharedHedgeBook.BOOK_TRADE_ID)
                .map(Decision::quantity).toList();
        assertThat(shared.trades()).extracting(TradeRecord::expiry).containsExactly(LocalDate.of(2021, 5, 24),
                LocalDate.of(2021, 6, 1), LocalDate.of(2021, 6, 7), LocalDate.of(2021, 6, 14));
        assertThat(bookFills).containsExactly(3, 3, -3);
        assertThat(perTrade.metrics().totalCosts() - shared.metrics().totalCosts())
                .isCloseTo(12 * PER_VX_CONTRACT, within(1e-6));
        assertThat(shared.metrics().totalPnl() - perTrade.metrics().totalPnl())
                .isCloseTo(12 * PER_VX_CONTRACT, within(1e-6));
        // Each trade still reports its share of the book's target.
        assertThat(shared.trades()).extracting(TradeRecord::hedge1Contracts).containsOnly(3);
    }

    /** Entries every 15 trading days: a condor of 14 calendar days is gone before the next enters. */
    @Test
    void aSharedBookWithOneCondorAtATimeEqualsPerTradeDayByDay() {
        BacktestConfig base = BacktestHandCheckTest.config(BacktestHandCheckTest.COSTS);
        BacktestConfig config = base.withEntry(new BacktestConfig.Entry(15, 14, 0.16, 50, 5, 10));
        for (BacktestConfig.Hedge hedge : List.of(VX, BacktestConfig.Hedge.defaults())) {
            BacktestConfig.Variant perTrade = new BacktestConfig.Variant("per trade", BacktestConfig.HedgeKind.FIXED,
                    hedge, new BacktestConfig.Sizing(BacktestConfig.SizingRule.CONTRACTS, 1, 4, 0.5, 0.5));
            BacktestConfig.Variant shared = new BacktestConfig.Variant("shared", BacktestConfig.HedgeKind.FIXED,
                    hedge, perTrade.sizing(), SHARED);
            BacktestResult result = Backtest.run(config.withVariants(List.of(perTrade, shared)), MARKET);
            double[] a = result.variants().get(0).cumulativePnl();
            double[] b = result.variants().get(1).cumulativePnl();
            assertThat(a.length).isEqualTo(b.length);
            for (int d = 0; d < a.length; d++) {
                assertThat(b[d]).as("%s day %d", hedge.instrument(), d).isCloseTo(a[d], within(1e-6));
            }
            assertThat(result.variants().get(1).capitalInUse()).containsExactly(result.variants().get(0).capitalInUse(),
                    within(1e-6));
            assertThat(result.variants().get(1).metrics().totalCosts())
                    .isCloseTo(result.variants().get(0).metrics().totalCosts(), within(1e-6));
        }
    }

    /**
     * Roll when fewer than 25 days are left, tenor 30: opened 2021-05-10 in the 2021-06-16 VX (37 days), the first
     * close with fewer than 25 days left is 2021-05-24 (22.7 days); it sells 3 and buys 3 of the contract nearest 30
     * days among those settling after 2021-06-18 and after a 30-day condor entered that day (2021-06-23): 2021-07-21.
     * The 30-day condor (expiry 2021-06-09) outlives the window, so nothing else is traded. On the flat curve each
     * contract traded costs $27.50.
     */
    @Test
    void theBookRollsOnItsOwnRuleIntoTheNextContract() {
        BacktestConfig.Hedge tenor30 = new BacktestConfig.Hedge(BacktestConfig.HedgeInstrument.VX, 30, 0, 10);
        BacktestConfig.Variant variant = new BacktestConfig.Variant("rolled", BacktestConfig.HedgeKind.FIXED, tenor30,
                new BacktestConfig.Sizing(BacktestConfig.SizingRule.CONTRACTS, 1, 3, 0.5, 0.5),
                new BacktestConfig.HedgeBook(BacktestConfig.BookMode.SHARED, 25, Optional.empty()));
        BacktestConfig config = BacktestHandCheckTest.config(BacktestHandCheckTest.COSTS)
                .withEntry(new BacktestConfig.Entry(100, 30, 0.16, 50, 5, 10)).withVariants(List.of(variant));
        VariantResult result = Backtest.run(config, MARKET).variants().get(0);
        List<Decision> book = result.decisions().stream()
                .filter(x -> x.tradeId() == SharedHedgeBook.BOOK_TRADE_ID).toList();
        assertThat(book).extracting(Decision::quantity).containsExactly(3, -3, 3);
        assertThat(book.get(1).time().toLocalDate()).isEqualTo(LocalDate.of(2021, 5, 24));
        assertThat(book.get(2).time().toLocalDate()).isEqualTo(LocalDate.of(2021, 5, 24));
        assertThat(book.get(0).instrument()).isNotEqualTo(book.get(2).instrument());
        assertThat(book.get(0).instrument()).isEqualTo("VX 2021-06-16");
        assertThat(book.get(2).instrument()).isEqualTo("VX 2021-07-21");
        // The condor's 40 contracts at 0.10 × $100 + $1 each, and 9 VX contracts.
        assertThat(result.metrics().totalCosts()).isCloseTo(4 * 10 * 11.0 + 9 * PER_VX_CONTRACT, within(1e-6));
    }

    @Test
    void aWeekdayRollOnlyTradesWhenTheContractNearestTheTenorChanged() {
        // Tenor 60 from every Monday of the window is the 2021-07-21 VX: a Monday roll never trades.
        BacktestConfig.Variant variant = vx(new BacktestConfig.HedgeBook(BacktestConfig.BookMode.SHARED, 5,
                Optional.of(DayOfWeek.MONDAY)));
        BacktestConfig config = BacktestHandCheckTest.config(BacktestHandCheckTest.COSTS)
                .withEntry(new BacktestConfig.Entry(100, 14, 0.16, 50, 5, 10)).withVariants(List.of(variant));
        VariantResult result = Backtest.run(config, MARKET).variants().get(0);
        assertThat(result.decisions().stream().filter(x -> x.tradeId() == SharedHedgeBook.BOOK_TRADE_ID)
                .map(Decision::quantity)).containsExactly(3, -3);
    }
}
