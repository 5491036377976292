package org.condordesk.store.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.condordesk.chain.SampleChains;
import org.condordesk.market.OptionChain;
import org.condordesk.market.OptionQuote;
import org.condordesk.model.ValidationException;
import org.condordesk.store.csv.ChainFile;
import org.condordesk.store.csv.ChainLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * issue 31 §3: a chain over HTTP in the delayed-quotes JSON layout, against a loopback server serving fixtures:
 * status codes, a slow and a truncated body, a 15 MB body, a body over the cap; every failure one line.
 */
class QuoteDownloadTest {

    private static final QuoteDownload.Limits QUICK = new QuoteDownload.Limits(Duration.ofSeconds(2),
            Duration.ofSeconds(2), 100L << 20);
    private final DelayedQuotesFixture server;

    QuoteDownloadTest() throws IOException {
        server = new DelayedQuotesFixture();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theSampleChainComesBackQuoteForQuote() throws IOException {
        OptionChain sample = SampleChains.spx(); // the Cboe-layout sample: it has an underlying price
        URI uri = server.serve("/api/global/delayed_quotes/options/_SPX.json", DelayedQuotesFixture.json(sample, true));
        ChainFile read = new QuoteDownload(QUICK).chain(uri);
        assertThat(read.layout()).isEqualTo(ChainLayout.CBOE_DELAYED_JSON);
        assertThat(read.chain().quoteTime()).isEqualTo(sample.quoteTime());
        assertThat(read.chain().underlyingPrice()).isEqualTo(sample.underlyingPrice());
        assertThat(read.chain().quotes()).hasSize(sample.quotes().size());
        for (int i = 0; i < sample.quotes().size(); i += 97) {
            OptionQuote want = sample.quotes().get(i);
            OptionQuote got = read.chain().quotes().get(i);
            assertThat(got.root()).isEqualTo(want.root());
            assertThat(got.expiry()).isEqualTo(want.expiry());
            assertThat(got.strike()).isEqualTo(want.strike());
            assertThat(got.right()).isEqualTo(want.right());
            assertThat(got.bid()).isEqualTo(want.bid());
            assertThat(got.ask()).isEqualTo(want.ask());
        }
    }

    @Test
    void anAnswerOtherThan200IsOneLineWithItsStatus() {
        URI missing = server.serve("/missing", exchange -> DelayedQuotesFixture.respond(exchange, 404, new byte[0]));
        URI broken = server.serve("/broken", exchange -> DelayedQuotesFixture.respond(exchange, 503, "busy".getBytes()));
        assertThatThrownBy(() -> new QuoteDownload(QUICK).chain(missing)).isInstanceOf(ValidationException.class)
                .hasMessage(missing + ": HTTP 404 (not found)");
        assertThatThrownBy(() -> new QuoteDownload(QUICK).chain(broken)).hasMessage(broken + ": HTTP 503 (server error)");
    }

    @Test
    void aSlowBodyIsCutOffAtTheDeadline() {
        java.util.concurrent.CountDownLatch released = new java.util.concurrent.CountDownLatch(1);
        URI slow = server.serve("/slow", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("{\"timestamp\":\"2026-11-25 10:00:00\",".getBytes());
            out.flush();
            await(released, 10_000);
            out.close();
        });
        long start = System.nanoTime();
        QuoteDownload oneSecond = new QuoteDownload(new QuoteDownload.Limits(Duration.ofSeconds(1), Duration.ofSeconds(1),
                1L << 20));
        assertThatThrownBy(() -> oneSecond.chain(slow)).hasMessage(slow + ": no complete answer within 1 s");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(3);
        released.countDown();
    }

