package org.condordesk.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

import org.condordesk.model.CapitalSettings;
import org.condordesk.model.ExpiryIvShift;
import org.condordesk.model.FundingSource;
import org.condordesk.model.Scenario;
import org.condordesk.model.UserStress;
import org.junit.jupiter.api.Test;

/** The scenario's optional capital field (schemaVersion 3): default for older files, round trip, errors by JSON path. */
class CapitalJsonTest {

    private static final CapitalSettings SETTINGS = new CapitalSettings(OptionalDouble.of(9_500),
            List.of(new FundingSource("Own cash", 0.6, 0.04), new FundingSource("Margin loan", 0.4, 0.08)),
            List.of(new UserStress("Crash with IV up", -8, 15, true, 1, 3,
                    List.of(new ExpiryIvShift(LocalDate.of(2026, 12, 9), 5)), 2, -1)));

    @Test
    void theHedgedSampleCarriesAnIllustrativeFundingTableAndTwoStresses() {
        // samples/condor-vix-hedge.json: 75 % own cash at 4 %, 25 % margin loan at 7 %; no VX margin (the placeholder).
        CapitalSettings capital = ScenarioJson.read(SampleEdits.HEDGED).capital();
        assertThat(capital.vxInitialMarginPerContract()).isEmpty();
        assertThat(capital.funding()).extracting(FundingSource::annualRate).containsExactly(0.04, 0.07);
        assertThat(capital.stresses()).hasSize(2);
    }

    @Test
    void aVersionTwoFileStillReadsWithTheDefaultSettings() {
        Scenario v2 = ScenarioJson.read(Path.of("src/test/resources/scenarios/v2-condor-vix-hedge.json"));
        assertThat(v2.capital()).isEqualTo(CapitalSettings.defaults());
        assertThat(ScenarioJson.write(v2)).doesNotContain("\"capital\"");
    }

    @Test
    void settingsSurviveAWriteAndReadAndAreWrittenAfterTheRules() {
        Scenario scenario = ScenarioJson.read(Path.of("samples", "condor-only.json")).withCapital(SETTINGS);
        String written = ScenarioJson.write(scenario);
        assertThat(written.indexOf("\"capital\"")).isGreaterThan(written.indexOf("\"alvh\""));
        assertThat(ScenarioJson.parse(written)).isEqualTo(scenario);
        assertThat(ScenarioJson.write(ScenarioJson.parse(written))).isEqualTo(written);
    }

    @Test
    void aStressNeedsOnlyItsNameTheOtherFieldsDefaultToNothing() {
        String sample = SampleEdits.text(SampleEdits.CONDOR_ONLY);     // a sample without a capital section
        Scenario read = ScenarioJson.parse(sample.replace("\n}", ",\n  \"capital\": {\"stresses\": [{\"name\": \"Flat\"}]}\n}"));
        assertThat(read.capital().stresses()).containsExactly(new UserStress("Flat", 0, 0, false, 0, 0, List.of(), 0, 0));
        assertThat(read.capital().vxInitialMarginPerContract()).isEmpty();
        assertThat(read.capital().funding()).isEmpty();
    }

    @Test
    void badSettingsAreRefusedAtTheirPath() {
        String sample = SampleEdits.text(SampleEdits.CONDOR_ONLY);     // a sample without a capital section
        assertThatThrownBy(() -> ScenarioJson.parse(sample.replace("\n}",
                ",\n  \"capital\": {\"stresses\": [{\"name\": \"Big\", \"spxMovePct\": -95}]}\n}")))
                .hasMessage("capital.stresses[0].spxMovePct: must be between -90 and 200, got -95");
        assertThatThrownBy(() -> ScenarioJson.parse(sample.replace("\n}",
                ",\n  \"capital\": {\"vxInitialMarginPerContract\": -1}\n}")))
                .hasMessage("capital.vxInitialMarginPerContract: must be between 0 and 1000000, got -1");
        assertThatThrownBy(() -> ScenarioJson.parse(sample.replace("\n}",
                ",\n  \"capital\": {\"funding\": [{\"name\": \"Cash\", \"weight\": 1, \"rate\": 0.04}]}\n}")))
                .hasMessageStartingWith("capital.funding[0].rate: unknown field for a funding source");
        assertThatThrownBy(() -> ScenarioJson.parse(sample.replace("\n}",
                ",\n  \"capital\": {\"funding\": [{\"name\": \"Cash\", \"weight\": 0, \"annualRate\": 0.04}]}\n}")))
                .hasMessage("capital.funding: the weights must not all be 0");
    }
}
