package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;
import org.condordesk.model.OptionRight;
import org.condordesk.signals.MarketHistory;
import org.junit.jupiter.api.Test;

/**
 * VIX-ETF shares and ETF calls as hedges (issue 30 §2). On a flat proxy curve (VIX = VIX3M each day) every future,
 * whatever its tenor, is VIX itself (VixTermProxy: forward variance share (τ+30)/30 − τ/30 = 1), so the proxy ETF on
 * its 30-day constant-maturity future moves exactly as VIX: P_t = 100 · VIX_t / VIX_0.
 */
class EtfHedgeTest {

    static final List<LocalDate> DAYS = MiniHistory.tradingDays(LocalDate.of(2021, 5, 3), 25);

    static BacktestMarket market(double[] vix) {
        List<DailyBar> spx = new ArrayList<>();
        List<DailyBar> vixBars = new ArrayList<>();
        for (int d = 0; d < vix.length; d++) {
            spx.add(new DailyBar(DAYS.get(d), 4000, 4000, 4000, 4000));
            vixBars.add(new DailyBar(DAYS.get(d), vix[d], vix[d], vix[d], vix[d]));
        }
        DailySeries vixSeries = new DailySeries("VIX", vixBars);
        MarketHistory history = MarketHistory.of(new DailySeries("SPX", spx), Optional.of(vixSeries),
                Optional.of(new DailySeries("VIX3M", vixBars)), Optional.empty());
        return BacktestMarket.of(history, Optional.of(vixSeries), MiniHistory.model());
    }

    @Test
    void theProxyEtfFollowsItsConstantMaturityFutureFromAStatedStart() {
        BacktestMarket market = market(new double[] {20, 22, 19.8, 25, 25});
        // By hand: 100, 100·22/20, 100·19.8/20, 100·25/20, unchanged.
        assertThat(market.etf(0)).isEqualTo(BacktestMarket.ETF_START_LEVEL);
        assertThat(market.etf(1)).isCloseTo(110, within(1e-9));
        assertThat(market.etf(2)).isCloseTo(99, within(1e-9));
        assertThat(market.etf(3)).isCloseTo(125, within(1e-9));
        assertThat(market.etf(4)).isCloseTo(125, within(1e-9));
    }

    @Test
    void etfSharesAndCallsAreMarkedAndShockedByHand() {
        BacktestMarket market = BacktestHandCheckTest.MARKET;
        int day = MiniHistory.LOOKBACK;
        BacktestConfig config = BacktestHandCheckTest.config(BacktestHandCheckTest.COSTS);
        BacktestConfig.Hedge shares = new BacktestConfig.Hedge(BacktestConfig.HedgeInstrument.ETF_SHARES, 60, 0, 10);
        BacktestConfig.Hedge call = new BacktestConfig.Hedge(BacktestConfig.HedgeInstrument.ETF_CALL, 60, 2, 10);
        EntryPlanner.EntryPlan plan = EntryPlanner.plan(market, day, config, List.of(shares, call));
        // 100 shares at 100: +1 VIX on a flat curve (VIX3M's beta is 1 on a constant history) lifts the 30-day future
        // 20 → 21 and the ETF 100 → 105: $500 a VIX point.
        assertThat(plan.hedges().get(shares).unitVixVega()).isCloseTo(500, within(1e-6));
        // The call: strike 100·(1 + 2/20) = 110, the third Friday after the condor's 2021-05-24 expiry nearest 60 days
        // from 2021-05-10: 2021-06-18 (39 days) or 2021-07-16 (67 days) → 2021-07-16, expiring at 16:00 (67 days).
        org.condordesk.model.Leg leg = plan.hedges().get(call).unit().legs().get(0);
        assertThat(leg.instrument().optionStrike()).hasValue(110.0);
        assertThat(leg.instrument().expiryDate()).contains(LocalDate.of(2021, 7, 16));
        double years = 67 / 365.0;
        // BSM without dividend (Hull §17.4) at the vol of vol's 40 % floor × leverage 1.
        double mid = bsmCall(100, 110, years, 0.40);
        assertThat(market.etfOption(day, OptionRight.CALL, 110, leg.instrument().expiryTime().orElseThrow()
                .toEpochSecond())).isCloseTo(mid, within(1e-9));
        double shocked = bsmCall(105, 110, years, 0.40);
        assertThat(plan.hedges().get(call).unitVixVega()).isCloseTo((shocked - mid) * 100, within(1e-6));
    }

    /**
     * Three units of 100 shares on the flat market held with each condor: the ETF stays at 100, so the hedge's P&L is
     * its costs only: 300 shares × 2 fills × ($0.01 half-spread + $0.005 commission) = $9 a closed trade.
     */
    @Test
    void etfSharesCostTheirHalfSpreadAndCommissionPerShare() {
        BacktestConfig.Variant variant = new BacktestConfig.Variant("ETF", BacktestConfig.HedgeKind.FIXED,
                new BacktestConfig.Hedge(BacktestConfig.HedgeInstrument.ETF_SHARES, 60, 0, 10),
                new BacktestConfig.Sizing(BacktestConfig.SizingRule.CONTRACTS, 1, 3, 0.5, 0.5));
        BacktestConfig config = BacktestHandCheckTest.config(BacktestHandCheckTest.COSTS)
                .withVariants(List.of(variant));
        List<TradeRecord> trades = Backtest.run(config, BacktestHandCheckTest.MARKET).variants().get(0).trades();
        for (TradeRecord trade : trades) {
            if (trade.exitDate().isPresent()) {
                assertThat(trade.hedge1Contracts()).isEqualTo(3);
                assertThat(trade.hedge1Pnl()).isCloseTo(-9, within(1e-9));
            }
        }
    }

    /** The frontier's grid takes the ETF instruments: each cell is the plain run of that hedge (a second path). */
    @Test
    void theFrontierSweepsEtfHedges() {
        BacktestConfig config = BacktestHandCheckTest.config(BacktestHandCheckTest.COSTS);
        Frontier.Grid grid = new Frontier.Grid(List.of(BacktestConfig.HedgeInstrument.ETF_SHARES,
                BacktestConfig.HedgeInstrument.ETF_CALL), List.of(1.0), List.of(60));
        List<Frontier.Point> points = Frontier.run(config, BacktestHandCheckTest.MARKET, grid, 1, share -> { },
                () -> false);
        assertThat(points).extracting(Frontier.Point::instrument).containsExactly(Frontier.NONE, "ETF_SHARES",
                "ETF_CALL");
        BacktestConfig.Variant shares = new BacktestConfig.Variant("ETF", BacktestConfig.HedgeKind.FIXED,
                new BacktestConfig.Hedge(BacktestConfig.HedgeInstrument.ETF_SHARES, 60, 0, 10),
                BacktestConfig.Sizing.defaults());
        VariantResult plain = Backtest.run(config.withVariants(List.of(shares)), BacktestHandCheckTest.MARKET)
                .variants().get(0);
        assertThat(points.get(1).maxDrawdown()).isCloseTo(plain.metrics().maxDrawdown(), within(1e-12));
        assertThat(points.get(1).cvar95()).isCloseTo(Frontier.cvar(plain.trades()), within(1e-9));
    }

    private static double bsmCall(double spot, double strike, double years, double vol) {
        double sd = vol * Math.sqrt(years);
        double d1 = (Math.log(spot / strike) + (MiniHistory.RATE + vol * vol / 2) * years) / sd;
        return spot * MiniHistory.normal(d1) - strike * Math.exp(-MiniHistory.RATE * years) * MiniHistory.normal(d1 - sd);
    }
}
