package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code validate} refuses what {@code report} cannot value, naming the file and the JSON path (issue 14 item 7). */
class ValidateMatchesReportTest {

    @TempDir
    Path dir;

    private Path sampleWith(String from, String to) throws IOException {
        Path file = dir.resolve("edited.json");
        String sample = Files.readString(Path.of(LibraryCommandTest.HEDGED));
        assertThat(sample).contains(from);
        Files.writeString(file, sample.replace(from, to));
        return file;
    }

    private static void assertBothRefuse(Path file, String message) {
        for (String command : new String[] {"validate", "report"}) {
            CliRun run = CliRun.of(command, file.toString());
            assertThat(run.exitCode()).as(command).isEqualTo(2);
            assertThat(run.errLines()).as(command).containsExactly("error: " + file + ": " + message);
        }
    }

    @Test
    void aStrikeBeyondThePricersDomainIsRefusedWithItsPath() throws IOException {
        assertBothRefuse(sampleWith("\"strike\": 7350", "\"strike\": 1e308"),
                "layers[0].legs[1].strike: must be between 0.01 and 10000000, got 1.0E308");
    }

    @Test
    void anExpiryCenturiesAwayIsRefusedWithItsPath() throws IOException {
        assertBothRefuse(sampleWith("\"expiry\": \"2026-12-09\"", "\"expiry\": \"2199-12-09\""),
                "layers[0].legs[0].expiry: settles at 2199-12-09T16:00, more than 50 years after the valuation time 2026-11-25T10:00");
    }

    @Test
    void aLargeVixShiftFromTheLowestSpotVixIsValuedNotRefused() throws IOException {
        // Spot VIX 1 (the lowest a file may hold) and +200 points: under the proportional response an SPX vol moves
        // s·w(τ)·σ/VIX per VIX point (docs/model.md §4), so at VIX 1 the shift multiplies a leg's vol many times
        // over, past the pricers' 10 (1000 %). Before the cap the report failed with "vol must be … at most 10"
        // and named no file; the engine now caps the shocked vol there.
        Path file = sampleWith("\"vixSpot\": 16.4,", "\"vixSpot\": 1.0,");
        assertThat(CliRun.of("validate", file.toString()).exitCode()).isZero();

        CliRun run = CliRun.of("report", file.toString(), "--vix-shift", "200", "--json");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }
}
