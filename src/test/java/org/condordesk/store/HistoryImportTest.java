package org.condordesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.condordesk.market.AdvanceDeclineSeries;
import org.condordesk.market.DailySeries;
import org.condordesk.model.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every layout of docs/formats.md, the bad-row rules with their line numbers, skip vs refuse, size and cancel. */
class HistoryImportTest {

    @TempDir
    Path dir;

    private static HistoryImport.Result<DailySeries> prices(String csv, HistoryImport.OnBadRow policy) throws IOException {
        return HistoryImport.prices(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), csv.length(), "t.csv",
                "SPX", policy, HistoryImport.Progress.NONE);
    }

    @Test
    void cboeLayoutWithUsDates() throws IOException {
        var result = prices("DATE,OPEN,HIGH,LOW,CLOSE\n02/02/2018,10,12,9,11\n02/05/2018,11,40,10,37.32\n",
                HistoryImport.OnBadRow.REFUSE);
        assertThat(result.layout()).isEqualTo(HistoryLayout.CBOE);
        assertThat(result.data().bars()).hasSize(2);
        assertThat(result.data().bars().get(1).date()).isEqualTo(LocalDate.of(2018, 2, 5));
        assertThat(result.data().bars().get(1).close()).isEqualTo(37.32);
    }

    @Test
    void yahooLayoutUsesCloseNotAdjClose() throws IOException {
        var result = prices("Date,Open,High,Low,Close,Adj Close,Volume\n2024-08-02,5376.63,5383.89,5302.03,5346.56,5346.56,4698950000\n"
                + "2024-08-05,5151.14,5250.89,5119.26,5186.33,5180,5333090000\n", HistoryImport.OnBadRow.REFUSE);
        assertThat(result.layout()).isEqualTo(HistoryLayout.YAHOO);
        // The close column (5186.33, README's known SPX close), not Adj Close (5180).
        assertThat(result.data().bars().get(1).close()).isEqualTo(5186.33);
    }

    @Test
    void stooqLayoutWithBomAndQuotes() throws IOException {
        var result = prices("\uFEFF\"Date\",\"Open\",\"High\",\"Low\",\"Close\",\"Volume\"\n2020-03-16,2508.59,2562.98,2380.94,2386.13,0\n",
                HistoryImport.OnBadRow.REFUSE);
        assertThat(result.layout()).isEqualTo(HistoryLayout.STOOQ);
        assertThat(result.data().bars().get(0).close()).isEqualTo(2386.13);
    }

    @Test
    void refuseNamesTheLineOfEachKindOfBadRow() {
        String header = "DATE,OPEN,HIGH,LOW,CLOSE\n01/02/2024,10,12,9,11\n";
        assertRefused(header + "13/45/2024,1,2,1,1\n", "t.csv line 3: bad date '13/45/2024' (expected MM/DD/YYYY)");
        assertRefused(header + "01/03/2024,1,x,1,1\n", "t.csv line 3: high is not a number: 'x'");
        assertRefused(header + "01/03/2024,1,2,0,1\n", "t.csv line 3: low must be > 0, got 0");
        assertRefused(header + "01/03/2024,1,2,3,1\n", "t.csv line 3: high 2 is below low 3");
        assertRefused(header + "01/02/2024,1,2,1,1\n", "t.csv line 3: duplicate date 2024-01-02");
        assertRefused(header + "01/01/2024,1,2,1,1\n",
                "t.csv line 3: date 2024-01-01 is before the previous row's 2024-01-02 (rows must be in date order)");
        assertRefused(header + "01/03/2024,1,2,1\n", "t.csv line 3: expected 5 comma-separated fields, found 4");
    }

    private static void assertRefused(String csv, String message) {
        assertThatThrownBy(() -> prices(csv, HistoryImport.OnBadRow.REFUSE)).isInstanceOf(ValidationException.class)
                .hasMessage(message);
    }

    @Test
    void skipKeepsTheGoodRowsAndReportsTheBadOnesByLine() throws IOException {
        String csv = "Date,Open,High,Low,Close,Volume\n2024-01-02,10,12,9,11,100\n2024-01-03,null,null,null,null,null\n"
                + "\n2024-01-04,10,12,9,11.5,100\n2024-01-04,10,12,9,11.5,100\n2024-01-05,10,12,9,-1,100\n2024-01-08,10,12,9,12,100\n";
        var result = prices(csv, HistoryImport.OnBadRow.SKIP);
        assertThat(result.data().bars()).extracting(b -> b.date().getDayOfMonth()).containsExactly(2, 4, 8);
        assertThat(result.skipped()).extracting(HistoryImport.RowProblem::line).containsExactly(3, 6, 7);
        assertThat(result.skipped().get(0).describe("t.csv")).isEqualTo("t.csv line 3: open is not a number: 'null'");
        assertThat(result.rowsRead()).isEqualTo(6);
    }

    @Test
    void unknownHeaderListsTheLayouts() {
        assertThatThrownBy(() -> prices("when,price\n2024-01-02,1\n", HistoryImport.OnBadRow.SKIP))
                .hasMessageStartingWith("t.csv line 1: unrecognised header 'when,price' (expected DATE,OPEN,HIGH,LOW,CLOSE |");
        assertThatThrownBy(() -> prices("date,ad_line\n2024-01-02,1\n", HistoryImport.OnBadRow.SKIP))
                .hasMessageStartingWith("t.csv line 1: this is an A/D file");
    }

    @Test
    void aFileOfOnlyBadRowsIsRefusedEvenWhenSkipping() {
        assertThatThrownBy(() -> prices("DATE,OPEN,HIGH,LOW,CLOSE\nx,1,1,1,1\n", HistoryImport.OnBadRow.SKIP))
                .hasMessage("t.csv: has no valid rows (1 bad, the first at line 2: bad date 'x' (expected MM/DD/YYYY))");
    }

    @Test
    void advanceDeclineCountsAccumulateIntoTheLine() throws IOException {
        String csv = "date,advancers,decliners\n2024-01-02,1500,1000\n2024-01-03,900,2100\n2024-01-04,1200,1200\n";
        var result = HistoryImport.advanceDecline(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 0, "ad.csv",
                HistoryImport.OnBadRow.REFUSE, HistoryImport.Progress.NONE);
        // Running sum of advancers − decliners by hand: +500, 500 − 1200 = −700, −700 + 0 = −700.
        assertThat(result.data().points()).extracting(AdvanceDeclineSeries.Point::adLine).containsExactly(500.0, -700.0, -700.0);
        assertThat(result.layout()).isEqualTo(HistoryLayout.AD_COUNTS);
    }

    @Test
    void advanceDeclineLineIsReadAsIsAndMayBeNegative() throws IOException {
        String csv = "date,ad_line\n2024-01-02,-350.5\n2024-01-03,-120\n";
        var result = HistoryImport.advanceDecline(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), 0, "ad.csv",
                HistoryImport.OnBadRow.REFUSE, HistoryImport.Progress.NONE);
        assertThat(result.data().points()).extracting(AdvanceDeclineSeries.Point::adLine).containsExactly(-350.5, -120.0);
        assertThatThrownBy(() -> HistoryImport.advanceDecline(new ByteArrayInputStream(
                "date,advancers,decliners\n2024-01-02,-1,3\n".getBytes(StandardCharsets.UTF_8)), 0, "ad.csv",
                HistoryImport.OnBadRow.REFUSE, HistoryImport.Progress.NONE)).hasMessage("ad.csv line 2: advancers must be >= 0, got -1");
    }

    @Test
    void fileOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
        Path big = dir.resolve("big.csv");
        try (var channel = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            channel.position(HistoryImport.MAX_BYTES);
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}));
        }
        assertThatThrownBy(() -> HistoryImport.prices(big, "SPX", HistoryImport.OnBadRow.SKIP, HistoryImport.Progress.NONE))
                .hasMessage("big.csv: is 50 MB, larger than the 50 MB limit for a daily history file");
    }

    @Test
    void progressRisesToOneAndCancelStops() throws IOException {
        Path spx = Path.of("samples", "history", "SPX_History.csv");
        List<Double> shares = new ArrayList<>();
        var result = HistoryImport.prices(spx, "SPX", HistoryImport.OnBadRow.REFUSE, new HistoryImport.Progress() {
            @Override
            public void update(double shareDone) {
                shares.add(shareDone);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        // samples/history/README.md: 9 196 rows, 1990-01-02 to 2026-07-09.
        assertThat(result.data().bars()).hasSize(9196);
        assertThat(shares).isSorted().last().isEqualTo(1.0);
        assertThat(shares.size()).isGreaterThan(10);
        assertThatThrownBy(() -> HistoryImport.prices(spx, "SPX", HistoryImport.OnBadRow.REFUSE, new HistoryImport.Progress() {
            @Override
            public void update(double shareDone) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        })).isInstanceOf(CancellationException.class);
    }

    @Test
    void realHistoryFilesReadWithTheKnownStressCloses() throws IOException {
        Path history = Path.of("samples", "history");
        DailySeries vix = HistoryCsv.read(history.resolve("VIX_History.csv"), "VIX");
        // Known closes from samples/history/README.md.
        assertThat(vix.closesByDate().get(LocalDate.of(2020, 3, 16))).isEqualTo(82.69);
        assertThat(vix.closesByDate().get(LocalDate.of(2024, 8, 5))).isEqualTo(38.57);
        assertThat(Files.size(history.resolve("VIX_History.csv"))).isLessThan(HistoryImport.MAX_BYTES);
    }

    @Test
    void theSyntheticAdDemoFileReadsAsCounts() throws IOException {
        // samples/history/README.md: synthetic, 120 business days from 2024-01-02.
        var result = HistoryImport.advanceDecline(Path.of("samples", "history", "SYNTHETIC_AD_demo.csv"),
                HistoryImport.OnBadRow.REFUSE, HistoryImport.Progress.NONE);
        assertThat(result.layout()).isEqualTo(HistoryLayout.AD_COUNTS);
        assertThat(result.data().points()).hasSize(120);
        assertThat(result.data().points().get(0).date()).isEqualTo(LocalDate.of(2024, 1, 2));
    }
}
