package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * issue 31 §2 on the command line: {@code close} and {@code roll} with {@code --chain FILE} fill at the chain's quote
 * for the exact contract and say which price came from where. The expected fills are read from the chain file by this
 * test's own parser of Cboe's quote-download layout (the file is the outside source: its Bid and Ask columns), never
 * from the program's output; the legs' own bid/ask come from the sample scenario file.
 */
class TradeChainCommandsTest {

    private static final String SAMPLE = "samples/condor-vix-hedge.json";
    private static final String SPX_CHAIN = "samples/chains/spx-quotedata-sample.csv";
    /** The chain's quote time, from its header line "Date: November 25, 2026 at 10:00 AM EST". */
    private static final String QUOTE_TIME = "2026-11-25T10:00-05:00";

    @TempDir
    Path dir;

    /** Bid and ask of one contract in the file. */
    private record Quote(double bid, double ask) {
        double mid() {
            return (bid + ask) / 2;
        }
    }

    private Path live() {
        Path out = dir.resolve("live.json");
        CliRun run = CliRun.of("mark-live", SAMPLE, "--date", "2026-11-24", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        return out;
    }

    @Test
    void closingTheCondorAtMidFillsEachLegAtItsChainMid() throws Exception {
        Map<String, Quote> chain = cboeQuotes(Path.of(SPX_CHAIN));
        CliRun run = CliRun.of("close", live().toString(), "--layer", "1", "--at-mid", "--date", "2026-11-25",
                "--chain", SPX_CHAIN, "--out", dir.resolve("closed.json").toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        // the sample condor: SPXW 2026-12-09 7275 P, 7350 P, 7800 C, 7875 C (samples/condor-vix-hedge.json)
        List<String> contracts = List.of("SPXW 2026-12-09 7275 P", "SPXW 2026-12-09 7350 P", "SPXW 2026-12-09 7800 C",
                "SPXW 2026-12-09 7875 C");
        JsonNode fills = json.get("fills");
        assertThat(fills).hasSize(4);
        for (int i = 0; i < 4; i++) {
            JsonNode fill = fills.get(i);
            assertThat(fill.get("price").asDouble()).as(contracts.get(i))
                    .isCloseTo(chain.get(contracts.get(i)).mid(), within(1e-9));
            assertThat(fill.get("priceSource").asText()).isEqualTo("chain");
            assertThat(fill.get("quoteTime").asText()).isEqualTo(QUOTE_TIME);
        }
        assertThat(json.get("pricesFromChain").asInt()).isEqualTo(4);
        assertThat(json.get("pricesFromModel").asInt()).isZero();
        assertThat(json.get("chains").get(0).get("underlying").asText()).isEqualTo("SPX");
        assertThat(json.get("chains").get(0).get("quoteTime").asText()).isEqualTo(QUOTE_TIME);
        // the keys and types before issue 31 stay: cash and realizedPnl numbers, notes a list, out a string
        assertThat(json.get("cash").isNumber()).isTrue();
        assertThat(json.get("notes").isArray()).isTrue();
        assertThat(json.get("out").isTextual()).isTrue();
    }

    @Test
    void atBidAskABuyBackPaysTheChainsAskAndASaleGetsItsBid() throws Exception {
        Map<String, Quote> chain = cboeQuotes(Path.of(SPX_CHAIN));
        CliRun run = CliRun.of("close", live().toString(), "--layer", "1", "--at-bid-ask", "--date", "2026-11-25",
                "--chain", SPX_CHAIN, "--out", dir.resolve("closed.json").toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        // long 7275 put sold at its bid; short 7350 put bought back at its ask
        assertThat(run.out()).contains("-10 at " + plain(chain.get("SPXW 2026-12-09 7275 P").bid()))
                .contains("+10 at " + plain(chain.get("SPXW 2026-12-09 7350 P").ask()))
                .contains("[chain 10:00]")
                .contains("prices: 4 from the chain (SPX quoted 2026-11-25 10:00), 0 from the model");
    }

    @Test
    void rollingToAnExpiryTheChainListsOpensTheNewLegsAtItsQuotes() throws Exception {
        Map<String, Quote> chain = cboeQuotes(Path.of(SPX_CHAIN));
        CliRun run = CliRun.of("roll", live().toString(), "--layer", "1", "--to-expiry", "2026-12-18", "--date",
                "2026-11-25", "--chain", SPX_CHAIN, "--out", dir.resolve("rolled.json").toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode fills = run.json().get("fills");
        assertThat(fills).hasSize(8);
        // same strikes a week later: the PM (SPXW) contracts of 2026-12-18
        List<String> opened = List.of("SPXW 2026-12-18 7275 P", "SPXW 2026-12-18 7350 P", "SPXW 2026-12-18 7800 C",
                "SPXW 2026-12-18 7875 C");
        for (int i = 0; i < 4; i++) {
            JsonNode fill = fills.get(4 + i);
            assertThat(fill.get("label").asText()).contains("2026-12-18 PM");
            assertThat(fill.get("price").asDouble()).as(opened.get(i)).isCloseTo(chain.get(opened.get(i)).mid(),
                    within(1e-9));
            assertThat(fill.get("priceSource").asText()).isEqualTo("chain");
        }
        assertThat(run.json().get("pricesFromChain").asInt()).isEqualTo(8);
    }

    @Test
    void aContractTheChainDoesNotListFallsBackToTheModelAndSaysSo() throws Exception {
        Path live = live();
        // 2026-12-16 is a Wednesday the sample chain has no expiry on: the closes come from the chain, the new legs
        // from the model
        CliRun run = CliRun.of("roll", live.toString(), "--layer", "1", "--to-expiry", "2026-12-16", "--date",
                "2026-11-25", "--chain", SPX_CHAIN, "--out", dir.resolve("rolled.json").toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("pricesFromChain").asInt()).isEqualTo(4);
        assertThat(json.get("pricesFromModel").asInt()).isEqualTo(4);
        // the fallback is the model's price: the same roll priced --at-model opens the same legs at the same prices
        JsonNode atModel = CliRun.of("roll", live.toString(), "--layer", "1", "--to-expiry", "2026-12-16", "--date",
                "2026-11-25", "--at-model", "--out", dir.resolve("model.json").toString(), "--json").json();
        for (int i = 4; i < 8; i++) {
            JsonNode fill = json.get("fills").get(i);
            assertThat(fill.get("priceSource").asText()).isEqualTo("model");
            assertThat(fill.get("quoteTime").isNull()).isTrue();
            assertThat(fill.get("price").asDouble()).isCloseTo(atModel.get("fills").get(i).get("price").asDouble(),
                    within(1e-9));
            assertThat(json.get("notes").toString()).contains(fill.get("label").asText()
                    + ": model (no quote in the chain)");
        }
        // a VIX leg under an SPX chain only: its own bid/ask (the sample file's 0.30/0.40 and 2.50/2.70), said so
        CliRun vix = CliRun.of("close", live.toString(), "--layer", "2", "--at-mid", "--date", "2026-11-25",
                "--chain", SPX_CHAIN, "--out", dir.resolve("vix.json").toString(), "--json");
        assertThat(vix.exitCode()).as(vix.err()).isZero();
        JsonNode vixFills = vix.json().get("fills");
        assertThat(vixFills.get(0).get("price").asDouble()).isCloseTo((0.30 + 0.40) / 2, within(1e-12));
        assertThat(vixFills.get(1).get("price").asDouble()).isCloseTo((2.50 + 2.70) / 2, within(1e-12));
        assertThat(vixFills.get(0).get("priceSource").asText()).isEqualTo("quote");
    }

    @Test
    void withoutAChainTheOutputIsAsBeforeAndABadChainIsOneLine() throws Exception {
        Path live = live();
        CliRun plain = CliRun.of("close", live.toString(), "--layer", "1", "--at-mid", "--date", "2026-11-25",
                "--out", dir.resolve("a.json").toString(), "--json");
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        // the legs' own quotes: the sample's 7275 put 15.70/16.10
        assertThat(plain.json().get("fills").get(0).get("price").asDouble()).isCloseTo((15.70 + 16.10) / 2, within(1e-12));
        assertThat(plain.json().get("fills").get(0).get("priceSource").asText()).isEqualTo("quote");
        assertThat(plain.json().get("chains")).isEmpty();
        Path out = dir.resolve("b.json");
        CliRun missing = CliRun.of("close", live.toString(), "--layer", "1", "--at-mid", "--date", "2026-11-25",
                "--chain", dir.resolve("nope.csv").toString(), "--out", out.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.errLines()).hasSize(1).allMatch(l -> l.contains("no such file"));
        CliRun twice = CliRun.of("roll", live.toString(), "--layer", "1", "--to-expiry", "2026-12-18", "--chain",
                SPX_CHAIN, "--chain", "samples/chains/spx-long-sample.csv", "--out", out.toString());
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.errLines()).hasSize(1).allMatch(l -> l.contains("a second SPX chain"));
        assertThat(Files.exists(out)).isFalse();
    }

    /** A price as the text output prints it (at most 6 decimals, no trailing zeros). */
    private static String plain(double price) {
        return new java.math.BigDecimal(Double.toString(price)).stripTrailingZeros().toPlainString();
    }

    /**
     * The file's quotes by "ROOT yyyy-MM-dd STRIKE C|P": Cboe's quote download, one line per strike with the call's
     * columns (symbol, last, net, bid, ask …) left of the strike and the put's right of it (docs/formats.md).
     */
    private static Map<String, Quote> cboeQuotes(Path file) throws IOException {
        DateTimeFormatter date = DateTimeFormatter.ofPattern("EEE MMM dd yyyy", Locale.US);
        Map<String, Quote> out = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int header = 0;
        while (!lines.get(header).startsWith("Expiration Date,")) {
            header++;
        }
        for (String line : lines.subList(header + 1, lines.size())) {
            String[] f = line.split(",");
            LocalDate expiry = LocalDate.parse(f[0], date);
            String strike = new java.math.BigDecimal(f[11]).stripTrailingZeros().toPlainString();
            out.put(root(f[1]) + " " + expiry + " " + strike + " C", new Quote(Double.parseDouble(f[4]),
                    Double.parseDouble(f[5])));
            out.put(root(f[12]) + " " + expiry + " " + strike + " P", new Quote(Double.parseDouble(f[15]),
                    Double.parseDouble(f[16])));
        }
        return out;
    }

    /** "SPXW261209C07350000" → "SPXW": the letters before the date. */
    private static String root(String symbol) {
        int i = 0;
        while (Character.isLetter(symbol.charAt(i))) {
            i++;
        }
        return symbol.substring(0, i);
    }
}
