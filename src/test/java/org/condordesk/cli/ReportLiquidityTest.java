package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** The {@code liquidity} section of {@code report}, figures worked by hand from samples/condor-vix-hedge.json. */
class ReportLiquidityTest {

    @Test
    void jsonCarriesTheQuickRatioPerLayer() {
        JsonNode liquidity = CliRun.of("report", "samples/condor-vix-hedge.json", "--json").json().get("liquidity");
        assertThat(liquidity.get("maxShareOfEdge").asDouble()).isEqualTo(0.2);
        JsonNode condor = liquidity.get("layers").get(0);
        // half-spreads 0.20 + 0.20 + 0.20 + 0.15 points × 10 lots × 100 = $750 each way; credit $13,300
        assertThat(condor.get("roundTripCost").asDouble()).isCloseTo(1500, within(1e-9));
        assertThat(condor.get("edge").asDouble()).isCloseTo(13_300, within(1e-9));
        assertThat(condor.get("shareOfEdge").asDouble()).isCloseTo(1500 / 13_300.0, within(1e-12));
        assertThat(condor.get("flagged").asBoolean()).isFalse();
        JsonNode diagonal = liquidity.get("layers").get(1);
        assertThat(diagonal.get("roundTripCost").asDouble()).isCloseTo(1200, within(1e-9));
        assertThat(diagonal.get("vixVegaPerSpreadDollar").asDouble())
                .isCloseTo(diagonal.get("edge").asDouble() / 1200, within(1e-12));
        assertThat(CliRun.of("report", "samples/condor-vix-hedge.json", "--json", "--max-cost-share", "0.1")
                .json().get("liquidity").get("layers").get(0).get("flagged").asBoolean()).isTrue();
    }

    @Test
    void textShowsTheSectionAndFlags() {
        assertThat(CliRun.of("report", "samples/condor-vix-hedge.json").out())
                .contains("Liquidity (quick ratio", "cost / edge %", "COSTLY");
    }
}
