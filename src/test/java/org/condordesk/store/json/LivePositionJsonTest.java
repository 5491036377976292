package org.condordesk.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.condordesk.model.FuturesProduct;
import org.condordesk.model.Leg;
import org.condordesk.model.PositionStatus;
import org.condordesk.model.Scenario;
import org.condordesk.model.VixFuture;
import org.junit.jupiter.api.Test;

/** Issue 17's schema 3 additions (docs/scenario-format.md): status, fills, rolls, VXM, ETF options, and older files. */
class LivePositionJsonTest {

    private static final String FILLS = "[{\"time\": \"2026-11-23T10:15:00\", \"quantity\": -10, \"price\": 21.40, \"fees\": 6.5},"
            + " {\"time\": \"2026-11-24T14:05:00\", \"quantity\": 4, \"price\": 12.00}]";

    /** The sample with its short put given fills (others too, as a live position needs) and the status LIVE. */
    private static SampleEdits live() {
        SampleEdits edits = SampleEdits.hedged().set("/status", "\"LIVE\"");
        int[] legs = {4, 2, 1};
        for (int layer = 0; layer < legs.length; layer++) {
            for (int leg = 0; leg < legs[layer]; leg++) {
                String path = "/layers/" + layer + "/legs/" + leg;
                double entry = edits.tree().at(path + "/entryPrice").asDouble();
                int quantity = edits.tree().at(path + "/quantity").asInt();
                edits.remove(path + "/quantity").remove(path + "/entryPrice")
                        .set(path + "/fills", "[{\"time\": \"2026-11-23T10:15:00\", \"quantity\": " + quantity
                                + ", \"price\": " + entry + "}]");
            }
        }
        return edits.set("/layers/0/legs/1/fills", FILLS);
    }

    @Test
    void aLiveFileReadsItsFillsAndDerivesQuantityAndEntry() {
        Scenario scenario = ScenarioJson.parse(live().json());
        assertThat(scenario.status()).isEqualTo(PositionStatus.LIVE);
        Leg put = scenario.layers().get(0).legs().get(1);
        assertThat(put.quantity()).isEqualTo(-6);
        assertThat(put.entryPrice()).isEqualTo(21.40);
        assertThat(put.fills()).hasSize(2);
        assertThat(put.fills().get(1).fees()).isZero(); // fees default to 0
        // What this build writes reads back equal, byte for byte the second time.
        String written = ScenarioJson.write(scenario);
        assertThat(ScenarioJson.parse(written)).isEqualTo(scenario);
        assertThat(ScenarioJson.write(ScenarioJson.parse(written))).isEqualTo(written);
        assertThat(written).doesNotContain("\"entryPrice\": 21.4,").contains("\"fills\"");
    }

    @Test
    void aFileFromBeforeThisBuildReadsAsAPlanOfStandardFutures() {
        Scenario old = ScenarioJson.parse(SampleEdits.hedged().remove("/status").remove("/layers/2/legs/0/product").json());
        assertThat(old.status()).isEqualTo(PositionStatus.PLAN);
        assertThat(((VixFuture) old.layers().get(2).legs().get(0).instrument()).product()).isEqualTo(FuturesProduct.VX);
        // The release-2 file of the same sample still reads to the same layers.
        Scenario v2 = ScenarioJson.read(Path.of("src/test/resources/scenarios/v2-condor-vix-hedge.json"));
        assertThat(v2.status()).isEqualTo(PositionStatus.PLAN);
        assertThat(v2.layers()).isEqualTo(old.layers());
    }

    @Test
    void vxmAndEtfOptionsReadAndWrite() {
        Scenario scenario = ScenarioJson.parse(SampleEdits.hedged().set("/layers/2/legs/0/product", "\"VXM\"")
                .set("/layers/1/legs/0", "{\"instrument\": \"VIX_ETF_OPTION\", \"symbol\": \"VXX\", \"targetTenorDays\": 30,"
                        + " \"leverage\": 1.0, \"right\": \"CALL\", \"strike\": 45, \"expiry\": \"2027-01-15\","
                        + " \"quantity\": 5, \"entryPrice\": 3.1, \"impliedVol\": 0.8}").json());
        assertThat(scenario.layers().get(2).legs().get(0).instrument().multiplier()).isEqualTo(100);
        assertThat(scenario.layers().get(1).legs().get(0).instrument().label()).isEqualTo("VXX 2027-01-15 45 CALL");
        assertThat(ScenarioJson.parse(ScenarioJson.write(scenario))).isEqualTo(scenario);
    }

    private static String rejection(SampleEdits edits) {
        try {
            ScenarioJson.parse(edits.json());
        } catch (org.condordesk.model.ValidationException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void whatContradictsTheFillsOrTheStatusIsRefusedAtItsPath() {
        assertThat(rejection(live().set("/layers/0/legs/1/quantity", "-6")))
                .startsWith("layers[0].legs[1].quantity: unknown field for a SPX_OPTION leg with fills (allowed: ");
        assertThat(rejection(live().set("/status", "\"PLAN\"")))
                .isEqualTo("layers[0].legs[0].fills: a plan's legs carry no fills (set status LIVE for a live position)");
        assertThat(rejection(SampleEdits.hedged().set("/status", "\"LIVE\"")))
                .isEqualTo("layers[0].legs[0].fills: is missing: every leg of a live position carries its fills");
        assertThat(rejection(live().set("/layers/0/legs/1/fills", "[]")))
                .isEqualTo("layers[0].legs[1].fills: needs at least one fill (leave the field out for a plan leg)");
        assertThat(rejection(live().set("/layers/0/legs/1/fills/1/time", "\"2026-11-22T10:00:00\"")))
                .isEqualTo("layers[0].legs[1].fills[1].time: is before the previous fill's 2026-11-23T10:15 (fills are kept "
                        + "in time order)");
        assertThat(rejection(live().set("/layers/0/sizeMultiplier", "2.0")))
                .startsWith("layers[0].sizeMultiplier: must be 1 for a layer of a live position");
        assertThat(rejection(SampleEdits.hedged().set("/status", "\"OPEN\"")))
                .isEqualTo("status: unknown value \"OPEN\" (allowed: PLAN, LIVE)");
        assertThat(rejection(SampleEdits.hedged().set("/layers/2/legs/0/product", "\"VXS\"")))
                .isEqualTo("layers[2].legs[0].product: unknown value \"VXS\" (allowed: VX, VXM)");
    }
}
