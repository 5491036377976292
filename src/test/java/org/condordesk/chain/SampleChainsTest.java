package org.condordesk.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The committed samples are exactly what the documented models give (regenerate with SampleChains.main). */
class SampleChainsTest {

    @Test
    void committedSamplesAreTheDocumentedModelsOutput() throws IOException {
        for (String[] file : SampleChains.files()) {
            String committed = Files.readString(Path.of("samples/chains", file[0]), StandardCharsets.UTF_8);
            assertThat(committed).as(file[0]).isEqualTo(file[1]);
        }
    }

    @Test
    void readmeStatesTheModelsParameters() throws IOException {
        String readme = Files.readString(Path.of("samples/chains/README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("S = 7600", "r = 0.037", "q = 0.012", "σ_atm = 0.14, ρ = −0.7, η = 0.8",
                "σ_atm = 0.85, ρ = 0.4, η = 1.0", "2026-11-25 10:00");
    }
}
