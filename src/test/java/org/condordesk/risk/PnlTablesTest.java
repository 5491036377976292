package org.condordesk.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.condordesk.Fixtures;
import org.condordesk.market.MarketState;
import org.condordesk.model.Layer;
import org.condordesk.model.Scenario;
import org.junit.jupiter.api.Test;

class PnlTablesTest {

    private static final Scenario CONDOR = Fixtures.condorOnly();
    private static final double SPOT = CONDOR.market().spxSpot();

    @Test
    void theLastRowIsTheCondorsPayoffAtExpiryLessItsCredit() {
        PnlTable table = PnlTables.byDate(CONDOR, MarketState.of(CONDOR), AnalysisSettings.defaults(), new double[] {-10, -3, 0, 3, 10});
        Layer condor = CONDOR.layers().get(0);
        double[] k = condor.legs().stream().mapToDouble(l -> l.instrument().optionStrike().orElseThrow()).toArray();
        double[] entry = condor.legs().stream().mapToDouble(l -> l.entryPrice()).toArray();
        int lots = Math.abs(condor.legs().get(0).quantity());
        double credit = entry[1] + entry[2] - entry[0] - entry[3];
        double[] last = table.pnl()[table.pnl().length - 1];
        for (int s = 0; s < table.spx().length; s++) {
            double level = table.spx()[s];
            // Hand formula: long put − short put − short call + long call intrinsics, plus the credit, × 100 × lots.
            double payoff = Math.max(k[0] - level, 0) - Math.max(k[1] - level, 0) - Math.max(level - k[2], 0)
                    + Math.max(level - k[3], 0);
            assertThat(last[s]).as("SPX %.0f", level).isEqualTo((payoff + credit) * 100 * lots, within(0.01));
        }
        assertThat(table.times().get(table.times().size() - 1).toLocalDate()).isEqualTo(Fixtures.CONDOR_EXPIRY);
    }

    @Test
    void theFirstRowIsTheT0CurveAndRowsStepOneDayToTheExpiry() {
        Scenario hedged = Fixtures.hedged();
        AnalysisSettings settings = AnalysisSettings.defaults().withRange(-10, 10, 401).withShiftDays(2);
        PnlTable table = PnlTables.byDate(hedged, MarketState.of(hedged), settings, new double[] {-10, 0, 10});
        PnlCurve today = Analyzer.analyze(hedged, MarketState.of(hedged), settings).todayCurve();
        // The curve's grid is spot × (1 − 10 %) … × (1 + 10 %) in 400 steps: points 0, 200 and 400 are the table's levels.
        assertThat(table.pnl()[0][0]).isEqualTo(today.pnl()[0], within(1e-6));
        assertThat(table.pnl()[0][1]).isEqualTo(today.pnl()[200], within(1e-6));
        assertThat(table.pnl()[0][2]).isEqualTo(today.pnl()[400], within(1e-6));
        assertThat(table.vix()[1]).isEqualTo(hedged.market().vixSpot(), within(1e-12));
        // Valuation Wed 25 Nov 10:00 + 2 days = Fri 27 Nov; then one row a day to Wed 9 Dec, then the 16:00 expiry.
        assertThat(table.times().get(0)).isEqualTo(Fixtures.VALUATION.plusDays(2));
        assertThat(table.times().get(1)).isEqualTo(Fixtures.VALUATION.plusDays(3));
        assertThat(table.times()).hasSize(14 - 2 + 1 + 1);
        assertThat(table.times().get(table.times().size() - 1)).isEqualTo(LocalDate.of(2026, 12, 9).atTime(16, 0));
    }

    @Test
    void aLongHorizonStepsMoreThanADaySoTheTableStaysReadable() {
        // 9 Mar 2026 10:00 EDT to 25 Sep: no daylight-saving change inside, so clock days are elapsed days.
        java.time.ZonedDateTime valuation = java.time.ZonedDateTime.of(2026, 3, 9, 10, 0, 0, 0,
                org.condordesk.model.Instrument.NEW_YORK);
        List<Double> days = new Analyzer.Timeline(valuation, 0, 0, 200, 200, java.util.Optional.empty())
                .clockSteps(200, 59);
        // 200 days in at most 60 rows: a step of ceil(200 / 59) = 4 days, 50 rows, then the expiry.
        assertThat(days).hasSize(51);
        assertThat(days.get(1)).isCloseTo(4.0, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(days.get(days.size() - 1)).isEqualTo(200.0);
        assertThat(new Analyzer.Timeline(valuation, 20, 20, 14, 14, java.util.Optional.empty()).clockSteps(14, 59))
                .containsExactly(20.0);
    }

    @Test
    void extraCurvesAreTheTnCurvesAtTheirOffsetsAndStopBeforeTheExpiry() {
        Scenario hedged = Fixtures.hedged();
        MarketState market = MarketState.of(hedged);
        AnalysisSettings settings = AnalysisSettings.defaults().withoutHeatmapAndDecay().withShiftDays(1)
                .withExtraCurveOffsetsDays(List.of(3.0, 7.0, 30.0));
        Analysis analysis = Analyzer.analyze(hedged, market, settings);
        // T+0, T+n, expiry, then T+3 and T+7; T+30 is past the 14-day core expiry and is left out.
        assertThat(analysis.curves()).extracting(PnlCurve::label).containsExactly("T+0", "T+n", "Expiry", "T+3", "T+7");
        PnlCurve plus3 = analysis.curves().get(3);
        assertThat(plus3.at()).isEqualTo(Fixtures.VALUATION.plusDays(4));
        // The same date asked for as the T+n curve gives the same P&L.
        PnlCurve asTarget = Analyzer.analyze(hedged, market, settings.withTargetDate(LocalDate.of(2026, 11, 29))).targetCurve();
        assertThat(plus3.pnl()).containsExactly(asTarget.pnl(), within(1e-9));
        assertThat(plus3.breakEvens()).containsExactlyElementsOf(asTarget.breakEvens());
    }

    @Test
    void anExtraCurveOnTheTnDateIsNotDrawnTwice() {
        Scenario hedged = Fixtures.hedged();
        // Auto T+n is halfway to the 14.25-day core expiry, floor(14.25 / 2) = 7 days: the same date as T+7.
        AnalysisSettings settings = AnalysisSettings.defaults().withoutHeatmapAndDecay().withExtraCurveOffsetsDays(List.of(3.0, 7.0));
        assertThat(Analyzer.analyze(hedged, MarketState.of(hedged), settings).curves()).extracting(PnlCurve::label)
                .containsExactly("T+0", "T+n", "Expiry", "T+3");
    }
}
