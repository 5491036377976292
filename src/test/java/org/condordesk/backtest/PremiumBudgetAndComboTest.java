package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.condordesk.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The premium-budget sizing rule and combo fills (issue 30 §2) on BacktestHandCheckTest's flat market (VIX = VIX3M =
 * 20, SPX 4000, vol of vol at its 40 % floor), every figure from a second BSM / Black-76 written here.
 */
class PremiumBudgetAndComboTest {

    static final BacktestConfig.Hedge SPREAD = new BacktestConfig.Hedge(BacktestConfig.HedgeInstrument.CALL_SPREAD,
            60, 0, 10);

    /**
     * A 20/25 spread for the combo test: its short leg's mid stays above the 0.05 half-spread (Black-76 ≈ 0.14 at 58
     * days), so no sale is floored at 0 and the half-spreads are paid in full. The 20/30 spread's short leg (≈ 0.02)
     * would sell at 0 and pay less than its half-spread.
     */
    static final BacktestConfig.Hedge NARROW = new BacktestConfig.Hedge(BacktestConfig.HedgeInstrument.CALL_SPREAD,
            60, 0, 5);

    static BacktestConfig config(BacktestConfig.Costs costs, BacktestConfig.Sizing sizing) {
        return config(costs, sizing, SPREAD);
    }

    static BacktestConfig config(BacktestConfig.Costs costs, BacktestConfig.Sizing sizing,
                                 BacktestConfig.Hedge hedge) {
        return BacktestHandCheckTest.config(costs).withVariants(List.of(new BacktestConfig.Variant("budget",
                BacktestConfig.HedgeKind.FIXED, hedge, sizing)));
    }

    @ParameterizedTest
    @ValueSource(doubles = {10, 25, 50, 100})
    void aPremiumBudgetBuysFloorOfBudgetTimesCreditOverTheUnitPremium(double budgetPct) {
        BacktestConfig.Sizing sizing = new BacktestConfig.Sizing(BacktestConfig.SizingRule.PREMIUM_BUDGET, 1, 0, 0.5,
                0.5, budgetPct);
        TradeRecord trade = Backtest.run(config(BacktestHandCheckTest.COSTS, sizing), BacktestHandCheckTest.MARKET)
                .variants().get(0).trades().get(0);
        // Entry Monday 2021-05-10 at SPX 4000, condor expiry 2021-05-24 (14 days): the credit at mids from a second
        // BSM at σ = 0.20 on the hand strikes (long put wing, short put, short call, long call wing; 10 lots).
        double years = 14 / 365.0;
        double[] k = BacktestHandCheckTest.expectedStrikes(4000, years);
        double credit = 10 * 100 * (MiniHistory.bsm(false, 4000, k[1], years, 0.2)
                - MiniHistory.bsm(false, 4000, k[0], years, 0.2) + MiniHistory.bsm(true, 4000, k[2], years, 0.2)
                - MiniHistory.bsm(true, 4000, k[3], years, 0.2));
        // The 20/30 VIX call spread on the 2021-07-21 settlement (71 days 17.5 hours), Black-76 on the flat future 20.
        double days = 71 + 17.5 / 24;
        double premium = 100 * (black76(20, 20, days) - black76(20, 30, days));
        int expected = (int) Math.floor(budgetPct / 100 * credit / premium);
        assertThat(expected).as("the budget buys some spreads").isPositive();
        assertThat(trade.hedge1Contracts()).isEqualTo(expected);
    }

    @Test
    void theBudgetIsAWholeNumberOfUnitsAndNothingWithoutAPremiumOrACredit() {
        // 50 % of a $1,000 credit at $100 a spread is exactly 5 (not 4.999...).
        assertThat(VariantRun.budgetContracts(50, 1000, 100)).isEqualTo(5);
        assertThat(VariantRun.budgetContracts(50, 1000, 101)).isEqualTo(4);
        assertThat(VariantRun.budgetContracts(50, 1000, 0)).isZero();
        assertThat(VariantRun.budgetContracts(50, -10, 100)).isZero();
    }

    @Test
    void aFutureCannotBeSizedByPremium() {
        BacktestConfig.Sizing sizing = new BacktestConfig.Sizing(BacktestConfig.SizingRule.PREMIUM_BUDGET, 1, 0, 0.5,
                0.5, 30);
        BacktestConfig.Hedge vx = new BacktestConfig.Hedge(BacktestConfig.HedgeInstrument.VX, 60, 0, 10);
        assertThatThrownBy(() -> new BacktestConfig.Variant("vx", BacktestConfig.HedgeKind.FIXED, vx, sizing))
                .isInstanceOf(ValidationException.class).hasMessageContaining("premium");
    }

    /**
     * Two call spreads (four option contracts) opened and closed per trade: their half-spreads are 2 legs × 2 fills ×
     * 2 contracts × 0.05 × $100 = $40 (no widening in these costs); a combo at fraction f pays f × $40 and the same
     * commissions, so costs fall by exactly (1 − f) × $40 a closed trade and the P&L rises by as much.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0, 0.25, 0.5, 0.8})
    void comboFillsCutTheHedgesHalfSpreadsByExactlyTheFraction(double fraction) {
        BacktestConfig.Sizing two = new BacktestConfig.Sizing(BacktestConfig.SizingRule.CONTRACTS, 1, 2, 0.5, 0.5);
        BacktestConfig.Costs legged = BacktestHandCheckTest.COSTS;
        BacktestConfig.Costs combo = legged.withComboFillFraction(fraction);
        List<TradeRecord> full = Backtest.run(config(legged, two, NARROW), BacktestHandCheckTest.MARKET).variants()
                .get(0).trades();
        List<TradeRecord> cut = Backtest.run(config(combo, two, NARROW), BacktestHandCheckTest.MARKET).variants()
                .get(0).trades();
        for (int i = 0; i < full.size(); i++) {
            if (full.get(i).exitDate().isEmpty()) {
                continue;
            }
            assertThat(full.get(i).costs() - cut.get(i).costs()).isCloseTo((1 - fraction) * 40, within(1e-6));
            assertThat(cut.get(i).pnl() - full.get(i).pnl()).isCloseTo((1 - fraction) * 40, within(1e-6));
            // The condor's own four legs are no combo: its costs are unchanged.
            assertThat(cut.get(i).corePnl()).isCloseTo(full.get(i).corePnl(), within(1e-9));
        }
    }

    /** Black-76 call (Hull §18.8): e^{−rT}[F·N(d1) − K·N(d2)], σ = 0.40, r = 0.02, T in days / 365. */
    private static double black76(double future, double strike, double days) {
        double years = days / 365;
        double sd = 0.40 * Math.sqrt(years);
        double d1 = (Math.log(future / strike) + sd * sd / 2) / sd;
        return Math.exp(-MiniHistory.RATE * years)
                * (future * MiniHistory.normal(d1) - strike * MiniHistory.normal(d1 - sd));
    }
}
