package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;

import org.condordesk.pricing.Normal;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** issue 31 §4: {@code report --json} carries {@code probabilities} with the contract's keys; the text prints them. */
class ReportProbabilitiesTest {

    private static final Path SAMPLE = Path.of("samples", "condor-vix-hedge.json");

    @Test
    void jsonCarriesTheContractKeysWithNumbersAndAnArrayOfTouches() {
        JsonNode p = CliRun.of("report", SAMPLE.toString(), "--json", "--loss-beyond", "5000").json().get("probabilities");
        assertThat(p.get("expectedMove").isObject()).isTrue();
        for (String key : new String[] {"profitAtExpiry", "profitAtTn", "maxProfit"}) {
            assertThat(p.get(key).isNumber()).as(key).isTrue();
            assertThat(p.get(key).asDouble()).as(key).isBetween(0.0, 1.0);
        }
        assertThat(p.get("touch").isArray()).isTrue();
        assertThat(p.get("touch")).extracting(t -> t.get("strike").asDouble()).containsExactly(7350.0, 7800.0);
        assertThat(p.get("lossBeyond").get("level").asDouble()).isEqualTo(5000);
        // The sample's ATM vol is 0.9·VIX = 14.76 % (VIX 16.4, 30-day tenor and shorter are flat): one sd over the
        // 14.25 days to the 9 Dec 16:00 expiry is 7600·0.1476·√(14.25/365) (hand formula).
        assertThat(p.get("expectedMove").get("fromImpliedVol").asDouble())
                .isCloseTo(7600 * 0.1476 * Math.sqrt(14.25 / 365), within(1e-6));
        // A probability of touch exceeds the probability of finishing beyond the strike (a path that ends beyond it
        // touched it): P(S_T < 7350) under a lognormal at the strike's vol, N(−d₂), is a lower bound with slack.
        double vol = p.get("touch").get(0).get("volUsed").asDouble();
        double years = 14.25 / 365;
        double d2 = (Math.log(7600 * Math.exp(0.025 * years) / 7350) - vol * vol * years / 2) / (vol * Math.sqrt(years));
        assertThat(p.get("touch").get(0).get("probability").asDouble()).isGreaterThan(Normal.cdf(-d2));
    }

    @Test
    void textPrintsTheProbabilitiesAndABadLevelIsOneLine() {
        CliRun run = CliRun.of("report", SAMPLE.toString());
        assertThat(run.out()).contains("Expected move to 2026-12-09", "Profit at expiry", "Touch SPX 2026-12-09 PM 7350 PUT",
                "Loss beyond");
        CliRun bad = CliRun.of("report", SAMPLE.toString(), "--loss-beyond", "-5");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.errLines()).singleElement().asString().startsWith("error: --loss-beyond");
    }

    @Test
    void aSettledBookHasNullProbabilities() {
        JsonNode json = CliRun.of("report", SAMPLE.toString(), "--at", "2027-03-01", "--json").json();
        assertThat(json.get("probabilities").isNull()).isTrue();
    }
}
