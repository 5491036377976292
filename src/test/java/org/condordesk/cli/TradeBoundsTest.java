package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.condordesk.store.json.ScenarioJson;
import org.condordesk.testsupport.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26 §4: the trade commands never write a file this build cannot read back. A date outside 1900-2200, a price
 * beyond {@code Check.MAX_PRICE_POINTS} (1e6 points), or a result over the 10 MB read limit is a one-line error (exit
 * 2) and the output file is left as it was.
 */
class TradeBoundsTest {

    private static final String SAMPLE = "samples/condor-vix-hedge.json";

    @TempDir
    Path dir;
    Path live;
    Path out;
    String outBefore;

    @BeforeEach
    void liveAndAnEarlierOutput() throws IOException {
        live = dir.resolve("live.json");
        assertThat(CliRun.of("mark-live", SAMPLE, "--date", "2026-11-24", "--out", live.toString()).exitCode()).isZero();
        out = Files.copy(live, dir.resolve("out.json"));
        outBefore = TestFiles.sha256(out);
    }

    private void assertRefusedAndUntouched(CliRun run, String start) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith(start);
        assertThat(TestFiles.sha256(out)).isEqualTo(outBefore);
        assertThat(CliRun.of("validate", out.toString()).exitCode()).isZero();
    }

    @Test
    void datesOutside1900To2200AreRefusedAtTheFlag() throws IOException {
        assertRefusedAndUntouched(CliRun.of("close", live.toString(), "--layer", "1", "--at-model", "--date", "9999-01-01",
                "--out", out.toString()), "error: --date: year must be between 1900 and 2200, got 9999-01-01");
        assertRefusedAndUntouched(CliRun.of("mark-live", SAMPLE, "--date", "1899-12-31", "--out", out.toString()),
                "error: --date: year must be between 1900 and 2200");
        assertRefusedAndUntouched(CliRun.of("roll", live.toString(), "--layer", "3", "--to-expiry", "2027-02-17",
                "--at-model", "--date", "2201-01-01T10:00", "--out", out.toString()), "error: --date: year must be between");
    }

    @Test
    void anAbsurdPriceIsRefusedAndAFileHoldingOneFailsValidate() throws IOException {
        assertRefusedAndUntouched(CliRun.of("close", live.toString(), "--layer", "1", "--leg", "2", "--price", "1e308",
                "--date", "2026-11-25", "--out", out.toString()), "error: --price: must be between 0 and 1000000, got");

        Path huge = Files.writeString(dir.resolve("huge.json"), Files.readString(Path.of(SAMPLE))
                .replaceFirst("\"entryPrice\": [0-9.]+", "\"entryPrice\": 1e308"));
        CliRun validate = CliRun.of("validate", huge.toString());
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err()).contains("entryPrice: must be between 0 and 1000000");
    }

    @Test
    void importedRowsDatedBeyond2200AreNamedAndLeftOut() throws IOException {
        Path fills = Files.writeString(dir.resolve("fills.csv"), "date,symbol,quantity,price,fees\n"
                + "2026-11-23T10:15:00,SPXW  261209P07275000,10,15.90,6.50\n"
                + "9999-11-23T10:15:00,SPXW  261209P07350000,-10,21.40,6.50\n");

        CliRun run = CliRun.of("import-fills", "generic", fills.toString(), "--out", dir.resolve("imported.json").toString());
        CliRun strict = CliRun.of("import-fills", "generic", fills.toString(), "--out", out.toString(), "--strict");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("not imported: line 3: date: year must be between 1900 and 2200, got 9999-11-23");
        assertRefusedAndUntouched(strict, "error: --strict: 1 rows or legs not imported");
    }

    @Test
    @org.junit.jupiter.api.Tag("slow")
    void aResultOverTheReadLimitIsNeverWritten() throws IOException {
        // 100,000 fills: 100 puts (strikes 7000-7495, the model's limit is 1,000 fills a leg), each bought and sold
        // 500 times in turn. The scenario JSON holds every fill (about 150 bytes each, so 15 MB), past the 10 MB a
        // scenario file may have (ScenarioJson.MAX_FILE_BYTES).
        StringBuilder csv = new StringBuilder("date,symbol,quantity,price,fees\n");
        java.time.LocalDateTime start = java.time.LocalDateTime.of(2026, 1, 2, 9, 30);
        for (int i = 0; i < 100_000; i++) {
            int strike = 7000 + 5 * (i / 1000);
            csv.append(start.plusSeconds(i)).append(",SPXW  261209P0").append(strike).append("000,")
                    .append(i % 2 == 0 ? 1 : -1).append(",15.90,0\n");
        }
        Path fills = Files.writeString(dir.resolve("many.csv"), csv);

        CliRun run = CliRun.of("import-fills", "generic", fills.toString(), "--out", out.toString());

        assertRefusedAndUntouched(run, "error: " + out + ": the result would be ");
        assertThat(run.err()).contains("larger than the 10 MB limit").contains("nothing written");
        assertThat(List.of(run.out())).isNotNull();
        assertThat(ScenarioJson.read(out)).isEqualTo(ScenarioJson.read(live));
    }
}
