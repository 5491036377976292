package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;

import org.condordesk.risk.Analysis;
import org.condordesk.risk.Analyzer;
import org.condordesk.store.json.ScenarioJson;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

class ReportCommandTest {

    private static final Path SAMPLE = Path.of("samples", "condor-vix-hedge.json");

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void jsonReportCarriesTheContractKeysAndTheEngineFigures() throws Exception {
        CliRun run = run("report", SAMPLE.toString(), "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = run.json();
        Analysis analysis = Analyzer.analyze(ScenarioJson.read(SAMPLE));
        assertThat(json.get("netVixVega").asDouble()).isCloseTo(analysis.netVixVega(), within(1e-9));
        assertThat(json.get("vegaNeutralHedgeMultiplier").asDouble())
                .isCloseTo(analysis.selectedHedge().orElseThrow().multiplier(), within(1e-12));
        assertThat(json.get("breakEvens")).hasSize(2);
        assertThat(json.get("greeks").has("thetaPerDay")).isTrue();
        JsonNode layer = json.get("layers").get(0);
        for (String key : new String[] {"name", "role", "enabled", "sizeMultiplier", "netVixVega", "legs"}) {
            assertThat(layer.has(key)).as(key).isTrue();
        }
        JsonNode leg = layer.get("legs").get(0);
        for (String key : new String[] {"instrument", "right", "strike", "expiry", "quantity", "entryPrice", "impliedVol"}) {
            assertThat(leg.has(key)).as(key).isTrue();
        }
        assertThat(leg.get("instrument").asText()).isEqualTo("SPX_OPTION");
        assertThat(json.get("layers").get(2).get("legs").get(0).get("instrument").asText()).isEqualTo("VIX_FUTURE");
        assertThat(json.get("layers").get(2).get("legs").get(0).get("impliedVol").isNull()).isTrue();
    }

    @Test
    void textReportNamesUnitsAndTheNeutralSize() {
        CliRun run = run("report", SAMPLE.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Net VIX vega:", "$ per VIX point", "vega-neutral with", "break-evens");
    }

    @Test
    void timeShiftBeforeTheValuationDateIsRefusedInOneLine() {
        CliRun run = run("report", SAMPLE.toString(), "--at", "2026-11-01");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("error: --at: 2026-11-01 is before the valuation date 2026-11-25");
    }

    @Test
    void missingFileIsOneLineAndNonZero() {
        CliRun run = run("report", "no-such-file.json");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("error: ").contains("no-such-file.json");
    }
}
