package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Issue 25 §2's reproduction: valuation Friday 12 Mar 2027 15:00, a short SPXW 7600 straddle expiring Monday
 * 15 Mar PM. {@code report --at 2027-03-15} must value Monday 15:00 EDT, one hour before the close, not 16:00 (three
 * days of 86,400 s cross the spring change and land on the settlement).
 */
class ClockRuleReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void atAMondayAfterTheSpringChangeIsFifteenHundredAndTheStraddleStillHasAnHourToRun() throws Exception {
        Path file = straddle();
        JsonNode report = CliRun.of("report", file.toString(), "--at", "2027-03-15", "--json").json();
        assertThat(report.get("asOf").asText()).isEqualTo("2027-03-15T15:00");
        JsonNode call = report.get("layers").get(0).get("legs").get(0);
        JsonNode put = report.get("layers").get(0).get("legs").get(1);
        // One hour left: 1/24 day.
        assertThat(call.get("daysToExpiry").asDouble()).isCloseTo(1.0 / 24, within(1e-9));
        assertThat(call.get("settledBefore").asBoolean()).isFalse();
        assertThat(call.get("impliedVol").asDouble()).isEqualTo(0.15);
        // Hand Black-Scholes-Merton (Hull, Options, Futures and Other Derivatives, ch. 15) with T = 1 h / 365 days.
        double[] hand = bsmStraddle(7600, 7600, 1.0 / 24 / 365, 0.037, 0.012, 0.15);
        assertThat(call.get("price").asDouble()).isCloseTo(hand[0], within(1e-8));
        assertThat(put.get("price").asDouble()).isCloseTo(hand[1], within(1e-8));
        // P&L of −10 each sold at 30: 10 × 100 × (30 − price) per leg.
        double pnl = 1000 * (30 - hand[0]) + 1000 * (30 - hand[1]);
        assertThat(report.get("pnl").asDouble()).isCloseTo(pnl, within(1e-5));
        // Gamma of −20 options: −20 × 100 × e^{−qT} φ(d1) / (S σ √T); the settled straddle had none.
        assertThat(report.get("greeks").get("spxGamma").asDouble()).isCloseTo(-2000 * hand[2], within(1e-6));
    }

    /** Call, put and gamma per unit by the closed form. */
    private static double[] bsmStraddle(double spot, double strike, double years, double rate, double yield, double vol) {
        NormalDistribution n = new NormalDistribution();
        double sd = vol * Math.sqrt(years);
        double d1 = (Math.log(spot / strike) + (rate - yield + vol * vol / 2) * years) / sd;
        double d2 = d1 - sd;
        double call = spot * Math.exp(-yield * years) * n.cumulativeProbability(d1)
                - strike * Math.exp(-rate * years) * n.cumulativeProbability(d2);
        double put = strike * Math.exp(-rate * years) * n.cumulativeProbability(-d2)
                - spot * Math.exp(-yield * years) * n.cumulativeProbability(-d1);
        double gamma = Math.exp(-yield * years) * n.density(d1) / (spot * sd);
        return new double[] {call, put, gamma};
    }

    private Path straddle() throws Exception {
        ObjectNode scenario = (ObjectNode) JSON.readTree(Path.of("samples/condor-only.json").toFile());
        scenario.put("valuationTime", "2027-03-12T15:00:00");
        ArrayNode futures = JSON.createArrayNode();
        for (String[] quote : new String[][] {{"2027-03-17", "19.7"}, {"2027-04-21", "20.05"}, {"2027-05-19", "20.3"}}) {
            futures.addObject().put("expiry", quote[0]).put("price", Double.parseDouble(quote[1]));
        }
        ((ObjectNode) scenario.get("market")).set("vixFutures", futures);
        scenario.set("events", JSON.createArrayNode());
        ObjectNode layer = (ObjectNode) scenario.get("layers").get(0);
        ArrayNode legs = JSON.createArrayNode();
        for (String right : new String[] {"CALL", "PUT"}) {
            legs.addObject().put("instrument", "SPX_OPTION").put("right", right).put("strike", 7600)
                    .put("expiry", "2027-03-15").put("settlement", "PM").put("quantity", -10).put("entryPrice", 30.0)
                    .put("impliedVol", 0.15);
        }
        layer.set("legs", legs);
        ArrayNode layers = JSON.createArrayNode();
        layers.add(layer);
        scenario.set("layers", layers);
        Path file = dir.resolve("straddle.json");
        Files.writeString(file, JSON.writeValueAsString(scenario));
        return file;
    }
}
