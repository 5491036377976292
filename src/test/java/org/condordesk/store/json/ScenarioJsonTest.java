package org.condordesk.store.json;

import org.condordesk.store.AtomicFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.condordesk.model.Scenario;
import org.condordesk.model.TenorBeta;
import org.condordesk.model.TimeBasis;
import org.condordesk.model.VolFactorModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.provider.MethodSource;
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

    static Stream<Long> seeds() {
        return LongStream.range(0, 200).boxed();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomScenariosSurviveAWriteAndRead(long seed) {
        Scenario scenario = new RandomScenarios(0xC0DE_0000L + seed).next();

        assertThat(ScenarioJson.parse(ScenarioJson.write(scenario))).isEqualTo(scenario);
    }

    @Test
    void schemaVersionOneFileLoadsToTheSameScenarioAsItsVersionTwoTwin() {
        Scenario v1 = ScenarioJson.read(Path.of("src/test/resources/scenarios/v1-condor-hedged.json"));
        Scenario v2 = ScenarioJson.read(Path.of("src/test/resources/scenarios/v1-condor-hedged.as-v2.json"));

        assertThat(v1).isEqualTo(v2);
        assertThat(v1.valuationTime()).isEqualTo(LocalDateTime.of(2026, 11, 25, 10, 0));
        assertThat(v1.model()).isEqualTo(VolFactorModel.defaults());
        assertThat(v1.events()).isEmpty();
        assertThat(v1.tags()).isEmpty();
        // 80.15 % must become exactly the double written as 0.8015, which plain division misses by one ulp.
        assertThat(v1.layers().get(1).legs().get(1).impliedVol().getAsDouble()).isEqualTo(0.8015).isNotEqualTo(80.15 / 100);
    }

    @Test
    void migratedScenarioIsWrittenAsTheCurrentVersion() {
        Scenario v1 = ScenarioJson.read(Path.of("src/test/resources/scenarios/v1-condor-hedged.json"));

        String written = ScenarioJson.write(v1);

        assertThat(written).contains("\"schemaVersion\": 3,").contains("\"impliedVol\": 0.955").doesNotContain("\"iv\"");
        assertThat(ScenarioJson.parse(written)).isEqualTo(v1);
    }

    @Test
    void aVersionTwoFileReadsWithTheNewDefaultsAndItsDefaultBetaTableMeansDerived() {
        // The sample as release 2 saved it: no volResponse/timeBasis, the default beta table written out.
        Scenario v2 = ScenarioJson.read(Path.of("src/test/resources/scenarios/v2-condor-vix-hedge.json"));
        Scenario v3 = ScenarioJson.read(SAMPLES.resolve("condor-vix-hedge.json"));

        // Same market, model and position (the samples' events and ALVH rules moved on since release 2).
        assertThat(v2.model()).isEqualTo(v3.model());
        assertThat(v2.market()).isEqualTo(v3.market());
        assertThat(v2.layers()).isEqualTo(v3.layers());
        assertThat(v2.model().derivesFuturesBetas()).isTrue();
        assertThat(v2.model().volResponse()).isEqualTo(VolFactorModel.DEFAULT_VOL_RESPONSE);
        assertThat(v2.model().timeBasis()).isEqualTo(TimeBasis.CALENDAR);
    }

    @Test
    void anEditedVersionTwoBetaTableStaysATable() {
        String v2 = SampleEdits.text(Path.of("src/test/resources/scenarios/v2-condor-vix-hedge.json"))
                .replace("{ \"days\": 45, \"beta\": 0.463 }", "{ \"days\": 45, \"beta\": 0.47 }");

        Scenario scenario = ScenarioJson.parse(v2);

        assertThat(scenario.model().derivesFuturesBetas()).isFalse();
        assertThat(scenario.model().futuresBetas()).hasSize(9).contains(new TenorBeta(45, 0.47));
        assertThat(ScenarioJson.write(scenario)).contains("\"futuresBetas\"");
        assertThat(ScenarioJson.parse(ScenarioJson.write(scenario))).isEqualTo(scenario);
    }

    @Test
    void versionTwoRejectsVersionThreeFields() {
        String v2 = SampleEdits.text(Path.of("src/test/resources/scenarios/v2-condor-vix-hedge.json"))
                .replace("\"timeWeightMax\": 3.0,", "\"timeWeightMax\": 3.0, \"volResponse\": \"parallel\",");

        assertThatThrownBy(() -> ScenarioJson.parse(v2))
                .hasMessageStartingWith("model.volResponse: unknown field for model");
    }

    @Test
    void versionOneRejectsVersionTwoFieldsAndViceVersa() {
        String v1 = SampleEdits.text(Path.of("src/test/resources/scenarios/v1-condor-hedged.json"));

        assertThatThrownBy(() -> ScenarioJson.parse(v1.replace("\"iv\": 19", "\"impliedVol\": 0.19")))
                .hasMessageStartingWith("layers[0].legs[0].impliedVol: unknown field for a SPX_OPTION leg");
        assertThatThrownBy(() -> ScenarioJson.parse(v1.replace("\"iv\": 95.5", "\"iv\": 0")))
                .hasMessage("layers[1].legs[0].iv: must be > 0 and <= 500 (percent: 15.5 = 15.5%), got 0.0");
        assertThatThrownBy(() -> ScenarioJson.parse(v1.replace("\"schemaVersion\": 1", "\"schemaVersion\": 2")))
                .hasMessageStartingWith("valuationDate: unknown field for a schemaVersion 2 scenario");
    }

    @Test
    void atomicSaveWritesTheFileAndLeavesNoTempFile(@TempDir Path dir) throws IOException {
        Scenario scenario = ScenarioJson.read(SAMPLES.resolve("condor-vix-hedge.json"));
        Path file = dir.resolve("saved.json");
        Files.writeString(file, "{\"old\": \"content\"}");

        ScenarioJson.save(scenario, file);

        assertThat(ScenarioJson.read(file)).isEqualTo(scenario);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void failedAtomicSaveLeavesTheOldFileAndNoTempFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("target.json");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside"), "keep");

        assertThatThrownBy(() -> AtomicFiles.write(target, new byte[] {1, 2, 3})).isInstanceOf(IOException.class);

        assertThat(target.resolve("inside")).hasContent("keep");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }
}
