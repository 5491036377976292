package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.condordesk.chain.SampleChains;
import org.condordesk.chain.VixFromChain;
import org.condordesk.market.OptionChain;
import org.condordesk.market.OptionQuote;
import org.condordesk.market.OptionRoot;
import org.condordesk.model.OptionRight;
import org.condordesk.store.csv.ChainCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code chain}, {@code vix-from-chain} and {@code parity} end to end on the sample files: the contract keys. */
class ChainCommandsTest {

    private static final String SPX = "samples/chains/spx-quotedata-sample.csv";

    @Test
    void chainJsonGivesEveryExpirysForwardDiscountFactorAtmVolAndSmile() {
        CliRun run = CliRun.of("chain", SPX, "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = run.json();
        assertThat(json.get("underlying").asText()).isEqualTo("SPX");
        assertThat(json.get("expiries")).hasSize(9);
        JsonNode first = json.get("expiries").get(1);
        for (String key : new String[] {"expiry", "root", "settlement", "forward", "discountFactor", "atmVol", "smile"}) {
            assertThat(first.has(key)).as(key).isTrue();
        }
        for (String key : new String[] {"a", "b", "rho", "m", "sigma", "arbitrageFree"}) {
            assertThat(first.get("smile").has(key)).as(key).isTrue();
        }
        // the model: F = 7600·e^{(0.037 − 0.012)·T}, ATM vol 14 % (samples/chains/README.md)
        double years = first.get("days").asDouble() / 365;
        assertThat(first.get("forward").asDouble()).isCloseTo(7600 * Math.exp(0.025 * years), within(0.1));
        assertThat(first.get("atmVol").asDouble()).isCloseTo(0.14, within(0.002));
        assertThat(first.has("quotes")).isFalse();
    }

    @Test
    void chainWithAnExpiryListsItsStrikes() {
        JsonNode json = CliRun.of("chain", SPX, "--expiry", "2026-12-18", "--json").json();
        assertThat(json.get("expiries")).hasSize(2);                    // SPX AM and SPXW PM settle that day
        JsonNode row = json.get("expiries").get(0).get("quotes").get(100);
        for (String key : new String[] {"strike", "callBid", "callAsk", "putBid", "putAsk", "callMidVol", "putMidVol", "fitVol"}) {
            assertThat(row.has(key)).as(key).isTrue();
        }
    }

    @Test
    void vixFromChainJsonCarriesTheContractKeys() {
        CliRun run = CliRun.of("vix-from-chain", SPX, "--rate", "0.037", "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode json = run.json();
        VixFromChain.Result direct = VixFromChain.compute(SampleChains.spx(), e -> 0.037);
        assertThat(json.get("vix").asDouble()).isCloseTo(direct.vix(), within(1e-12));
        assertThat(json.get("nearVariance").asDouble()).isCloseTo(direct.nearVariance(), within(1e-15));
        assertThat(json.get("nextVariance").asDouble()).isCloseTo(direct.nextVariance(), within(1e-15));
        assertThat(json.get("strikesUsed").get("near").asInt()).isEqualTo(direct.near().strikesUsed());
        assertThat(json.get("near").get("strikesUsed").asInt()).isEqualTo(direct.near().strikesUsed());
        assertThat(json.get("next").get("expiry").asText()).isEqualTo("SPXW 2026-12-31");
        assertThat(CliRun.of("vix-from-chain", SPX).out()).contains("VIX from the chain:");
    }

    @Test
    void parityJsonListsThePlantedConversionFirst(@TempDir Path dir) throws IOException {
        OptionChain sample = SampleChains.spx();
        List<OptionQuote> quotes = sample.quotes().stream().map(q -> q.root() == OptionRoot.SPXW
                && q.expiry().toString().equals("2026-12-24") && q.strike() == 7700 && q.right() == OptionRight.PUT
                ? OptionQuote.of(q.root(), q.expiry(), q.strike(), q.right(), q.bid() + 4, q.bid() + 4.4) : q).toList();
        Path file = dir.resolve("planted.csv");
        Files.writeString(file, ChainCsvWriter.cboeQuoteTable(new OptionChain("SPX", sample.underlyingPrice(),
                sample.quoteTime(), quotes), "SP 500 INDEX"), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("parity", file.toString(), "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode list = run.json();
        assertThat(list.isArray()).isTrue();
        JsonNode top = list.get(0);
        for (String key : new String[] {"expiry", "strike", "kind", "edge"}) {
            assertThat(top.has(key)).as(key).isTrue();
        }
        // a put bid over fair value: the reversal (sell the put at its bid) pays
        assertThat(top.get("kind").asText()).isEqualTo("reversal");
        assertThat(top.get("expiry").asText()).isEqualTo("2026-12-24");
        assertThat(top.get("strike").asDouble()).isEqualTo(7700);
        assertThat(top.get("edge").asDouble()).isPositive();
        assertThat(CliRun.of("parity", SPX, "--json").json()).isEmpty();
    }

    @Test
    void badInputIsOneLineOnStderr() {
        CliRun missing = CliRun.of("chain", "nope.csv");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errLines()).containsExactly("error: nope.csv: no such file");
        CliRun vix = CliRun.of("vix-from-chain", "samples/chains/vix-quotedata-sample.csv");
        assertThat(vix.exitCode()).isEqualTo(2);
        assertThat(vix.errLines()).containsExactly("error: chain: the VIX is computed from SPX options, this chain holds VIX options");
        CliRun rate = CliRun.of("parity", SPX, "--rate", "7");
        assertThat(rate.errLines()).containsExactly("error: --rate: must be between -0.1 and 0.5, got 7");
        CliRun broken = CliRun.of("chain", "samples/condor-only.json");
        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.errLines()).hasSize(1).first().asString().startsWith("error: condor-only.json line 1:");
    }
}
