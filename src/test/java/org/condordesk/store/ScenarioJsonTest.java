package org.condordesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.condordesk.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScenarioJsonTest {

    static final Path SAMPLES = Path.of("samples");

    @ParameterizedTest
    @ValueSource(strings = {"condor-vix-hedge.json", "condor-only.json"})
    void bundledSamplesLoadAndSurviveARoundTrip(String sample) {
        Scenario scenario = ScenarioJson.read(SAMPLES.resolve(sample));

        assertThat(scenario.layers()).isNotEmpty();
        assertThat(ScenarioJson.parse(ScenarioJson.write(scenario))).isEqualTo(scenario);
    }

    @Test
    void writerReproducesTheSampleLayoutByteForByte() throws IOException {
        String file = Files.readString(SAMPLES.resolve("condor-only.json"), StandardCharsets.UTF_8);

        assertThat(ScenarioJson.write(ScenarioJson.parse(file))).isEqualTo(file);
    }

    @Test
    void sampleValuesAreReadIntoTheRecords() {
        Scenario scenario = ScenarioJson.read(SAMPLES.resolve("condor-vix-hedge.json"));

        assertThat(scenario.tags()).isEqualTo(List.of("sample", "alvh"));
        assertThat(scenario.market().vixFutures()).hasSize(5);
        assertThat(scenario.layers().get(0).legs().get(1).quantity()).isEqualTo(-10);
        assertThat(scenario.layers().get(0).legs().get(1).impliedVol().getAsDouble()).isEqualTo(0.174);
        assertThat(scenario.layers().get(2).legs().get(0).quote().orElseThrow().ask()).isEqualTo(18.55);
    }
}
