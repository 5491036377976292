package org.condordesk.store.json;

import org.condordesk.store.TestClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecoveryFileTest {

    static final Instant START = Instant.parse("2026-11-25T15:00:00Z");

    @TempDir
    Path dir;
    RecoveryFile recovery;
    Scenario hedged;

    @BeforeEach
    void setUp() {
        recovery = new RecoveryFile(dir.resolve("recovery"), new TestClock(START));
        hedged = ScenarioJson.read(SampleEdits.HEDGED);
    }

    @Test
    void autosaveLoadsBackWithItsOriginAndTime() throws IOException {
        Path original = dir.resolve("condor.json");

        recovery.autosave(hedged, original);

        RecoveredScenario recovered = recovery.load().orElseThrow();
        assertThat(recovered.scenario()).isEqualTo(hedged);
        assertThat(recovered.originalFile()).contains(original.toAbsolutePath());
        assertThat(recovered.savedAt()).isEqualTo(START);
    }

    @Test
    void laterAutosaveReplacesTheEarlierAtomically() throws IOException {
        recovery.autosave(hedged, null);
        Scenario edited = hedged.withNotes("edited after the first autosave");

        recovery.autosave(edited, null);

        RecoveredScenario recovered = recovery.load().orElseThrow();
        assertThat(recovered.scenario()).isEqualTo(edited);
        assertThat(recovered.originalFile()).isEmpty();
        try (Stream<Path> files = Files.list(dir.resolve("recovery"))) {
            assertThat(files).containsExactly(recovery.autosaveFile());
        }
    }

    @Test
    void crashedSessionIsOfferedForRecovery() throws IOException {
        recovery.startSession();
        recovery.autosave(hedged, null);
        // A crash: no endSession. The marker names this (live) process, so pretend it came from a dead one.
        Files.writeString(recovery.sessionMarker(), "{\"pid\": " + Long.MAX_VALUE + ", \"processStart\": \"2026-01-01T00:00:00Z\"}");

        assertThat(recovery.findUnclean()).map(RecoveredScenario::scenario).contains(hedged);
    }

    @Test
    void sessionStillRunningIsNotACrash() throws IOException {
        recovery.startSession();
        recovery.autosave(hedged, null);

        assertThat(recovery.findUnclean()).isEmpty();
    }

    @Test
    void cleanExitLeavesNothingToRecover() throws IOException {
        recovery.startSession();
        recovery.autosave(hedged, null);

        recovery.endSession();

        assertThat(recovery.findUnclean()).isEmpty();
        assertThat(recovery.autosaveFile()).doesNotExist();
        assertThat(recovery.sessionMarker()).doesNotExist();
    }

    @Test
    void discardForgetsTheAutosave() throws IOException {
        recovery.autosave(hedged, null);

        recovery.discard();

        assertThat(recovery.load()).isEmpty();
        assertThat(recovery.findUnclean()).isEmpty();
    }

    @Test
    void garbledMarkerCountsAsACrash() throws IOException {
        recovery.autosave(hedged, null);
        Files.writeString(recovery.sessionMarker(), "not json");

        assertThat(recovery.findUnclean()).isPresent();
    }

    @Test
    void damagedAutosaveIsAValidationErrorNamingThePath() throws IOException {
        recovery.autosave(hedged, null);
        String text = Files.readString(recovery.autosaveFile());
        Files.writeString(recovery.autosaveFile(), text.replace("\"strike\": 7275", "\"strike\": -1"));

        assertThatThrownBy(() -> recovery.findUnclean()).isInstanceOf(ValidationException.class)
                .hasMessage("scenario.layers[0].legs[0].strike: must be > 0, got -1");
        recovery.discard();
        assertThat(recovery.findUnclean()).isEmpty();
    }
}
