package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.condordesk.model.ValidationException;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.ui.format.WindowWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up messages about the reopened workspace speak of the file by name, never its folder or JSON path (issue 27 §4). */
class StartupWordsTest {

    @TempDir
    Path folder;

    @Test
    void aLastWorkspaceThatNoLongerReadsIsNamedAndItsFieldSaidInWords() throws Exception {
        // The bundled sample with its first quantity "abc", read by the real reader (as StartupPreload does).
        Path file = folder.resolve("my condor.json");
        String sample = new String(getClass().getResourceAsStream(CondorDeskApp.SAMPLE_RESOURCE).readAllBytes(), StandardCharsets.UTF_8);
        Files.writeString(file, sample.replaceFirst("\"quantity\"\\s*:\\s*-?\\d+", "\"quantity\": \"abc\""));
        ValidationException error = catchThrowableOfType(ValidationException.class, () -> ScenarioJson.read(file));
        assertThat(error.getMessage()).contains(folder.toString()).contains("layers[");

        String shown = StartupWords.reopenRefused(file, error);
        assertThat(shown).startsWith("Could not reopen the last workspace, my condor.json: Quantity ")
                .endsWith("(the sample is open)").doesNotContain(folder.toString());
        assertThat(WindowWords.internals(shown)).as(shown).isFalse();
    }

    @Test
    void aMissingFileIsSaidAloneAndAReopenedOneByName() {
        Path missing = folder.resolve("gone.json");
        ValidationException error = catchThrowableOfType(ValidationException.class, () -> ScenarioJson.read(missing));
        String shown = StartupWords.reopenRefused(missing, error);
        assertThat(shown).startsWith("Could not reopen the last workspace, gone.json: ").doesNotContain(folder.toString());
        assertThat(WindowWords.internals(shown)).as(shown).isFalse();
        assertThat(StartupWords.reopened(folder.resolve("book.json"))).startsWith("Reopened book.json, ")
                .doesNotContain(folder.toString());
    }
}
