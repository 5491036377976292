package org.condordesk.store.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

import org.condordesk.market.OptionChain;
import org.condordesk.market.OptionQuote;
import org.condordesk.market.OptionRoot;
import org.condordesk.market.QuoteCondition;
import org.condordesk.model.Instrument;
import org.condordesk.model.OptionRight;
import org.condordesk.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both chain layouts on their samples and on broken files, each error naming its line. */
class ChainCsvTest {

    private static final String HEADER = "Expiration Date,Calls,Last Sale,Net,Bid,Ask,Volume,IV,Delta,Gamma,"
            + "Open Interest,Strike,Puts,Last Sale,Net,Bid,Ask,Volume,IV,Delta,Gamma,Open Interest";
    /** The first rows of a real download (github.com/DorelRoata/Option-Gamma-Exposure--zero-gamma-level, spx_quotedata.csv). */
    private static final String REAL = String.join("\n",
            "",
            "SP 500 INDEX,Last: 5975.3799,Change:  32.9099",
            "\"Date: January 6, 2025 at 8:57 PM EST\",Bid: 5934.4302,Ask: 6032.4502,Size: 1*1,Volume: 0",
            HEADER,
            "Tue Jan 07 2025,SPXW250107C05930000,54.24,24.4,49.4,50.4,176,0.1749,0.8223,0.0053,251,5930.00,"
                    + "SPXW250107P05930000,3.12,-16.1,4.7,4.9,4740,0.1753,-0.1777,0.0053,174",
            "Tue Jan 07 2025,SPXW250107C05935000,47.92,20.17,45.2,46.2,175,0.1727,0.7974,0.0058,140,5935.00,"
                    + "SPXW250107P05935000,3.7,-17.4,5.4,5.7,7715,0.1738,-0.2026,0.0058,119",
            "");

    private static ChainFile read(String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return ChainCsv.read(new ByteArrayInputStream(bytes), bytes.length, "chain.csv", ImportProgress.NONE);
    }

    private static String withRow(String row) {
        return REAL.replace("\n\n", "\n") + row + "\n";
    }

    @Test
    void readsCboesDownloadHeaderAndRows() throws IOException {
        ChainFile file = read(REAL);
        OptionChain chain = file.chain();
        assertThat(file.layout()).isEqualTo(ChainLayout.CBOE_QUOTE_TABLE);
        assertThat(file.dataRows()).isEqualTo(2);
        assertThat(chain.underlying()).isEqualTo("SPX");
        assertThat(chain.underlyingPrice().getAsDouble()).isEqualTo(5975.3799);
        assertThat(chain.quoteTime()).isEqualTo(LocalDateTime.of(2025, 1, 6, 20, 57).atZone(Instrument.NEW_YORK));
        assertThat(chain.quotes()).hasSize(4);
        OptionQuote put = chain.quotes().get(1);
        assertThat(put.root()).isEqualTo(OptionRoot.SPXW);
        assertThat(put.expiry()).isEqualTo(LocalDate.of(2025, 1, 7));
        assertThat(put.right()).isEqualTo(OptionRight.PUT);
        assertThat(put.strike()).isEqualTo(5930);
        assertThat(put.bid()).isEqualTo(4.7);
        assertThat(put.ask()).isEqualTo(4.9);
        assertThat(put.last().getAsDouble()).isEqualTo(3.12);
        assertThat(put.volume().getAsLong()).isEqualTo(4740);
        assertThat(put.openInterest().getAsLong()).isEqualTo(174);
        assertThat(file.flags()).isEmpty();
    }

    @Test
    void readsTheDayFirstQuoteTimeWithItsUtcOffset() throws IOException {
        // as in github.com/AyourElwazani97/gamma, spx_quotedata.csv: "Date: 5 April 2023, 19:41 UTC−4" (U+2212)
        String text = REAL.replace("\"Date: January 6, 2025 at 8:57 PM EST\"", "Date: 5 April 2023, 19:41 UTC\u22124");
        assertThat(read(text).chain().quoteTime().toOffsetDateTime())
                .isEqualTo(LocalDateTime.of(2023, 4, 5, 19, 41).atOffset(ZoneOffset.ofHours(-4)));
    }

    @Test
    void readsTheSpxSampleWithItsUnderlyingAndFlags() throws IOException {
        ChainFile file = ChainCsv.read(Path.of("samples/chains/spx-quotedata-sample.csv"));
        assertThat(file.chain().quotes()).hasSize(2 * file.dataRows());
        assertThat(file.chain().underlyingPrice().getAsDouble()).isEqualTo(7600);
        assertThat(file.chain().quotes().stream().map(OptionQuote::root).distinct()).containsExactlyInAnyOrder(OptionRoot.SPX, OptionRoot.SPXW);
        // the far wings are quoted 0 bid (the generating model zeroes bids under one tick)
        QuoteFlag zeroBid = file.flags().stream().filter(f -> f.condition() == QuoteCondition.ZERO_BID).findFirst().orElseThrow();
        assertThat(zeroBid.count()).isPositive();
        assertThat(zeroBid.firstLines()).first().isEqualTo(5);
    }

