package org.condordesk.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.condordesk.Fixtures;
import org.condordesk.market.MarketState;
import org.condordesk.model.FundingSource;
import org.condordesk.model.Scenario;
import org.junit.jupiter.api.Test;

class CapitalAnalysisTest {

    /** 2026-11-25 10:00 to the condor's 2026-12-09 16:00 settlement: 14 days and 6 hours. */
    private static final double HORIZON_DAYS = 14.25;
    private static final CapitalAnalysis.Settings DEFAULTS = CapitalAnalysis.Settings.defaults();

    @Test
    void theCondorsFlowsWithTheMarketUnchangedAreItsCapitalOutAndItsWidthBack() {
        // No history: the market-unchanged path is the expectation. At the open the credit 13,300 in and the 75,000
        // collateral out (−61,700); at expiry SPX 7600 sits between the shorts, so the collateral comes back whole.
        CapitalReport report = CapitalAnalysis.run(Fixtures.condorOnly(), Optional.empty(), DEFAULTS);
        CapitalReport.LayerFigures core = report.layers().get(0);
        assertThat(report.horizon().days()).isCloseTo(HORIZON_DAYS, within(1e-9));
        assertThat(report.horizon().time()).isEqualTo(LocalDateTime.of(2026, 12, 9, 16, 0));
        assertThat(core.expectedFlows()).hasSize(2);
        assertThat(core.expectedFlows().get(0).amount()).isCloseTo(-61_700, within(1e-6));
        assertThat(core.expectedFlows().get(1).amount()).isCloseTo(75_000, within(1e-6));
        assertThat(core.expectedPnl()).isCloseTo(13_300, within(1e-6));
        // IRR: (75,000 / 61,700)^(365/14.25) − 1; return on margin 13,300 / 61,700 for the period.
        assertThat(core.irr()).isCloseTo(Math.pow(75_000 / 61_700.0, 365 / HORIZON_DAYS) - 1, within(1e-9));
        assertThat(core.returnOnMargin()).isCloseTo(13_300 / 61_700.0, within(1e-12));
        // NPV at the risk-free rate as an effective rate, e^0.037 − 1.
        double cost = Math.expm1(0.037);
        assertThat(report.costOfCapital().annualRate()).isCloseTo(cost, within(1e-15));
        assertThat(core.npv()).isCloseTo(-61_700 + 75_000 * Math.pow(1 + cost, -HORIZON_DAYS / 365), within(1e-6));
    }

    @Test
    void theCondorsExpectedPnlIsItsCreditLessTheMeanPayoffOverTheHistorys14DayMoves() {
        // A second implementation: the 14.25-day horizon read between the 14- and 15-calendar-day windows from every
        // SPX close (to the first close at least that many days later), log moves interpolated 0.75/0.25 (issue 25
        // §5), SPX' = 7600 × e^move, the condor's payoff at expiry by its strikes, × 100 × 10.
        TreeMap<LocalDate, Double> spx = SampleHistory.closes("SPX_History.csv");
        List<LocalDate> dates = new ArrayList<>(spx.keySet());
        double payoffSum = 0;
        int n = 0;
        for (LocalDate date : dates) {
            Double move = interpolatedLogMove(spx, date);
            if (move == null) {
                break;
            }
            double level = 7600 * Math.exp(move);
            double puts = Math.max(7350 - level, 0) - Math.max(7275 - level, 0);
            double calls = Math.max(level - 7800, 0) - Math.max(level - 7875, 0);
            payoffSum += (puts + calls) * 1000;
            n++;
        }
        CapitalReport report = CapitalAnalysis.run(Fixtures.condorOnly(), Optional.of(SampleHistory.load()), DEFAULTS);
        assertThat(report.distribution().paths()).isEqualTo(n);
        assertThat(report.layers().get(0).expectedPnl()).isCloseTo(13_300 - payoffSum / n, within(1e-6));
    }

    @Test
    void aHedgeLayerPaysForItsCapitalExactlyWhenItsExpectedNpvAtTheCostIsNotNegative() {
        // Hedge 2 (long 2 Jan VX at 18.50, $10,000 placeholder margin each): a second implementation of its expected
        // P&L to the condor's expiry: per history window, spot VIX' = 16.4·e^{−k·r} (docs/model.md §5), the future
        // = curve(τ) + b(τ)·(VIX' − 16.4) at its remaining tenor τ (the engine's curve and beta as inputs), less 18.50.
        Scenario hedged = Fixtures.hedged();
        MarketState market = MarketState.of(hedged);
        double tau = market.daysTo(org.condordesk.model.Instrument.vixSettlement(LocalDate.of(2027, 1, 20))) - HORIZON_DAYS;
        double rolled = market.futures().priceAt(tau);
        double beta = market.volFactor().futuresBeta(tau);
        TreeMap<LocalDate, Double> spx = SampleHistory.closes("SPX_History.csv");
        double sum = 0;
        int n = 0;
        for (LocalDate date : spx.keySet()) {
            Double move = interpolatedLogMove(spx, date);
            if (move == null) {
                break;
            }
            double r = 100 * move;
            double vix = Math.max(16.4 * Math.exp(-(r < 0 ? 0.056 : 0.038) * r), 9);
            sum += (Math.max(rolled + beta * (vix - 16.4), 0.5) - 18.50) * 2000;
            n++;
        }
        double expectedPnl = sum / n;
        double cost = Math.expm1(0.037);
        double npv = -20_000 + (20_000 + expectedPnl) * Math.pow(1 + cost, -HORIZON_DAYS / 365);
        CapitalReport report = CapitalAnalysis.run(hedged, Optional.of(SampleHistory.load()), DEFAULTS);
        CapitalReport.HedgeEffect futures = report.hedgeEffects().get(1);
        assertThat(report.layers().get(2).expectedPnl()).isCloseTo(expectedPnl, within(1e-6));
        assertThat(futures.npvAtCost()).isCloseTo(npv, within(1e-6));
        assertThat(futures.paysForCapital()).isEqualTo(npv >= 0);
        assertThat(futures.stressPaths()).hasSize(6 + 9 + 5);
    }

