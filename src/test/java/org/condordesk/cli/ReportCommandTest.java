package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.condordesk.app.LibrarySummaries;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.Analyzer;
import org.condordesk.risk.SampleOracle;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.store.library.ScenarioSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class ReportCommandTest {

    private static final Path SAMPLE = Path.of("samples", "condor-vix-hedge.json");

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    /** The sample with each {@code (from, to)} pair of texts replaced, written to {@code file}. */
    private static Path editedSample(Path file, String... fromTo) throws IOException {
        String text = Files.readString(SAMPLE);
        for (int i = 0; i < fromTo.length; i += 2) {
            text = text.replace(fromTo[i], fromTo[i + 1]);
        }
        Files.writeString(file, text);
        return file;
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
    void jsonValueNotionalModelRiskAndExtremesAgreeWithTheOracle() {
        JsonNode json = run("report", SAMPLE.toString(), "--json").json();
        // tools/sample_oracle.py (sample-oracle.csv): value counts the futures at variation margin.
        assertThat(json.get("greeks").get("value").asDouble()).isCloseTo(SampleOracle.get("positionValue"), within(1e-6));
        assertThat(json.get("greeks").get("notional").asDouble()).isCloseTo(SampleOracle.get("notional"), within(1e-9));
        assertThat(json.get("greeks").has("vixDelta")).as("no VIX delta on aggregates").isFalse();
        assertThat(json.get("layers").get(2).get("greeks").has("vixDelta")).isFalse();
        // A future's VIX delta: 1000 × 2 contracts, per leg.
        assertThat(json.get("layers").get(2).get("legs").get(0).get("greeks").get("vixDelta").asDouble())
                .isCloseTo(2000, within(1e-9));
        assertThat(json.get("volResponse").asText()).isEqualTo("proportional");
        assertThat(json.get("otherVolResponse").asText()).isEqualTo("parallel");
        assertThat(json.get("netVixVegaOtherResponse").asDouble())
                .isCloseTo(SampleOracle.get("netVixVega", "parallel"), within(1e-4));
        JsonNode hedge2 = json.get("hedgeSolves").get(1);
        assertThat(hedge2.get("multiplier").asDouble()).isCloseTo(SampleOracle.get("neutralSize", "proportional:2"), within(1e-6));
        assertThat(hedge2.get("multiplierOtherResponse").asDouble())
                .isCloseTo(SampleOracle.get("neutralSize", "parallel:2"), within(1e-6));
        assertThat(json.get("maxProfit").asDouble()).isCloseTo(SampleOracle.get("expiryMaxProfitAt7350"), within(1e-6));
        assertThat(json.get("maxProfitAtSpx").asDouble()).isCloseTo(7350, within(1e-6));
        assertThat(json.get("maxProfitBeyondRange").asBoolean()).isFalse();
        assertThat(json.get("settled").asBoolean()).isFalse();
        assertThat(json.get("finalPnl").isNull()).isTrue();
    }

    @Test
    void theLibrarySummaryAgreesWithTheReport() {
        // app.LibrarySummaries is what the CLI and the window store beside a saved version.
        JsonNode json = run("report", SAMPLE.toString(), "--json").json();
        ScenarioSummary summary = LibrarySummaries.of(ScenarioJson.read(SAMPLE));
        assertThat(summary.netVixVega()).isCloseTo(json.get("netVixVega").asDouble(), within(1e-9));
        assertThat(summary.maxLoss()).isCloseTo(json.get("maxLoss").asDouble(), within(1e-9));
        assertThat(summary.netVixVega()).isCloseTo(SampleOracle.get("netVixVega", "proportional"), within(1e-4));
    }

    @Test
    void volResponseFlagOverridesTheScenario() {
        JsonNode json = run("report", SAMPLE.toString(), "--json", "--vol-response", "parallel").json();
        assertThat(json.get("volResponse").asText()).isEqualTo("parallel");
        assertThat(json.get("netVixVega").asDouble()).isCloseTo(SampleOracle.get("netVixVega", "parallel"), within(1e-4));
        CliRun bad = run("report", SAMPLE.toString(), "--vol-response", "sticky");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.errLines()).singleElement().asString().contains("'sticky' is not a vol response");
    }

    @Test
    void textReportNamesUnitsTheNeutralSizeAndItsModelRisk() {
        CliRun run = run("report", SAMPLE.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Net VIX vega:", "$ per VIX point", "Vega-neutral with", "under the parallel response",
                "break-evens", "notional $", "Notional of VIX futures 37,100 $");
        // The oracle's neutral sizes, to the report's 3 decimals: 1.542 (proportional) and 2.613 (parallel).
        assertThat(run.out()).contains(String.format("at size %.3f; %.3f under the parallel response",
                SampleOracle.get("neutralSize", "proportional:2"), SampleOracle.get("neutralSize", "parallel:2")));
    }

    @Test
    void aBookPastEveryExpirySaysItHasSettled() {
        CliRun run = run("report", SAMPLE.toString(), "--at", "2027-03-01", "--vix-shift", "5");
        assertThat(run.exitCode()).isZero();
        // Hand figure in SettledLegsTest: 13 300 + 1 400 − 10 400 − 4 200 = 100.
        assertThat(run.out()).contains("The book has settled", "Final P&L: 100.00 $").doesNotContain("break-evens", "spot-vol");
        JsonNode json = run("report", SAMPLE.toString(), "--at", "2027-03-01", "--json").json();
        assertThat(json.get("settled").asBoolean()).isTrue();
        assertThat(json.get("finalPnl").asDouble()).isCloseTo(100, within(1e-9));
    }

    @Test
    void aNakedStranglesLossIsMarkedOnTheRange(@TempDir Path dir) throws IOException {
        Path strangle = editedSample(dir.resolve("strangle.json"),
                "\"quantity\": 10, \"entryPrice\": 15.90", "\"quantity\": -1, \"entryPrice\": 15.90",
                "\"quantity\": 10, \"entryPrice\": 4.50", "\"quantity\": -1, \"entryPrice\": 4.50");
        JsonNode json = run("report", strangle.toString(), "--json").json();
        assertThat(json.get("maxLossBeyondRange").asBoolean()).isTrue();
        assertThat(run("report", strangle.toString()).out()).contains("on the ±range");
    }

    @Test
    void aVixShiftBelowTheMinimumIsRefused() {
        CliRun run = run("report", SAMPLE.toString(), "--vix-shift", "-20");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString()
                .isEqualTo("error: --vix-shift: -20 takes spot VIX from 16.4 below the minimum of 1 (the lowest shift "
                        + "for this scenario is -15.4)");
    }

    @Test
    void aCoreHedgeLayerIsRefusedWithTheReason() {
        CliRun run = run("report", SAMPLE.toString(), "--hedge-layer", "0");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("error: --hedge-layer: layer 0 'Core: SPXW Dec-09 "
                + "iron condor' is a CORE layer").contains("here: 1, 2");
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

    @Test
    void validateWarnsAboutImpossibleExpiriesAndStrictFails(@TempDir Path dir) throws IOException {
        // Issue 13: an SPXW on Saturday 2026-12-12 and a VIX option on a Friday.
        Path odd = editedSample(dir.resolve("odd.json"),
                "\"strike\": 7275, \"expiry\": \"2026-12-09\"", "\"strike\": 7275, \"expiry\": \"2026-12-12\"",
                "\"strike\": 22, \"expiry\": \"2026-12-16\"", "\"strike\": 22, \"expiry\": \"2026-12-18\"");
        CliRun run = run("validate", odd.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "warning: layers[0].legs[0].expiry: 2026-12-12 is a Saturday: SPX options do not expire on weekends",
                "warning: layers[1].legs[0].expiry: 2026-12-18 is a Friday, not a VIX settlement day: VIX futures and "
                        + "options settle on a Wednesday 30 days before an SPX expiry Friday (the monthly one this month "
                        + "is 2026-12-16), or the business day before when that Wednesday or Friday is a holiday",
                "ok");
        CliRun strict = run("validate", odd.toString(), "--strict");
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.errLines()).containsExactly("error: odd.json: 2 warnings under --strict");
        assertThat(run("validate", SAMPLE.toString(), "--strict").exitCode()).isZero();
    }
}
