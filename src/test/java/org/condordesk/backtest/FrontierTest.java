package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.condordesk.model.ValidationException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The hedge frontier: CVaR and dominance by hand, and each point equal to a plain run of that hedge. */
class FrontierTest {

    private static BacktestMarket market;

    @BeforeAll
    static void load() throws IOException {
        market = HistoryFiles.bundled(Path.of("samples/history")).load(BacktestConfig.Model.defaults());
    }

    @Test
    void cvarIsTheMeanOfTheWorstFivePerCentOfTrades() {
        // 40 trades: ⌈0.05 · 40⌉ = 2 worst, −900 and −500, mean −700 (Acerbi & Tasche's expected shortfall by hand).
        List<TradeRecord> trades = new ArrayList<>();
        for (int i = 0; i < 38; i++) {
            trades.add(trade(100 + i));
        }
        trades.add(trade(-900));
        trades.add(trade(-500));
        assertThat(Frontier.cvar(trades)).isEqualTo(-700);
        // 10 trades: ⌈0.5⌉ = 1, the worst alone.
        assertThat(Frontier.cvar(trades.subList(30, 40))).isEqualTo(-900);
    }

    @Test
    void aHedgeIsDominatedOnlyByOneNoWorseOnEveryMeasureAndBetterOnOne() {
        // {cost $/yr, CVaR $, max DD, stress $}.
        double[][] measures = {
            {0, -10_000, 0.30, -50_000},     // no hedge
            {2_000, -8_000, 0.25, -30_000},  // costs, protects: on the frontier
            {3_000, -9_000, 0.28, -40_000},  // costs more than the one above and protects less: dominated
            {1_000, -10_000, 0.30, -50_000}, // costs and protects nothing: dominated by no hedge
            {5_000, -7_000, 0.26, -20_000},  // costs most, best CVaR and stress, worse DD than [1]: not dominated
        };
        boolean[] all = {true, true, true, true, true};
        assertThat(Frontier.dominated(0, measures, all)).isFalse();
        assertThat(Frontier.dominated(1, measures, all)).isFalse();
        assertThat(Frontier.dominated(2, measures, all)).isTrue();
        assertThat(Frontier.dominated(3, measures, all)).isTrue();
        assertThat(Frontier.dominated(4, measures, all)).isFalse();
        // Without [1] among the candidates (its account wiped out), [2] is dominated by nothing else.
        assertThat(Frontier.dominated(2, measures, new boolean[] {true, false, true, true, true})).isFalse();
    }

    @Test
    void eachPointIsThePlainRunOfThatHedge() {
        // A second path to the same figures: the config with that one fixed hedge, run by Backtest.run.
        BacktestConfig config = BacktestConfig.defaults().withFrom(Optional.of(LocalDate.of(2020, 1, 1)))
                .withTo(Optional.of(LocalDate.of(2020, 6, 30)));
        Frontier.Grid grid = new Frontier.Grid(List.of(BacktestConfig.HedgeInstrument.VX), List.of(0.5, 1.0), List.of(60));
        List<Frontier.Point> points = Frontier.run(config, market, grid, 2, share -> { }, () -> false);
        assertThat(points).hasSize(3);
        assertThat(points.get(0).instrument()).isEqualTo(Frontier.NONE);
        assertThat(points.get(0).costPerYear()).isZero();

        BacktestConfig.Variant none = new BacktestConfig.Variant("No hedge", BacktestConfig.HedgeKind.NONE,
                BacktestConfig.Hedge.defaults(), BacktestConfig.Sizing.defaults());
        BacktestConfig.Variant vx = new BacktestConfig.Variant("VX", BacktestConfig.HedgeKind.FIXED,
                new BacktestConfig.Hedge(BacktestConfig.HedgeInstrument.VX, 60, 0, 10),
                BacktestConfig.Sizing.defaults().withHedgeRatio(1.0));
        BacktestResult plain = Backtest.run(config.withVariants(List.of(none, vx)), market);
        VariantResult plainNone = plain.variants().get(0);
        VariantResult plainVx = plain.variants().get(1);
        double years = java.time.temporal.ChronoUnit.DAYS.between(plain.firstDay(), plain.lastDay()) / 365.25;
        Frontier.Point full = points.get(2);
        assertThat(full.hedgeRatio()).isEqualTo(1.0);
        assertThat(full.costPerYear()).isCloseTo(
                (plainNone.metrics().totalPnl() - plainVx.metrics().totalPnl()) / years, within(1e-6));
        assertThat(full.cvar95()).isCloseTo(Frontier.cvar(plainVx.trades()), within(1e-9));
        assertThat(full.maxDrawdown()).isCloseTo(plainVx.metrics().maxDrawdown(), within(1e-12));
        assertThat(full.stressPnl()).isCloseTo(plainVx.metrics().stressPnl().get(LocalDate.of(2020, 3, 16)),
                within(1e-6));
        assertThat(full.sizeRule()).isEqualTo("100 % of vega-neutral");
    }

    @Test
    void aGridWithMoreHedgesThanAScenarioHoldsPlansThemInGroups() {
        // 4 instruments × 10 tenors = 40 distinct hedges, more than the 31 a scenario holds beside its condor: the
        // VX 60-day point equals the same hedge's point in a one-hedge grid (a second run of the same cell).
        BacktestConfig config = BacktestConfig.defaults().withFrom(Optional.of(LocalDate.of(2020, 1, 1)))
                .withTo(Optional.of(LocalDate.of(2020, 3, 31)));
        List<Integer> tenors = List.of(30, 40, 50, 60, 70, 80, 90, 100, 110, 120);
        Frontier.Grid wide = new Frontier.Grid(List.of(BacktestConfig.HedgeInstrument.CALL_SPREAD,
                BacktestConfig.HedgeInstrument.VX, BacktestConfig.HedgeInstrument.VXM, BacktestConfig.HedgeInstrument.CALL),
                List.of(0.5), tenors);
        List<Frontier.Point> points = Frontier.run(config, market, wide, 2, share -> { }, () -> false);
        assertThat(points).hasSize(41);
        Frontier.Point vx60 = points.get(1 + tenors.size() + tenors.indexOf(60));
        assertThat(vx60.instrument()).isEqualTo("VX");
        assertThat(vx60.tenorDays()).isEqualTo(60);
        Frontier.Point alone = Frontier.run(config, market, new Frontier.Grid(List.of(BacktestConfig.HedgeInstrument.VX),
                List.of(0.5), List.of(60)), 1, share -> { }, () -> false).get(1);
        assertThat(vx60.costPerYear()).isEqualTo(alone.costPerYear());
        assertThat(vx60.cvar95()).isEqualTo(alone.cvar95());
    }

    @Test
    void aGridBeyondItsBoundsIsRefusedByName() {
        assertThatThrownBy(() -> new Frontier.Grid(List.of(BacktestConfig.HedgeInstrument.VX), List.of(2.0), List.of(60)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("frontier.hedgeRatios");
        assertThatThrownBy(() -> new Frontier.Grid(List.of(BacktestConfig.HedgeInstrument.VX), List.of(1.0), List.of(121)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("frontier.tenorDays");
    }

    private static TradeRecord trade(double pnl) {
        LocalDate day = LocalDate.of(2020, 1, 6);
        return new TradeRecord(1, day, Optional.of(day.plusDays(14)), ExitReason.EXPIRY, day.plusDays(14), 3000, 3300, 10,
                0, 0, 0, 500, 0, pnl, 0, 0, 0, pnl, 10_000);
    }
}
