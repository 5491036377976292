package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.store.json.ScenarioJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The trade commands of docs/cli.md end to end: files in, files out, one line and exit 2 on bad input. */
class TradeCommandsTest {

    private static final String SAMPLE = "samples/condor-vix-hedge.json";

    @TempDir
    Path dir;

    private Path live() {
        Path out = dir.resolve("live.json");
        CliRun run = CliRun.of("mark-live", SAMPLE, "--date", "2026-11-24", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("marked live: 7 legs");
        return out;
    }

    @Test
    void aRollAWeekLaterIsBookedAndShownAtItsOwnInstant() throws Exception {
        // Issue 25 §3: trading at model moves cash between legs and books no P&L, so the position's P&L just before
        // and just after the roll, both at the roll's instant, must agree (the identity, not a copied figure).
        Path rolled = dir.resolve("rolled-later.json");
        CliRun run = CliRun.of("roll", live().toString(), "--layer", "1", "--to-expiry", "2026-12-16", "--at-model",
                "--date", "2026-12-02", "--out", rolled.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("positionAfter").get("pnl").asDouble())
                .isCloseTo(json.get("positionBefore").get("pnl").asDouble(), within(1e-6));
        // The new legs were filled at the model price of 2 Dec 10:00: the report of the rolled file at that date
        // prices each at its fill (no phantom P&L on a leg either).
        JsonNode report = CliRun.of("report", rolled.toString(), "--at", "2026-12-02", "--json").json();
        for (JsonNode leg : report.get("layers").get(0).get("legs")) {
            if (leg.get("expiry").asText().equals("2026-12-16")) {
                assertThat(leg.get("unrealizedPnl").asDouble()).as(leg.get("label").asText()).isCloseTo(0, within(1e-6));
            }
        }
    }

    @Test
    void closeALegAtATypedPriceRealisesItsPnlAndReportSplitsIt() throws Exception {
        Path closed = dir.resolve("closed.json");
        CliRun run = CliRun.of("close", live().toString(), "--layer", "1", "--leg", "2", "--price", "12.00",
                "--date", "2026-11-25", "--out", closed.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // The short 7350 put, sold 10 at 21.40, bought back at 12.00: (21.40 − 12.00)·10·100 = 9 400 realised,
        // 10 × 12.00 × 100 = 12 000 paid.
        JsonNode json = run.json();
        assertThat(json.get("realizedPnl").asDouble()).isCloseTo(9400, within(1e-9));
        assertThat(json.get("cash").asDouble()).isCloseTo(-12000, within(1e-9));
        assertThat(json.get("fills").get(0).get("quantity").asInt()).isEqualTo(10);
        Leg put = ScenarioJson.read(closed).layers().get(0).legs().get(1);
        assertThat(put.isClosed()).isTrue();

        CliRun report = CliRun.of("report", closed.toString(), "--json");
        assertThat(report.exitCode()).as(report.err()).isZero();
        JsonNode root = report.json();
        assertThat(root.get("status").asText()).isEqualTo("LIVE");
        assertThat(root.get("realizedPnl").asDouble()).isCloseTo(9400, within(1e-9));
        assertThat(root.get("pnl").asDouble()).isCloseTo(root.get("realizedPnl").asDouble()
                + root.get("unrealizedPnl").asDouble(), within(1e-6));
        JsonNode condor = root.get("layers").get(0);
        assertThat(condor.get("realizedPnl").asDouble()).isCloseTo(9400, within(1e-9));
        assertThat(condor.get("pnl").asDouble()).isCloseTo(condor.get("realizedPnl").asDouble()
                + condor.get("unrealizedPnl").asDouble(), within(1e-6));
        assertThat(root.get("layers").get(1).get("realizedPnl").asDouble()).isZero();
    }

    @Test
    void closeFourOfTheTenAndThenTheRest() throws Exception {
        Path four = dir.resolve("four.json");
        Path rest = dir.resolve("rest.json");
        // The short 7350 put sold 10 at 21.40: buy back 4 at 12.00, (21.40 − 12.00)·4·100 = +3 760;
        // then the other 6 at 30.00, (21.40 − 30.00)·6·100 = −5 160; together −1 400.
        CliRun first = CliRun.of("close", live().toString(), "--layer", "1", "--leg", "2", "--quantity", "4",
                "--price", "12.00", "--date", "2026-11-25", "--out", four.toString(), "--json");
        assertThat(first.json().get("realizedPnl").asDouble()).isCloseTo(3760, within(1e-9));
        CliRun second = CliRun.of("close", four.toString(), "--layer", "1", "--leg", "2", "--price", "30.00",
                "--date", "2026-11-26", "--out", rest.toString(), "--json");
        assertThat(second.json().get("realizedPnl").asDouble()).isCloseTo(-5160, within(1e-9));
        assertThat(CliRun.of("report", rest.toString(), "--json").json().get("realizedPnl").asDouble())
                .isCloseTo(-1400, within(1e-9));
        CliRun noLeg = CliRun.of("close", four.toString(), "--layer", "1", "--quantity", "2", "--at-model",
                "--date", "2026-11-26", "--out", rest.toString());
        assertThat(noLeg.errLines()).containsExactly("error: --quantity: closes part of one leg: add --leg M");
    }

    @Test
    void rollTheFuturesAtModelPrintsTheCashAndBothSidesOfTheGreeks() throws Exception {
        Path rolled = dir.resolve("rolled.json");
        CliRun run = CliRun.of("roll", live().toString(), "--layer", "3", "--to-expiry", "2027-02-17", "--at-model",
                "--out", rolled.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // 2 Jan VX bought at 18.50, closed at the curve's 18.55: (18.55 − 18.50)·2·1000 = 100 of variation margin.
        assertThat(run.out()).contains("cash 100.00 $, realised P&L 100.00 $");
        assertThat(run.out()).contains("layer before").contains("position after").contains("VIX vega $/VIX pt");
        Scenario scenario = ScenarioJson.read(rolled);
        assertThat(scenario.layers().get(2).rolls()).hasSize(1);
        assertThat(scenario.layers().get(2).legs().get(1).instrument().label()).isEqualTo("VX 2027-02-17");
    }

    @Test
    void importFillsWritesALivePositionAndNamesEveryRowItLeftOut() throws Exception {
        Path out = dir.resolve("imported.json");
        CliRun run = CliRun.of("import-fills", "generic", "samples/fills/generic-fills.csv", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("imported 7 legs in 3 layers").contains("layer 1 'SPX 2026-12-09 iron condor' (CORE)");
        assertThat(ScenarioJson.read(out).isLive()).isTrue();

        Path broken = dir.resolve("broken.json");
        CliRun strict = CliRun.of("import-fills", "generic", "src/test/resources/fills/generic-broken.csv",
                "--out", broken.toString(), "--strict");
        assertThat(strict.out()).contains("not imported: line 3: symbol: root 'AAPL'");
        assertThat(strict.exitCode()).isEqualTo(2);
        assertThat(strict.errLines()).containsExactly("error: --strict: 7 rows or legs not imported (listed above); "
                + broken + " was not written");
        assertThat(broken).as("issue 26 §4: validated before anything is written").doesNotExist();
    }

    @Test
    void reportListsTheWholeContractSizesOfEveryHedgeSolveWithTheirResidual() {
        CliRun run = CliRun.of("report", SAMPLE, "--json");
        JsonNode root = run.json();
        double net = root.get("netVixVega").asDouble();
        for (JsonNode solve : root.get("hedgeSolves")) {
            if (!solve.get("feasible").asBoolean()) {
                assertThat(solve.get("wholeContracts")).isEmpty();
                continue;
            }
            JsonNode layer = root.get("layers").get(solve.get("layer").asInt());
            JsonNode sizes = solve.get("wholeContracts");
            assertThat(sizes.size()).isGreaterThanOrEqualTo(2);
            for (int i = 0; i < 2; i++) {
                double size = sizes.get(i).get("size").asDouble();
                // net(m) = net − layerNow + unit·m, from the report's own per-layer figures.
                double hand = net - layer.get("netVixVega").asDouble() + layer.get("vixVegaAtUnitSize").asDouble() * size;
                assertThat(sizes.get(i).get("netVixVega").asDouble()).isCloseTo(hand, within(1e-6));
            }
            assertThat(sizes.get(0).get("size").asDouble()).isLessThanOrEqualTo(solve.get("multiplier").asDouble());
            assertThat(sizes.get(1).get("size").asDouble()).isGreaterThan(solve.get("multiplier").asDouble());
        }
    }

    @Test
    void badInputIsOneLineAndExitTwo() throws Exception {
        Path out = dir.resolve("x.json");
        CliRun plan = CliRun.of("close", SAMPLE, "--layer", "1", "--at-model", "--date", "2026-11-25", "--out", out.toString());
        assertThat(plan.exitCode()).isEqualTo(2);
        assertThat(plan.errLines()).containsExactly("error: status: the scenario is a plan: mark it live first (its legs need fills)");
        CliRun zero = CliRun.of("close", live().toString(), "--layer", "0", "--at-model", "--date", "2026-11-25",
                "--out", out.toString());
        assertThat(zero.errLines()).containsExactly("error: --layer: counts from 1 (as the GUI shows layers and legs), got 0");
        CliRun both = CliRun.of("close", live().toString(), "--layer", "1", "--at-model", "--price", "3", "--date",
                "2026-11-25", "--out", out.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.errLines()).hasSize(1);
        CliRun noPrice = CliRun.of("close", live().toString(), "--layer", "1", "--date", "2026-11-25", "--out", out.toString());
        assertThat(noPrice.exitCode()).isEqualTo(2);
        assertThat(noPrice.errLines()).hasSize(1);
        CliRun mode = CliRun.of("roll", live().toString(), "--layer", "1", "--to-expiry", "2026-12-16", "--mode", "widest",
                "--out", out.toString());
        assertThat(mode.errLines()).containsExactly("error: --mode: 'widest' is not same-strikes, same-deltas or same-width");
        CliRun broker = CliRun.of("import-fills", "schwab", "samples/fills/generic-fills.csv", "--out", out.toString());
        assertThat(broker.errLines()).containsExactly("error: BROKER: 'schwab' is not one of ibkr, tos, tasty, generic");
        assertThat(Files.exists(out)).isFalse();
    }
}