    /** ln(S_{t+d}/S_t) at d = HORIZON_DAYS between the whole-day windows around it; null past the history. */
    private static Double interpolatedLogMove(TreeMap<LocalDate, Double> spx, LocalDate date) {
        int lower = (int) Math.floor(HORIZON_DAYS);
        double share = HORIZON_DAYS - lower;
        Map.Entry<LocalDate, Double> low = spx.ceilingEntry(date.plusDays(lower));
        Map.Entry<LocalDate, Double> high = spx.ceilingEntry(date.plusDays(lower + 1));
        if (low == null || high == null) {
            return null;
        }
        return (1 - share) * Math.log(low.getValue() / spx.get(date)) + share * Math.log(high.getValue() / spx.get(date));
    }

    @Test
    void theTotalsFlowsAreTheLayersFlowsAddedUp() {
        CapitalReport report = CapitalAnalysis.run(Fixtures.hedged(), Optional.empty(),
                new CapitalAnalysis.Settings(OptionalDouble.empty(), CapitalAnalysis.HorizonChoice.LAST_EXPIRY));
        // The last expiry is the Feb-17 VIX option's settlement; every leg is held to its own settlement.
        assertThat(report.horizon().time()).isEqualTo(LocalDateTime.of(2027, 2, 17, 9, 30));
        double layers = report.layers().stream().mapToDouble(CapitalReport.LayerFigures::expectedPnl).sum();
        assertThat(report.total().expectedPnl()).isCloseTo(layers, within(1e-6));
        assertThat(report.total().expectedFlows().size()).isGreaterThan(2);
        assertThat(report.total().capital()).isCloseTo(report.margin().capital(), within(1e-9));
    }

    @Test
    void theCostOfCapitalIsTheGivenRateElseTheFundingTablesWeightedAverage() {
        // Own cash 60 % at 4 %, a margin loan 40 % at 8 %: 0.6·0.04 + 0.4·0.08 = 5.6 %.
        Scenario funded = Fixtures.condorOnly().withCapital(Fixtures.condorOnly().capital().withFunding(List.of(
                new FundingSource("Own cash", 0.6, 0.04), new FundingSource("Margin loan", 0.4, 0.08))));
        assertThat(CostOfCapital.of(funded, OptionalDouble.empty()).annualRate()).isCloseTo(0.056, within(1e-15));
        assertThat(CostOfCapital.of(funded, OptionalDouble.of(0.1)).annualRate()).isEqualTo(0.1);
    }

    @Test
    void theRiskArraysWorstLossIsTheLargestLossOnItsGrid() {
        // Condor only: the grid reaches ±12 %, beyond both long strikes. Losses run from today's mark: a condor's value
        // never exceeds its discounted width, so no loss from entry exceeds 75,000 − 13,300 = 61,700, and from today's
        // mark none exceeds 61,700 + today's P&L; 14 days before expiry, beyond a long strike it is above 40,000.
        RiskArray.Result grid = RiskArray.of(StressValuation.of(Fixtures.condorOnly()));
        double today = org.condordesk.risk.PositionValuation.of(Fixtures.condorOnly()).on(0).pnl(7600, 16.4);
        assertThat(grid.points()).isEqualTo(100);
        assertThat(grid.worstLoss()).isBetween(40_000.0, 61_700.0 + today);
        assertThat(Math.abs(grid.spxMovePct())).isEqualTo(12);
    }

    @Test
    void aScenarioWithoutLayersOrWithADisabledHedgeHasNothingToJudge() {
        CapitalReport empty = CapitalAnalysis.run(Fixtures.scenario(List.of()), Optional.of(SampleHistory.load()), DEFAULTS);
        assertThat(empty.total().expectedPnl()).isZero();
        assertThat(empty.hedgeEffects()).isEmpty();
        Scenario disabled = Fixtures.hedged().mapLayer(1, layer -> layer.withEnabled(false));
        CapitalReport report = CapitalAnalysis.run(disabled, Optional.empty(), DEFAULTS);
        assertThat(report.hedgeEffects()).extracting(CapitalReport.HedgeEffect::layerIndex).containsExactly(2);
        assertThat(report.layers().get(1).capital()).isZero();
    }
}
