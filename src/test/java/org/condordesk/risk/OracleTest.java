package org.condordesk.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.condordesk.market.MarketState;
import org.condordesk.model.Scenario;
import org.condordesk.model.TimeBasis;
import org.condordesk.model.VolResponse;
import org.condordesk.store.json.ScenarioJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The engine against tools/sample_oracle.py, a second implementation of docs/model.md written from the page
 * alone (scipy pricers, its own variance strip and Brent solve, finite differences for VIX vega and theta):
 * the sample's value, net VIX vega under both responses, hedge sizes, theta, and P&L along SPX today and at
 * the condor's expiry. Tolerances are the oracle's finite-difference and solver noise.
 */
class OracleTest {

    private static final Scenario SAMPLE = ScenarioJson.read(Path.of("samples/condor-vix-hedge.json"));
    private static final MarketState MARKET = MarketState.of(SAMPLE);
    private static final Analysis ANALYSIS = Analyzer.analyze(SAMPLE, MARKET, AnalysisSettings.defaults());

    @Test
    void consistencyScalesAndTheModelsOwnVixMatch() {
        assertThat(MARKET.smileStrip().vix()).isCloseTo(SampleOracle.get("stripVix"), within(1e-9));
        for (VolResponse response : VolResponse.values()) {
            assertThat(MARKET.volFactor().scale(response)).as(response.key())
                    .isCloseTo(SampleOracle.get("consistencyScale", response.key()), within(1e-8));
        }
    }

    @Test
    void positionValueCountsFuturesAtVariationMarginAndNotionalApart() {
        assertThat(ANALYSIS.position().value()).isCloseTo(SampleOracle.get("positionValue"), within(1e-6));
        assertThat(ANALYSIS.position().notional()).isCloseTo(SampleOracle.get("notional"), within(1e-9));
    }

    @Test
    void netVixVegaAndHedgeSizesUnderBothResponses() {
        VolResponse mine = ANALYSIS.volResponse();
        assertThat(ANALYSIS.netVixVega()).isCloseTo(SampleOracle.get("netVixVega", mine.key()), within(1e-4));
        assertThat(ANALYSIS.netVixVegaOtherResponse())
                .isCloseTo(SampleOracle.get("netVixVega", mine.other().key()), within(1e-4));
        for (LayerRisk layer : ANALYSIS.layers()) {
            assertThat(layer.greeks().vixVega()).as(layer.layer().name())
                    .isCloseTo(SampleOracle.get("layerVixVega", mine.key() + ":" + layer.index()), within(1e-4));
        }
        HedgeSolve hedge2 = ANALYSIS.selectedHedge().orElseThrow();
        assertThat(hedge2.multiplier()).isCloseTo(SampleOracle.get("neutralSize", mine.key() + ":2"), within(1e-6));
        assertThat(hedge2.multiplierOtherResponse())
                .isCloseTo(SampleOracle.get("neutralSize", mine.other().key() + ":2"), within(1e-6));
    }

    @Test
    void thetaIsTheOneDayChangeOfValue() {
        assertThat(ANALYSIS.position().thetaPerDay()).isCloseTo(SampleOracle.get("thetaPerDay", "proportional"),
                within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(ints = {6900, 7100, 7275, 7350, 7500, 7600, 7700, 7800, 7875, 8100, 8300})
    void pnlTodayAlongTheSpotVolMap(int spx) {
        PositionValuation valuation = PositionValuation.of(SAMPLE, MARKET, 0);
        assertThat(valuation.on(0).pnl(spx, vixAlongTheMap(spx)))
                .isCloseTo(SampleOracle.get("pnlToday", Integer.toString(spx)), within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(ints = {7000, 7275, 7332, 7350, 7500, 7600, 7800, 7875, 8200})
    void pnlAtTheCondorsExpiry(int spx) {
        PnlCurve expiry = ANALYSIS.expiryCurve();
        PositionValuation valuation = PositionValuation.of(SAMPLE, MARKET, 0);
        double days = MARKET.daysTo(LocalDateTime.parse("2026-12-09T16:00").atZone(MARKET.valuationTime().getZone()));
        assertThat(valuation.on(days).pnl(spx, vixAlongTheMap(spx)))
                .isCloseTo(SampleOracle.get("pnlExpiry", Integer.toString(spx)), within(1e-6));
        assertThat(expiry.at()).isEqualTo(LocalDateTime.parse("2026-12-09T16:00"));
    }

    private static double vixAlongTheMap(double spx) {
        return SAMPLE.model().spotVol().vixAfter(MARKET.vixSpot(), 100 * Math.log(spx / MARKET.spxSpot()));
    }

    @Test
    void expiryMaxProfitIsTheExactValueAtTheShortPutStrike() {
        PnlCurve expiry = ANALYSIS.expiryCurve();
        assertThat(expiry.maxProfit()).isCloseTo(SampleOracle.get("expiryMaxProfitAt7350"), within(1e-6));
        assertThat(expiry.high().spx()).isCloseTo(7350, within(1e-6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"calendar", "trading"})
    void fridayThetaOnBothClocks(String basis) {
        Scenario friday = ScenarioJson.read(Path.of("src/test/resources/scenarios/friday-short-put.json"));
        TimeBasis clock = TimeBasis.valueOf(basis.toUpperCase(java.util.Locale.ROOT));
        Scenario scenario = friday.withModel(friday.model().withTimeBasis(clock, 0.1));
        Analysis analysis = Analyzer.analyze(scenario);
        assertThat(analysis.position().value()).isCloseTo(SampleOracle.get("fridayValue", basis), within(1e-6));
        assertThat(analysis.position().thetaPerDay()).isCloseTo(SampleOracle.get("fridayTheta", basis), within(1e-6));
    }
}
