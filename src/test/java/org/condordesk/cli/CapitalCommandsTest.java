package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code capital}, {@code stress} and {@code hedge} on the bundled sample: the contract keys, flags and errors. */
class CapitalCommandsTest {

    private static final String SAMPLE = "samples/condor-vix-hedge.json";

    @Test
    void capitalJsonHasMarginReturnOnMarginIrrAndNpvAndEachLayersFigures() {
        CliRun run = CliRun.of("capital", SAMPLE, "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = run.json();
        for (String key : new String[] {"margin", "returnOnMargin", "irr", "npv", "layers", "hedges", "costOfCapital",
            "horizon", "distribution", "riskArray", "expectedFlows"}) {
            assertThat(json.has(key)).as(key).isTrue();
        }
        // The condor: wider wing 75 × 100 × 10 = $75,000 (the width of either side).
        assertThat(json.get("margin").get("layers").get(0).get("requirement").asDouble()).isEqualTo(75_000);
        assertThat(json.get("margin").get("vxMarginPlaceholder").asBoolean()).isTrue();
        JsonNode layer = json.get("layers").get(0);
        for (String key : new String[] {"margin", "capital", "returnOnMargin", "irr", "npv", "expectedPnl", "expectedFlows"}) {
            assertThat(layer.has(key)).as("layers[0]." + key).isTrue();
        }
        assertThat(json.get("returnOnMargin").has("period")).isTrue();
        assertThat(json.get("returnOnMargin").has("annualised")).isTrue();
        JsonNode hedge = json.get("hedges").get(0);
        for (String key : new String[] {"capitalEfficiency", "irrWith", "irrWithout", "effect", "npvAtCostOfCapital",
            "paysForCapital", "verdict", "stressPaths"}) {
            assertThat(hedge.has(key)).as("hedges[0]." + key).isTrue();
        }
        assertThat(hedge.get("verdict").asText()).isIn("pays for its capital", "does not pay for itself");
    }

    @Test
    void theCostOfCapitalFlagAndTheVxMarginFlagReplaceTheScenariosFigures() {
        JsonNode json = CliRun.of("capital", SAMPLE, "--json", "--cost-of-capital", "0.08", "--vx-margin", "7500",
                "--no-history").json();
        assertThat(json.get("costOfCapital").get("annualRate").asDouble()).isEqualTo(0.08);
        assertThat(json.get("margin").get("vxMarginPlaceholder").asBoolean()).isFalse();
        // Two Jan futures at $7,500 each.
        assertThat(json.get("margin").get("layers").get(2).get("requirement").asDouble()).isEqualTo(15_000);
        assertThat(json.get("distribution").get("paths").asInt()).isZero();
        // Without history the expectation is the market-unchanged path: the NPV at 8 % of the total's two flows.
        JsonNode flows = json.get("expectedFlows");
        double years = flows.get(1).get("days").asDouble() / 365;
        double npv = flows.get(0).get("amount").asDouble() + flows.get(1).get("amount").asDouble() * Math.pow(1.08, -years);
        assertThat(json.get("npv").asDouble()).isCloseTo(npv, within(1e-6));
    }

    @Test
    void stressJsonListsEachStressWithCoreHedgeTotalAndLayers() {
        JsonNode json = CliRun.of("stress", SAMPLE, "--json").json();
        JsonNode stresses = json.get("stresses");
        assertThat(stresses).hasSize(6 + 2 + 9 + 5);             // the sample saves two stresses of its own
        for (JsonNode stress : stresses) {
            for (String key : new String[] {"name", "core", "hedge", "total", "layers"}) {
                assertThat(stress.has(key)).as(key).isTrue();
            }
            assertThat(stress.get("total").asDouble()).isCloseTo(stress.get("core").asDouble() + stress.get("hedge").asDouble(),
                    within(1e-6));
            assertThat(stress.get("layers")).hasSize(3);
        }
        assertThat(stresses.get(0).get("name").asText()).isEqualTo("Volmageddon 2018-02-05");
        assertThat(json.get("convexity")).hasSize(2);
    }

    @Test
    void hedgeJsonGivesTheSizesPerHedgeLayerAndTheVegaNeutralOnesBeside() {
        JsonNode json = CliRun.of("hedge", SAMPLE, "--mode", "min-variance", "--json").json();
        assertThat(json.get("mode").asText()).isEqualTo("min-variance");
        assertThat(json.get("sizes")).hasSize(2);
        assertThat(json.get("figures").has("worst")).isTrue();
        assertThat(json.get("vegaNeutral").get("mode").asText()).isEqualTo("vega");
        assertThat(json.get("figures").get("standardDeviation").asDouble())
                .isLessThanOrEqualTo(json.get("vegaNeutral").get("figures").get("standardDeviation").asDouble());
        assertThat(CliRun.of("hedge", SAMPLE, "--mode", "vega", "--json").json().has("vegaNeutral")).isFalse();
    }

    @Test
    void badFlagsExitTwoWithOneLine() {
        CliRun mode = CliRun.of("hedge", SAMPLE, "--mode", "cheapest");
        assertThat(mode.exitCode()).isEqualTo(2);
        assertThat(mode.errLines()).hasSize(1);
        assertThat(mode.err()).contains("'cheapest' is not a hedge mode: use vega, min-variance or min-worst");
        CliRun cost = CliRun.of("capital", SAMPLE, "--cost-of-capital", "9");
        assertThat(cost.exitCode()).isEqualTo(2);
        assertThat(cost.errLines()).containsExactly("error: --cost-of-capital: must be between -0.5 and 5, got 9");
        CliRun both = CliRun.of("stress", SAMPLE, "--no-history", "--history-dir", "samples/history");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.errLines()).containsExactly("error: --no-history: cannot be combined with --history-dir");
    }

    @Test
    void textOutputSaysWhetherEachHedgeLayerPaysForItsCapital() {
        CliRun run = CliRun.of("capital", SAMPLE, "--no-history");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Does each hedge layer pay for its capital?")
                .contains("Hedge 1: VIX Dec/Feb call diagonal: ").contains("PLACEHOLDER");
    }
}
