package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.condordesk.model.OptionRight;
import org.condordesk.pricing.Bsm;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** issue 31 §1: {@code chain FILE --ladder --expiry DATE [--json]}, its contract keys and figures. */
class ChainLadderTest {

    private static final String SPX = "samples/chains/spx-quotedata-sample.csv";
    private static final String LONG = "samples/chains/spx-long-sample.csv";
    private static final String VIX = "samples/chains/vix-quotedata-sample.csv";
    private static final String[] SIDE_KEYS = {"bid", "ask", "mid", "iv", "delta", "gamma", "theta", "vega",
        "openInterest", "volume"};

    private static JsonNode row(JsonNode json, double strike) {
        for (JsonNode row : json.get("ladder")) {
            if (row.get("strike").asDouble() == strike) {
                return row;
            }
        }
        throw new AssertionError("no strike " + strike);
    }

    @Test
    void theLadderJsonHasEveryStrikeWithBothSidesAndTheContractKeys() {
        CliRun run = CliRun.of("chain", SPX, "--ladder", "--expiry", "2026-12-09", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("root").asText()).isEqualTo("SPXW");
        JsonNode atm = row(json, 7600);
        for (String side : new String[] {"call", "put"}) {
            for (String key : SIDE_KEYS) {
                assertThat(atm.get(side).has(key)).as(side + "." + key).isTrue();
            }
        }
        // The Cboe layout's volume and open interest are written as 0 in the sample (samples/chains/README.md).
        assertThat(atm.get("call").get("openInterest").isIntegralNumber()).isTrue();
        JsonNode call = atm.get("call");
        assertThat(call.get("mid").asDouble())
                .isCloseTo((call.get("bid").asDouble() + call.get("ask").asDouble()) / 2, within(1e-12));
        // The sample's smile is SSVI with ATM vol 14 % (samples/chains/README.md): the 7600 strike sits 0.1 % below F.
        assertThat(call.get("iv").asDouble()).isCloseTo(0.14, within(0.003));
    }

    @Test
    void greeksAreTheFiniteDifferencesOfTheBsmPriceAtTheQuotesOwnVol() {
        JsonNode json = CliRun.of("chain", SPX, "--ladder", "--expiry", "2026-12-09", "--json").json();
        JsonNode put = row(json, 7400).get("put");
        // The sample's market (samples/chains/README.md): S = 7600, r = 0.037, q = 0.012, 14.25 days to 9 Dec 16:00.
        double years = json.get("days").asDouble() / 365;
        double vol = put.get("iv").asDouble();
        double h = 0.01;
        double up = Bsm.price(OptionRight.PUT, 7600 + h, 7400, years, 0.037, 0.012, vol);
        double down = Bsm.price(OptionRight.PUT, 7600 - h, 7400, years, 0.037, 0.012, vol);
        double mid = Bsm.price(OptionRight.PUT, 7600, 7400, years, 0.037, 0.012, vol);
        // rate and yield are the ones the chain's parity implies, equal to the sample's within its quote rounding
        assertThat(put.get("delta").asDouble()).isCloseTo((up - down) / (2 * h), within(2e-3));
        assertThat(put.get("gamma").asDouble()).isCloseTo((up - 2 * mid + down) / (h * h), within(2e-5));
        double dayLater = Bsm.price(OptionRight.PUT, 7600, 7400, years - 1 / 365.0, 0.037, 0.012, vol);
        assertThat(put.get("theta").asDouble()).isCloseTo(dayLater - mid, within(0.05));
        double volUp = Bsm.price(OptionRight.PUT, 7600, 7400, years, 0.037, 0.012, vol + 0.0001);
        double volDown = Bsm.price(OptionRight.PUT, 7600, 7400, years, 0.037, 0.012, vol - 0.0001);
        assertThat(put.get("vega").asDouble()).isCloseTo((volUp - volDown) / 0.0002 / 100, within(2e-3));
    }

    @Test
    void theLongLayoutHasNoOpenInterestOrVolumeSoTheyAreNull() {
        JsonNode json = CliRun.of("chain", LONG, "--ladder", "--expiry", "2026-12-09", "--json").json();
        JsonNode call = row(json, 7600).get("call");
        assertThat(call.get("openInterest").isNull()).isTrue();
        assertThat(call.get("volume").isNull()).isTrue();
        assertThat(call.get("bid").isNumber()).isTrue();
    }

    @Test
    void aVixLadderPricesOffItsFuture() {
        JsonNode json = CliRun.of("chain", VIX, "--ladder", "--expiry", "2026-12-16", "--json").json();
        // The sample's Dec VX future is 17.45 (samples/chains/README.md): parity recovers it within quote rounding.
        assertThat(json.get("forward").asDouble()).isCloseTo(17.45, within(0.05));
        assertThat(json.get("underlyingPrice").asDouble()).isEqualTo(json.get("forward").asDouble());
    }

    @Test
    void theTextLadderMarksTheForwardAndTwoRootsNeedNoFlag() {
        CliRun text = CliRun.of("chain", SPX, "--ladder", "--expiry", "2026-12-09");
        assertThat(text.out()).contains("SPXW 2026-12-09 PM", ">7,605.00");
        // 18 Dec has SPX (AM) and SPXW (PM): the PM root by default, --root picks the other.
        assertThat(CliRun.of("chain", SPX, "--ladder", "--expiry", "2026-12-18", "--json").json().get("root").asText())
                .isEqualTo("SPXW");
        assertThat(CliRun.of("chain", SPX, "--ladder", "--expiry", "2026-12-18", "--root", "SPX", "--json").json()
                .get("root").asText()).isEqualTo("SPX");
        CliRun noExpiry = CliRun.of("chain", SPX, "--ladder");
        assertThat(noExpiry.exitCode()).isEqualTo(2);
        assertThat(noExpiry.errLines()).singleElement().asString().isEqualTo(
                "error: --ladder: needs --expiry DATE (the ladder is one expiry's strikes)");
    }
}
