package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The signals and alvh commands: the JSON keys the issue fixes, broken rows naming their line. */
class SignalsCommandTest {

    private static final String SPX = "samples/history/SPX_History.csv";
    private static final String VIX = "samples/history/VIX_History.csv";
    private static final String VIX3M = "samples/history/VIX3M_History.csv";

    @TempDir
    Path dir;

    @Test
    void signalsJsonHasTheContractKeys() {
        CliRun run = CliRun.of("signals", "--history", SPX, "--vix", VIX, "--vix3m", VIX3M, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("date").asText()).isEqualTo("2026-07-09");
        for (String key : new String[] {"macd", "macdSignal", "macdHistogram", "rsi", "divergences", "vixTermRatio"}) {
            assertThat(json.has(key)).as(key).isTrue();
        }
        assertThat(json.get("macdHistogram").asDouble()).isCloseTo(json.get("macd").asDouble() - json.get("macdSignal").asDouble(),
                within(1e-9));
        assertThat(json.get("rsi").asDouble()).isBetween(0.0, 100.0);
        // VIX3M ends 2026-02-27 (samples/history/README.md), so the term ratio has no value on 2026-07-09.
        assertThat(json.get("vixTermRatio").isNull()).isTrue();
        assertThat(json.get("divergences").has("bearishMacd")).isTrue();
    }

    @Test
    void withoutVixThereIsNoTermRatioKey() {
        JsonNode json = CliRun.of("signals", "--history", SPX, "--json").json();
        assertThat(json.has("vixTermRatio")).isFalse();
        assertThat(json.get("divergences").has("bearishAd")).isFalse();
    }

    @Test
    void aBrokenRowExitsNonZeroNamingItsLine() throws IOException {
        Path broken = dir.resolve("spx.csv");
        Files.writeString(broken, "DATE,OPEN,HIGH,LOW,CLOSE\n01/02/2024,10,12,9,11\n01/03/2024,10,8,9,11\n");
        CliRun run = CliRun.of("signals", "--history", broken.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("error: spx.csv line 3: high 8 is below low 9");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void alvhReportsTodayTheReplayAndTheStressDays() {
        CliRun run = CliRun.of("alvh", "--scenario", "samples/condor-vix-hedge.json", "--history", SPX, "--vix", VIX,
                "--vix3m", VIX3M, "--from", "2010-01-01", "--to", "2025-12-31", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.at("/today/date").asText()).isEqualTo("2025-12-31");
        assertThat(json.at("/today/firedRules").isArray()).isTrue();
        assertThat(json.at("/replay/from").asText()).isEqualTo("2010-01-04");
        assertThat(json.at("/replay/changesPerYear").isNumber()).isTrue();
        assertThat(json.at("/replay/vixSpikes/count").asInt()).isPositive();
        assertThat(json.get("stressDays")).hasSize(3);
        // docs/signals.md: the default rules ask for 2× on each stress day (VIX above VIX3M).
        for (JsonNode day : json.get("stressDays")) {
            assertThat(day.get("size").asDouble()).as(day.get("date").asText()).isEqualTo(2.0);
        }
    }

    @Test
    void alvhNeedsVixAndRefusesAnEmptyRange() {
        assertThat(CliRun.of("alvh", "--scenario", "samples/condor-vix-hedge.json", "--history", SPX).exitCode()).isEqualTo(2);
        CliRun run = CliRun.of("alvh", "--scenario", "samples/condor-vix-hedge.json", "--history", SPX, "--vix", VIX,
                "--from", "2030-01-01");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: --from/--to: no trading day of the history");
    }
}