    @Test
    void aTruncatedBodyIsNamedNotParsedAsAChain() {
        byte[] whole = DelayedQuotesFixture.json(SampleChains.spxLong(), false);
        URI cut = server.serve("/cut", exchange -> {
            // Content-Length promises the whole file; the server sends half and closes.
            exchange.sendResponseHeaders(200, whole.length);
            OutputStream out = exchange.getResponseBody();
            out.write(whole, 0, whole.length / 2);
            out.flush();
            exchange.close();
        });
        URI halfJson = server.serve("/half", java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> new QuoteDownload(QUICK).chain(cut)).isInstanceOf(ValidationException.class)
                .message().startsWith(cut + ": ").doesNotContain("\n");
        assertThatThrownBy(() -> new QuoteDownload(QUICK).chain(halfJson)).isInstanceOf(ValidationException.class)
                .message().startsWith(halfJson + ": is not Cboe delayed-quotes JSON: Unexpected end-of-input");
    }

    @Test
    @Tag("slow") // about 8 s on the shared 2-core machine: building, serving and reading 16 MB
    void aFifteenMegabyteChainIsReadAndACapStopsALargerOne() throws IOException {
        OptionChain big = bigChain();
        byte[] body = DelayedQuotesFixture.json(big, true);
        assertThat(body.length).isGreaterThan(15_000_000);
        URI uri = server.serve("/big", body);
        ChainFile read = new QuoteDownload(new QuoteDownload.Limits(Duration.ofSeconds(5), Duration.ofSeconds(30),
                100L << 20)).chain(uri);
        assertThat(read.chain().quotes()).hasSize(big.quotes().size());
        assertThat(read.chain().quotes().get(12_345).openInterest()).isEqualTo(OptionalLong.of(12_345));
        QuoteDownload capped = new QuoteDownload(new QuoteDownload.Limits(Duration.ofSeconds(5), Duration.ofSeconds(30),
                1L << 20));
        assertThatThrownBy(() -> capped.chain(uri)).hasMessage(uri + ": the answer is larger than 1 MB");
    }

    @Test
    void badJsonIsOneLineNamingTheField() {
        URI wrongBid = server.serve("/bid", ("{\"timestamp\":\"2026-11-25 10:00:00\",\"data\":{\"options\":[{\"option\":"
                + "\"SPXW261209P07350000\",\"bid\":\"x\",\"ask\":1}]}}").getBytes());
        URI noTime = server.serve("/time", "{\"data\":{\"options\":[{\"option\":\"SPXW261209P07350000\",\"bid\":1,\"ask\":2}]}}"
                .getBytes());
        URI notHttp = URI.create("file:///etc/passwd");
        assertThatThrownBy(() -> new QuoteDownload(QUICK).chain(wrongBid))
                .hasMessage(wrongBid + ": data.options[0].bid: must be a price >= 0, got \"x\"");
        assertThatThrownBy(() -> new QuoteDownload(QUICK).chain(noTime))
                .hasMessage(noTime + ": timestamp: missing: the quote time is needed");
        assertThatThrownBy(() -> new QuoteDownload(QUICK).chain(notHttp))
                .hasMessage("file:///etc/passwd: is not an http:// or https:// address");
    }

    /** 40,000 quotes: SPXW strikes 1 to 20,000 on one expiry, calls and puts, open interest = their index. */
    private static OptionChain bigChain() {
        List<OptionQuote> quotes = new ArrayList<>();
        java.time.LocalDate expiry = java.time.LocalDate.of(2026, 12, 9);
        for (int k = 1; k <= 20_000; k++) {
            for (org.condordesk.model.OptionRight right : org.condordesk.model.OptionRight.values()) {
                quotes.add(new OptionQuote(org.condordesk.market.OptionRoot.SPXW, expiry, k, right, 1.05, 1.25,
                        java.util.OptionalDouble.empty(), OptionalLong.of(7), OptionalLong.of(quotes.size())));
            }
        }
        return new OptionChain("SPX", java.util.OptionalDouble.of(7600), SampleChains.QUOTE_TIME, quotes);
    }

    private static void await(java.util.concurrent.CountDownLatch latch, long millis) {
        try {
            latch.await(millis, java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
