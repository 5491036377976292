package org.condordesk.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.condordesk.model.AlvhCondition;
import org.condordesk.model.AlvhRule;
import org.condordesk.model.AlvhRuleSet;
import org.condordesk.model.AlvhSignal;
import org.condordesk.model.Scenario;
import org.junit.jupiter.api.Test;

/** The scenario's alvh field (schemaVersion 3): default for older files, round trip, errors by JSON path. */
class AlvhJsonTest {

    @Test
    void aVersionTwoFileStillReadsAndGetsTheDefaultRules() {
        Scenario v2 = ScenarioJson.read(Path.of("src/test/resources/scenarios/v2-condor-vix-hedge.json"));
        assertThat(v2.alvh()).isEqualTo(AlvhRuleSet.defaults());
        assertThat(ScenarioJson.parse(ScenarioJson.write(v2))).isEqualTo(v2);
    }

    @Test
    void theSampleCarriesTheDefaultRulesAimedAtItsAdaptiveLayer() {
        Scenario sample = ScenarioJson.read(Path.of("samples", "condor-vix-hedge.json"));
        assertThat(sample.alvh()).isEqualTo(AlvhRuleSet.defaults().withTargetLayer("Hedge 2: adaptive long Jan VIX futures"));
    }

    @Test
    void editedRulesSurviveAWriteAndRead() {
        AlvhRuleSet rules = new AlvhRuleSet("Hedge 1", AlvhRuleSet.SizeUnit.CONTRACTS, 2, List.of(
                new AlvhRule("VRP thin", AlvhRule.Combine.ANY, List.of(AlvhCondition.below(AlvhSignal.VIX_MINUS_REALISED_VOL, 1.5),
                        new AlvhCondition(AlvhSignal.BULLISH_DIVERGENCE, AlvhCondition.Comparison.IS_FALSE, 0)), 4)));
        Scenario scenario = ScenarioJson.read(Path.of("samples", "condor-only.json")).withAlvh(rules);
        assertThat(ScenarioJson.parse(ScenarioJson.write(scenario)).alvh()).isEqualTo(rules);
    }

    @Test
    void badRulesAreRefusedAtTheirPath() {
        String sample = SampleEdits.text(SampleEdits.HEDGED);
        assertThatThrownBy(() -> ScenarioJson.parse(sample.replace("\"signal\": \"RSI\"", "\"signal\": \"RSX\"")))
                .hasMessageStartingWith("alvh.rules[0].conditions[0].signal: unknown value \"RSX\" (allowed: SPX, MACD,");
        assertThatThrownBy(() -> ScenarioJson.parse(sample.replace("\"op\": \"IS_TRUE\"", "\"op\": \"ABOVE\"")))
                .hasMessage("alvh.rules[2].conditions[0].op: BEARISH_DIVERGENCE is on/off: use IS_TRUE or IS_FALSE");
        assertThatThrownBy(() -> ScenarioJson.parse(sample.replace("\"unit\": \"BASE_MULTIPLE\"", "\"unit\": \"CONTRACTS\"")
                .replace("\"fallbackSize\": 1,", "\"fallbackSize\": 1.5,")))
                .hasMessage("alvh.fallbackSize: must be a whole number of contracts, got 1.5");
        assertThatThrownBy(() -> ScenarioJson.parse(sample.replace("\"schemaVersion\": 3", "\"schemaVersion\": 2")))
                .hasMessageStartingWith("alvh: unknown field for a schemaVersion 2 scenario");
    }
}
