package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.Analyzer;
import org.condordesk.store.json.ScenarioJson;
import org.junit.jupiter.api.Test;

/** The sample scenario turned into backtest rules, each field checked against the file by hand. */
class ScenarioRulesTest {

    private static final Path SAMPLE = Path.of("samples/condor-vix-hedge.json");

    @Test
    void theSampleScenariosCondorAndHedgesBecomeRules() throws IOException {
        Scenario scenario = ScenarioJson.read(SAMPLE);
        BacktestConfig rules = ScenarioRules.of(scenario, BacktestConfig.defaults());

        // The core (samples/condor-vix-hedge.json): 10 × 7275/7350 puts and 7800/7875 calls expiring 2026-12-09 PM,
        // valued 2026-11-25 10:00 New York: 75-point wings, 14 calendar days, 10 lots.
        BacktestConfig.Entry entry = rules.entry();
        assertThat(entry.contracts()).isEqualTo(10);
        assertThat(entry.wingWidthPoints()).isEqualTo(75);
        assertThat(entry.daysToExpiry()).isEqualTo(14);
        // Short |Δ|: BSM by hand (N(d1) with Commons Math's normal) at the legs' own vols 17.4 % and 11.6 %, SPX 7600,
        // r 3.7 %, q 1.2 %, from 10:00 on 25 Nov to 16:00 on 9 Dec (14.25 days / 365).
        ZoneId ny = ZoneId.of("America/New_York");
        double years = Duration.between(ZonedDateTime.of(2026, 11, 25, 10, 0, 0, 0, ny),
                ZonedDateTime.of(2026, 12, 9, 16, 0, 0, 0, ny)).getSeconds() / (365.0 * 86_400);
        double putDelta = Math.exp(-0.012 * years) * (cdf(d1(7600, 7350, years, 0.037, 0.012, 0.174)) - 1);
        double callDelta = Math.exp(-0.012 * years) * cdf(d1(7600, 7800, years, 0.037, 0.012, 0.116));
        assertThat(entry.shortDelta()).isCloseTo((Math.abs(putDelta) + callDelta) / 2, within(1e-9));

        // Variants: no hedge, Hedge 1 (fixed) and Hedge 2 (the ALVH rules' target layer), in the file's order.
        List<BacktestConfig.Variant> variants = rules.variants();
        assertThat(variants).hasSize(3);
        assertThat(variants.get(0).kind()).isEqualTo(BacktestConfig.HedgeKind.NONE);
        // Hedge 1: short 40 Dec-16 22 calls, long 40 Feb-17 20 calls: a diagonal 2 points wide, 84 days out; its long
        // strike 20 against the file's Feb-17 future 19.20: +0.80.
        BacktestConfig.Variant diagonal = variants.get(1);
        assertThat(diagonal.kind()).isEqualTo(BacktestConfig.HedgeKind.FIXED);
        assertThat(diagonal.hedge().instrument()).isEqualTo(BacktestConfig.HedgeInstrument.DIAGONAL);
        assertThat(diagonal.hedge().tenorDays()).isEqualTo(84);
        assertThat(diagonal.hedge().widthPoints()).isEqualTo(2);
        assertThat(diagonal.hedge().longStrikeOffsetPoints()).isCloseTo(0.80, within(1e-9));
        // Hedge 2: 2 long VX Jan-20 futures, 56 days out, sized by the scenario's ALVH rules (it is their target).
        BacktestConfig.Variant futures = variants.get(2);
        assertThat(futures.kind()).isEqualTo(BacktestConfig.HedgeKind.ALVH);
        assertThat(futures.hedge().instrument()).isEqualTo(BacktestConfig.HedgeInstrument.VX);
        assertThat(futures.hedge().tenorDays()).isEqualTo(56);
        assertThat(futures.sizing().layer1Share()).isZero();
        assertThat(futures.sizing().layer2Share()).isEqualTo(1);
        assertThat(rules.rules()).isEqualTo(scenario.alvh());

        // Sizes relative to vega-neutral: each layer's VIX vega over minus the core's, from the engine's analysis (a
        // second computation of the vegas: the Analyzer's per-layer greeks, not the rules' central difference).
        Analysis analysis = Analyzer.analyze(scenario);
        double core = analysis.layers().get(0).greeks().vixVega();
        assertThat(analysis.layers().get(0).layer().role()).isEqualTo(LayerRole.CORE);
        assertThat(diagonal.sizing().hedgeRatio())
                .isCloseTo(analysis.layers().get(1).greeks().vixVega() / -core, within(0.002));
        assertThat(futures.sizing().hedgeRatio())
                .isCloseTo(analysis.layers().get(2).greeks().vixVega() / -core, within(0.002));
    }

    @Test
    void aScenarioWithoutACondorIsRefusedByName() throws IOException {
        Scenario scenario = ScenarioJson.read(SAMPLE);
        Scenario noCore = scenario.withLayers(scenario.layers().subList(1, 3));
        assertThatThrownBy(() -> ScenarioRules.of(noCore, BacktestConfig.defaults()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no enabled core layer");
    }

    private static double d1(double spot, double strike, double years, double rate, double yield, double vol) {
        return (Math.log(spot / strike) + (rate - yield + vol * vol / 2) * years) / (vol * Math.sqrt(years));
    }

    private static double cdf(double x) {
        return new NormalDistribution().cumulativeProbability(x);
    }
}
