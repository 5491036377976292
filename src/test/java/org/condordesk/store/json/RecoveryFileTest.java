package org.condordesk.store.json;

import org.condordesk.store.TestClock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;

import org.condordesk.model.Scenario;
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

        assertThat(recovery.checkAtStartup()).isEqualTo(new StartupCheck.Recoverable(recovery.load().orElseThrow()));
        assertThat(recovery.load().orElseThrow().scenario()).isEqualTo(hedged);
    }

    @Test
    void sessionStillRunningIsNotACrash() throws IOException {
        recovery.startSession();
        recovery.autosave(hedged, null);

        assertThat(recovery.checkAtStartup()).isEqualTo(new StartupCheck.Clean());
    }

    @Test
    void cleanExitLeavesNothingToRecover() throws IOException {
        recovery.startSession();
        recovery.autosave(hedged, null);

        recovery.endSession();

        assertThat(recovery.checkAtStartup()).isEqualTo(new StartupCheck.Clean());
        assertThat(recovery.autosaveFile()).doesNotExist();
        assertThat(recovery.sessionMarker()).doesNotExist();
    }

    @Test
    void discardForgetsTheAutosave() throws IOException {
        recovery.autosave(hedged, null);

        recovery.discard();

        assertThat(recovery.load()).isEmpty();
        assertThat(recovery.checkAtStartup()).isEqualTo(new StartupCheck.Clean());
    }

    @Test
    void garbledMarkerCountsAsACrash() throws IOException {
        recovery.autosave(hedged, null);
        Files.writeString(recovery.sessionMarker(), "not json");

        assertThat(recovery.checkAtStartup()).isInstanceOf(StartupCheck.Recoverable.class);
    }

    /** A crash: the marker names a process that is not running. */
    private void markCrashed() throws IOException {
        Files.writeString(recovery.sessionMarker(), "{\"pid\": " + Long.MAX_VALUE + ", \"processStart\": \"2026-01-01T00:00:00Z\"}");
    }

    @Test
    void damagedAutosaveIsMovedAsideWithItsReasonNotDeleted() throws IOException {
        recovery.autosave(hedged, null);
        markCrashed();
        String damaged = Files.readString(recovery.autosaveFile()).replace("\"strike\": 7275", "\"strike\": -1");
        Files.writeString(recovery.autosaveFile(), damaged);

        StartupCheck found = recovery.checkAtStartup();

        // The test clock starts at START (15:00:00Z) and moves 1 s per reading: the autosave read 15:00:00, this 15:00:01.
        Path aside = dir.resolve("recovery").resolve("autosave.rejected-20261125T150001Z.json");
        assertThat(found).isEqualTo(new StartupCheck.Unreadable(recovery.autosaveFile()
                + ": scenario.layers[0].legs[0].strike: must be > 0, got -1", aside));
        assertThat(Files.readString(aside)).isEqualTo(damaged);
        assertThat(recovery.autosaveFile()).doesNotExist();
        assertThat(recovery.checkAtStartup()).as("not offered again").isEqualTo(new StartupCheck.Clean());
    }

    @Test
    void autosaveOfANewerCondorDeskIsKeptAndExplained() throws IOException {
        recovery.autosave(hedged, null);
        markCrashed();
        String newer = Files.readString(recovery.autosaveFile()).replace("\"recoveryVersion\" : 1", "\"recoveryVersion\" : 2");
        Files.writeString(recovery.autosaveFile(), newer);
        // One set aside in the same second already (the clock reads 15:00:00 for the autosave, 15:00:01 next).
        Files.writeString(dir.resolve("recovery").resolve("autosave.rejected-20261125T150001Z.json"), "an earlier one");

        StartupCheck found = recovery.checkAtStartup();

        Path aside = dir.resolve("recovery").resolve("autosave.rejected-20261125T150001Z-2.json");
        assertThat(found).isEqualTo(new StartupCheck.Unreadable(recovery.autosaveFile()
                + ": recoveryVersion: 2 is newer than this CondorDesk understands (1); update CondorDesk to open it", aside));
        assertThat(Files.readString(aside)).isEqualTo(newer);
        assertThat(Files.readString(dir.resolve("recovery").resolve("autosave.rejected-20261125T150001Z.json")))
                .isEqualTo("an earlier one");
    }
}