    @Test
    void readsTheLongSampleAndTheVixSample() throws IOException {
        ChainFile spx = ChainCsv.read(Path.of("samples/chains/spx-long-sample.csv"));
        assertThat(spx.layout()).isEqualTo(ChainLayout.LONG);
        assertThat(spx.chain().quotes()).hasSize(3 * 101 * 2);
        assertThat(spx.chain().underlyingPrice()).isEmpty();
        ChainFile vix = ChainCsv.read(Path.of("samples/chains/vix-quotedata-sample.csv"));
        assertThat(vix.chain().underlying()).isEqualTo("VIX");
        assertThat(vix.chain().underlyingPrice().getAsDouble()).isEqualTo(16.4);
    }

    @Test
    void flagsZeroBidOneSidedEmptyAndCrossedQuotesWithTheirLines() throws IOException {
        String text = withRow("Tue Jan 07 2025,SPXW250107C05940000,0,0,0,0.5,0,0,0,0,0,5940.00,"
                + "SPXW250107P05940000,0,0,7,6.5,0,0,0,0,0")
                + "Tue Jan 07 2025,SPXW250107C05945000,0,0,2,0,0,0,0,0,0,5945.00,SPXW250107P05945000,0,0,0,0,0,0,0,0,0\n";
        ChainFile file = read(text);
        assertThat(file.flags()).extracting(QuoteFlag::condition, QuoteFlag::count, QuoteFlag::firstLines)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(QuoteCondition.ZERO_BID, 1, List.of(7)),
                        org.assertj.core.groups.Tuple.tuple(QuoteCondition.CROSSED, 1, List.of(7)),
                        org.assertj.core.groups.Tuple.tuple(QuoteCondition.NO_ASK, 1, List.of(8)),
                        org.assertj.core.groups.Tuple.tuple(QuoteCondition.NO_QUOTE, 1, List.of(8)));
        assertThat(file.flaggedQuotes()).isEqualTo(4);
    }

    @Test
    void brokenRowsNameTheirLine() {
        assertError(withRow("Tue Jan 07 2025,SPXW250107C05940000,0,0,abc,1,0,0,0,0,0,5940.00,SPXW250107P05940000,0,0,1,2,0,0,0,0,0"),
                "chain.csv line 7: Bid is not a number: 'abc'");
        assertError(withRow("Tue Jan 07 2025,SPXW250107C05940000,0,0,1,2"),
                "chain.csv line 7: expected 22 comma-separated fields (Cboe quote table), found 6");
        assertError(withRow("Tue Jan 07 2025,SPXW250107C05945000,0,0,1,2,0,0,0,0,0,5940.00,SPXW250107P05940000,0,0,1,2,0,0,0,0,0"),
                "chain.csv line 7: SPXW250107C05945000 has strike 5945, the row's Strike is 5940");
        assertError(withRow("Tue Jan 07 2025,NDX250107C05940000,0,0,1,2,0,0,0,0,0,5940.00,NDX250107P05940000,0,0,1,2,0,0,0,0,0"),
                "chain.csv line 7: root 'NDX' of NDX250107C05940000 is not SPX, SPXW, VIX or VIXW");
        assertError(withRow("Tue Jan 07 2026,SPXW250107C05940000,0,0,1,2,0,0,0,0,0,5940.00,SPXW250107P05940000,0,0,1,2,0,0,0,0,0"),
                "chain.csv line 7: bad expiration date 'Tue Jan 07 2026'");
        assertError(withRow("Tue Jan 07 2025,SPXW250107C05930000,0,0,1,2,0,0,0,0,0,5930.00,SPXW250107P05930000,0,0,1,2,0,0,0,0,0"),
                "chain.csv line 7: a second quote for SPXW 2025-01-07 5930 CALL (first on line 5)");
        assertError(withRow("Tue Jan 07 2025,VIX250107C00015000,0,0,1,2,0,0,0,0,0,15.00,VIX250107P00015000,0,0,1,2,0,0,0,0,0"),
                "chain.csv line 7: VIX options in a chain of SPX options");
        assertError(withRow("Tue Jan 07 2025,SPXW250107C05940000,0,0,-1,2,0,0,0,0,0,5940.00,SPXW250107P05940000,0,0,1,2,0,0,0,0,0"),
                "chain.csv line 7: Bid is negative (-1)");
    }

    @Test
    void headersThatAreNotAChainAreRefused() {
        assertError("hello,world\n1,2\n", "chain.csv line 1: not a chain layout CondorDesk reads");
        assertError(REAL.replace("\"Date: January 6, 2025 at 8:57 PM EST\"", "\"Date: yesterday\""),
                "chain.csv line 3: cannot read the quote time in 'Date: yesterday");
        assertError(REAL.replace("\"Date: January 6, 2025 at 8:57 PM EST\",", ""),
                "chain.csv: has no 'Date: …' line with the quote time above the header");
        assertError(REAL.lines().limit(4).reduce("", (a, b) -> a + b + "\n"), "chain.csv: has no option rows");
        assertError("", "chain.csv: is empty");
    }

    @Test
    void longLayoutRowsAreCheckedToo() {
        String head = "underlying,quote_time,expiration,strike,right,bid,ask\n";
        String row = "SPXW,2025-01-06T15:45:00-05:00,2025-01-17,5900,P,10.1,10.4\n";
        assertError(head + row + "SPXW,2025-01-06T15:45:00-05:00,2025-01-17,5900,X,1,2\n",
                "chain.csv line 3: right 'X' is not C, P, CALL or PUT");
        assertError(head + row + "SPXW,2025-01-06T15:46:00-05:00,2025-01-17,5905,P,1,2\n",
                "chain.csv line 3: quote_time 2025-01-06T15:46:00-05:00 differs from the first row's");
        assertError(head + "SPXW,2025-01-06 15:45,2025-01-17,5900,P,10.1,10.4\n",
                "chain.csv line 2: quote_time '2025-01-06 15:45' is not ISO 8601 with an offset");
        assertError(head + "SPXW,2025-01-06T15:45:00-05:00,17/01/2025,5900,P,10.1,10.4\n",
                "chain.csv line 2: bad expiration '17/01/2025' (expected YYYY-MM-DD)");
        assertError(head + "SPXW,2025-01-06T15:45:00-05:00,2025-01-17,0,P,10.1,10.4\n",
                "chain.csv line 2: strike must be > 0");
        assertError("underlying,quote_time,expiration,strike,right,bid,ask,volume\n" + row,
                "chain.csv line 1: column 8 is 'volume', expected 'last'");
    }

    @Test
    void longLayoutReadsOptionalColumnsAndCallPutWords() throws IOException {
        ChainFile file = read("underlying,quote_time,expiration,strike,right,bid,ask,last,volume,open_interest\n"
                + "SPX,2025-01-06T15:45:00-05:00,2025-01-17,5900,CALL,101,102,101.5,12,3400\n"
                + "SPX,2025-01-06T15:45:00-05:00,2025-01-17,5900,put,10.1,10.4,,,\n");
        OptionQuote call = file.chain().quotes().get(0);
        assertThat(call.root()).isEqualTo(OptionRoot.SPX);
        assertThat(call.right()).isEqualTo(OptionRight.CALL);
        assertThat(call.last().getAsDouble()).isEqualTo(101.5);
        assertThat(call.openInterest().getAsLong()).isEqualTo(3400);
        assertThat(file.chain().quotes().get(1).volume()).isEmpty();
        assertThat(file.chain().quoteTime().toLocalDateTime()).isEqualTo(LocalDateTime.of(2025, 1, 6, 15, 45));
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("huge.csv");
        try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
            sparse.setLength(ChainCsv.MAX_BYTES + 1);
        }
        assertThatThrownBy(() -> ChainCsv.read(big)).isInstanceOf(ValidationException.class)
                .hasMessage("huge.csv: is 64 MB, larger than the 64 MB a chain file may be");
    }

    @Test
    void progressIsReportedAndCancelStopsTheImport() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("samples/chains/spx-quotedata-sample.csv"));
        AtomicLong last = new AtomicLong();
        ChainCsv.read(new ByteArrayInputStream(bytes), bytes.length, "s", new ImportProgress() {
            @Override
            public void update(long bytesRead, long totalBytes) {
                assertThat(bytesRead).isGreaterThanOrEqualTo(last.get()).isLessThanOrEqualTo(totalBytes);
                last.set(bytesRead);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(last.get()).isEqualTo(bytes.length);
        assertThatThrownBy(() -> ChainCsv.read(new ByteArrayInputStream(bytes), bytes.length, "s", new ImportProgress() {
            @Override
            public void update(long bytesRead, long totalBytes) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        })).isInstanceOf(CancellationException.class);
    }

    private static void assertError(String text, String message) {
        assertThatThrownBy(() -> read(text)).isInstanceOf(ValidationException.class).hasMessageStartingWith(message);
    }

}
