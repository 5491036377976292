package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.testsupport.TestFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26 §4: a lone "Buy to close" (its short put's opening row removed from the sample) must never become an open
 * long, in each of the five fills layouts: a named warning without --strict, exit 2 with nothing written under
 * --strict (the file written before stays as it was).
 */
class UnmatchedCloseTest {

    private static final String PUT_7350 = "SPX 2026-12-09 PM 7350 PUT";

    @TempDir
    Path dir;

    /** The sample with the opening row of the 7350 put removed; generic: a file with an effect column. */
    private Path loneClose(String layout) throws IOException {
        Path file = dir.resolve(layout + ".csv");
        if (layout.equals("generic")) {
            return Files.writeString(file, "date,symbol,quantity,price,fees,effect\n"
                    + "2026-11-23T10:15:00,SPXW  261209P07275000,10,15.90,6.50,open\n"
                    + "2026-11-24T14:05:00,SPXW  261209P07350000,4,12.00,2.60,close\n");
        }
        String sample = switch (layout) {
            case "ibkr-activity", "ibkr-flex" -> "samples/fills/" + layout + ".csv";
            case "tasty" -> "samples/fills/tasty-transactions.csv";
            default -> "samples/fills/tos-account-statement.csv";
        };
        Predicate<String> opening = switch (layout) {
            case "ibkr-activity" -> line -> line.contains("SPXW 09DEC26 7350 P") && line.endsWith(",O");
            case "ibkr-flex" -> line -> line.contains("261209P07350000") && line.contains("\"SELL\",\"O\"");
            case "tasty" -> line -> line.contains("SELL_TO_OPEN,SPXW  261209P07350000");
            default -> line -> line.contains("SELL,-10,TO OPEN,SPX,9 DEC 26,7350,PUT");
        };
        String text = Files.readAllLines(Path.of(sample)).stream().filter(opening.negate()).collect(Collectors.joining("\n", "", "\n"));
        assertThat(text).as("the opening row was removed").isNotEqualTo(Files.readString(Path.of(sample)));
        return Files.writeString(file, text);
    }

    private static String broker(String layout) {
        return layout.startsWith("ibkr") ? "ibkr" : layout;
    }

    @ParameterizedTest
    @CsvSource({"generic", "ibkr-activity", "ibkr-flex", "tasty", "tos"})
    void aLoneBuyToCloseIsANamedWarningAndNeverALongPosition(String layout) throws IOException {
        Path fills = loneClose(layout);
        Path out = dir.resolve("out.json");

        CliRun run = CliRun.of("import-fills", broker(layout), fills.toString(), "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("not imported: line").contains("Buy to close 4 " + PUT_7350 + " has no open lot to close");
        Scenario imported = ScenarioJson.read(out);
        assertThat(imported.layers().stream().flatMap(l -> l.legs().stream()))
                .noneMatch((Leg leg) -> leg.instrument().label().equals(PUT_7350));
    }

    @ParameterizedTest
    @CsvSource({"generic", "ibkr-activity", "ibkr-flex", "tasty", "tos"})
    void underStrictItIsAnErrorAndNothingIsWritten(String layout) throws IOException {
        Path fills = loneClose(layout);
        Path previous = Files.copy(Path.of(LibraryCommandTest.HEDGED), dir.resolve("prev.json"));
        String before = TestFiles.sha256(previous);

        CliRun run = CliRun.of("import-fills", broker(layout), fills.toString(), "--out", previous.toString(), "--strict");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("error: --strict: ").endsWith(previous + " was not written");
        assertThat(run.out()).contains("Buy to close 4 " + PUT_7350 + " has no open lot to close");
        assertThat(TestFiles.sha256(previous)).isEqualTo(before);
    }
}
