package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.condordesk.chain.SampleChains;
import org.condordesk.store.csv.ChainCsv;
import org.condordesk.store.csv.ChainFile;
import org.condordesk.store.http.DelayedQuotesFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** issue 31 §3: {@code chain --url URL} takes every other chain flag, {@code --save FILE} keeps a long CSV. */
class ChainUrlTest {

    @Test
    void aChainOverHttpGivesTheSameLadderAsTheFileAndSavesALongCsv(@TempDir Path dir) throws IOException {
        try (DelayedQuotesFixture server = new DelayedQuotesFixture()) {
            URI uri = server.serve("/_SPX.json", DelayedQuotesFixture.json(SampleChains.spx(), true));
            Path saved = dir.resolve("snapshot.csv");
            CliRun run = CliRun.of("chain", "--url", uri.toString(), "--ladder", "--expiry", "2026-12-09", "--json",
                    "--save", saved.toString());
            assertThat(run.err()).isEmpty();
            JsonNode overHttp = run.json();
            JsonNode fromFile = CliRun.of("chain", "samples/chains/spx-quotedata-sample.csv", "--ladder", "--expiry",
                    "2026-12-09", "--json").json();
            assertThat(overHttp.get("file").asText()).isEqualTo(uri.toString());
            // Same quotes, same analysis: the ladders agree figure for figure. Volume and open interest differ: the
            // Cboe CSV sample writes them as 0, the in-memory sample served as JSON has none (null).
            assertThat(withoutCounts(overHttp.get("ladder"))).isEqualTo(withoutCounts(fromFile.get("ladder")));
            assertThat(overHttp.get("ladder").get(0).get("call").get("openInterest").isNull()).isTrue();
            ChainFile reread = ChainCsv.read(saved);
            assertThat(reread.chain().quotes()).hasSize(SampleChains.spx().quotes().size());
            assertThat(reread.chain().quoteTime()).isEqualTo(SampleChains.QUOTE_TIME);
        }
    }

    private static JsonNode withoutCounts(JsonNode ladder) {
        JsonNode copy = ladder.deepCopy();
        for (JsonNode row : copy) {
            for (String side : new String[] {"call", "put"}) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) row.get(side)).remove(java.util.List.of("openInterest", "volume"));
            }
        }
        return copy;
    }

    @Test
    void fileAndUrlTogetherOrNeitherIsOneLine() throws IOException {
        CliRun both = CliRun.of("chain", "samples/chains/spx-long-sample.csv", "--url", "http://127.0.0.1:9/x.json");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.errLines()).singleElement().asString().isEqualTo("error: --url: give a chain FILE or --url, not both");
        CliRun neither = CliRun.of("chain");
        assertThat(neither.errLines()).singleElement().asString().isEqualTo("error: chain: needs a chain FILE or --url [URL]");
        try (DelayedQuotesFixture server = new DelayedQuotesFixture()) {
            URI gone = server.serve("/gone", exchange -> {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
            });
            CliRun missing = CliRun.of("chain", "--url", gone.toString());
            assertThat(missing.exitCode()).isNotZero();
            assertThat(missing.errLines()).singleElement().asString().isEqualTo("error: " + gone + ": HTTP 404 (not found)");
        }
    }
}
