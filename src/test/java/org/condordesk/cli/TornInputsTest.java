package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.condordesk.Main;
import org.condordesk.store.csv.VxCsv;
import org.condordesk.model.ValidationException;
import org.condordesk.testsupport.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 26 §5 and §7: torn and odd inputs are named errors, never data. Each file below is the real bundled one
 * damaged the way the probe damaged it ({@code head -c -7}, a 9999 date, a close of 1e308, February 30).
 */
class TornInputsTest {

    private static final Path SPX = Path.of("samples/history/SPX_History.csv");

    @TempDir
    Path dir;

    private static void assertOneLine(CliRun run, String start, String... contains) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith(start).contains(contains);
    }

    @Test
    void aHistoryCutMidLineIsAnErrorNamingTheLastLine() throws IOException {
        byte[] whole = Files.readAllBytes(SPX);
        Path torn = Files.write(dir.resolve("SPX_History.csv"), Arrays.copyOf(whole, whole.length - 7));
        long lines = Files.readAllLines(SPX).size();

        CliRun run = CliRun.of("signals", "--history", torn.toString());

        // The last line lost its last 7 bytes ("7482.71\n" → "7"): a close 0.001 times the day before.
        assertOneLine(run, "error: SPX_History.csv line " + lines + ": close 7 is ", "times the previous day's");
    }

    @Test
    void aRowDated9999OrPricedAt1e308IsRefused() throws IOException {
        String text = Files.readString(SPX);
        Path future = Files.writeString(dir.resolve("future.csv"), text + "01/02/9999,7500,7510,7490,7500\n");
        Path huge = Files.writeString(dir.resolve("huge.csv"), text + "07/10/2026,7500,7510,7490,1e308\n");

        assertOneLine(CliRun.of("signals", "--history", future.toString()), "error: future.csv line ",
                "date 9999-01-02 is outside 1900-01-01 to a year from today");
        assertOneLine(CliRun.of("signals", "--history", huge.toString()), "error: huge.csv line ",
                "close 1e308 is beyond 1000000 points");
    }

    @Test
    void aTornVxPriceIsRefused() {
        // "18.55" cut to "1": 18 times below the curve's median of the other settlements.
        String vx = "expiry,price\n2026-12-16,17.80\n2027-01-20,18.55\n2027-02-17,1\n2027-03-17,19.30\n";

        assertThatThrownBy(() -> VxCsv.read(new java.io.ByteArrayInputStream(vx.getBytes(StandardCharsets.UTF_8)), "vx.csv"))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith("vx.csv line 4: price 1 is more than 3 times");
    }

    @Test
    void february30AndYearZeroAreNotQuoteTimes() throws IOException {
        String chain = Files.readString(Path.of("samples/chains/spx-quotedata-sample.csv"));
        Path feb30 = Files.writeString(dir.resolve("feb30.csv"), chain.replace("November 25, 2026", "February 30, 2026"));
        Path year0 = Files.writeString(dir.resolve("year0.csv"), chain.replace("November 25, 2026", "November 25, 0000"));

        assertOneLine(CliRun.of("chain", feb30.toString()), "error: feb30.csv", "cannot read the quote time");
        assertOneLine(CliRun.of("chain", year0.toString()), "error: year0.csv", "cannot read the quote time");
        assertOneLine(CliRun.of("chain", "/dev/zero"), "error: /dev/zero: ", "is not a regular file");
    }

    @Test
    void silentDefaultsOfTheBacktestConfigAreNamedErrors() throws IOException {
        String sample = Files.readString(Path.of("samples/backtest-default.json"));
        Path contracts = Files.writeString(dir.resolve("contracts.json"), sample.replace(
                "\"sizing\": \"VEGA_NEUTRAL\", \"hedgeRatio\": 1.0 },", "\"sizing\": \"CONTRACTS\" },"));
        Path target = Files.writeString(dir.resolve("target.json"), sample.replace("\"capital\": {",
                "\"alvh\": { \"targetLayer\": \"Core\", \"unit\": \"CONTRACTS\", \"fallbackSize\": 1, \"rules\": [] },\n  \"capital\": {"));
        Path condition = Files.writeString(dir.resolve("condition.json"), sample.replace("\"capital\": {",
                "\"alvh\": { \"unit\": \"CONTRACTS\", \"fallbackSize\": 1, \"rules\": [ { \"name\": \"r\", \"combine\": \"ALL\","
                        + " \"conditions\": [ { \"signal\": \"SPX\", \"op\": \"ABOVE\" } ], \"size\": 2 } ] },\n  \"capital\": {"));
        assertThat(Files.readString(contracts)).isNotEqualTo(sample);

        assertOneLine(CliRun.of("backtest", "--config", contracts.toString()), "error: ",
                "variants[1].contracts: is missing: sizing CONTRACTS needs the number of contracts");
        assertOneLine(CliRun.of("backtest", "--config", target.toString()), "error: ", "alvh.targetLayer: 'Core' names no layer");
        assertOneLine(CliRun.of("backtest", "--config", condition.toString()), "error: ", "conditions[0].value: is missing");
    }

    @Test
    void aHistoryTooLargeForASmallHeapIsRefusedBeforeReading() throws IOException {
        // 64 MB heap: the import takes files up to a tenth of it (6.4 MB); an 8 MB file (every day from 1900, then
        // blank lines, which the importer skips) is refused up front.
        StringBuilder rows = new StringBuilder("Date,Open,High,Low,Close,Adj Close,Volume\n");
        for (java.time.LocalDate day = java.time.LocalDate.of(1900, 1, 1); day.getYear() < 2026; day = day.plusDays(1)) {
            rows.append(day).append(",100.5,101.5,99.5,100.5,100.5,1000\n");
        }
        rows.append("\n".repeat(8 * 1024 * 1024 - rows.length()));
        Path big = Files.writeString(dir.resolve("big.csv"), rows);
        assertThat(Files.size(big)).isGreaterThan(6_800_000L);

        ChildJvm.Result run = ChildJvm.of(Main.class, "signals", "--history", big.toString()).jvmOption("-Xmx64m")
                .env(org.condordesk.store.DataFolders.OVERRIDE_VARIABLE, dir.resolve("data").toString()).run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).startsWith("error: big.csv: is ").contains("MB this Java heap can import (java -Xmx raises it)");
    }

    @Test
    void capitalHelpPrintsNoPicocliWarnings() {
        // A bare "8 %)" in a description was read by picocli as a format conversion and warned on stderr.
        ChildJvm.Result run = ChildJvm.of(Main.class, "capital", "--help")
                .env(org.condordesk.store.DataFolders.OVERRIDE_VARIABLE, dir.resolve("data").toString()).run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("(0.08 = 8 %)");
    }
}
