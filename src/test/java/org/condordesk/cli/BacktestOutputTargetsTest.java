package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.condordesk.testsupport.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 26 §2 and §6: the backtest's CSV outputs go through the guarded path (never a library, an input of the
 * command or another output of it; --force for a file that is not a .csv text), checked before the run, and the
 * CSVs neutralise a variant name a spreadsheet would run as a formula (OWASP's CSV-injection rule).
 */
class BacktestOutputTargetsTest {

    private static final String SAMPLE = "samples/backtest-default.json";
    private static final String[] WINDOW = {"--from", "2021-01-01", "--to", "2021-02-28", "--history", "samples/history"};

    @TempDir
    Path dir;

    private static CliRun backtest(String config, String... outputs) {
        List<String> args = new java.util.ArrayList<>(List.of("backtest", "--config", config));
        args.addAll(List.of(WINDOW));
        args.addAll(List.of(outputs));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static void assertRefused(CliRun run, String flag, String reason) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("error: " + flag + ": ").contains(reason);
    }

    @Test
    void aLibraryIsNeverATradesCsvEvenWithForce() throws IOException {
        Path db = dir.resolve("library.db");
        assertThat(CliRun.of("library", "save", LibraryCommandTest.HEDGED, "--db", db.toString()).exitCode()).isZero();
        String before = TestFiles.sha256(db);

        assertRefused(backtest(SAMPLE, "--trades-csv", db.toString()), "--trades-csv", "is an SQLite database");
        assertRefused(backtest(SAMPLE, "--trades-csv", db.toString(), "--force"), "--trades-csv", "is an SQLite database");
        assertRefused(backtest(SAMPLE, "--equity-csv", db + "-wal", "--force"), "--equity-csv", "SQLite side file");

        assertThat(TestFiles.sha256(db)).isEqualTo(before);
        assertThat(CliRun.of("library", "list", "--db", db.toString()).out()).contains(LibraryCommandTest.HEDGED_NAME);
    }

    @Test
    void theConfigTheHistoryAndAnotherOutputAreNeverOverwritten() throws IOException {
        Path config = Files.copy(Path.of(SAMPLE), dir.resolve("c.json"));
        Path history = Path.of("samples/history/SPX_History.csv").toAbsolutePath();
        String configBefore = TestFiles.sha256(config);
        String historyBefore = TestFiles.sha256(history);
        Path same = dir.resolve("same.csv");

        assertRefused(backtest(config.toString(), "--trades-csv", config.toString(), "--force"), "--trades-csv",
                "is an input of this command");
        assertRefused(backtest(config.toString(), "--equity-csv", history.toString(), "--force"), "--equity-csv",
                "is an input of this command");
        assertRefused(backtest(config.toString(), "--trades-csv", same.toString(), "--equity-csv", same.toString()),
                "--equity-csv", "is the same file as --trades-csv");

        assertThat(TestFiles.sha256(config)).isEqualTo(configBefore);
        assertThat(TestFiles.sha256(history)).isEqualTo(historyBefore);
        assertThat(same).doesNotExist();
    }

    @Test
    void aFileThatIsNotACsvNeedsForceAndACsvIsReplaced() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "my notes\n");
        Path previous = Files.writeString(dir.resolve("trades.csv"), "old,table\n");

        assertRefused(backtest(SAMPLE, "--trades-csv", notes.toString()), "--trades-csv",
                "exists and is not a CSV file (a text file named .csv): refusing to overwrite it (add --force to replace it)");
        assertThat(Files.readString(notes)).isEqualTo("my notes\n");

        CliRun replaced = backtest(SAMPLE, "--trades-csv", previous.toString());
        CliRun forced = backtest(SAMPLE, "--trades-csv", notes.toString(), "--force");

        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(Files.readString(previous)).startsWith("variant,trade,entry,");
        assertThat(forced.exitCode()).as(forced.err()).isZero();
        assertThat(Files.readString(notes)).startsWith("variant,trade,entry,");
    }

    @Test
    void aVariantNamedAsAFormulaIsWrittenAsText() throws IOException {
        // OWASP CSV injection: a cell starting with = + - @ tab CR gets a leading ' (and RFC 4180 quotes when it holds
        // a comma or a quote); the expected cells are that rule applied by hand to the names below.
        String config = Files.readString(Path.of(SAMPLE))
                .replace("\"name\": \"No hedge\"", "\"name\": \"=HYPERLINK(\\\"http://x\\\",\\\"y\\\")\"")
                .replace("\"name\": \"ALVH\"", "\"name\": \"@SUM(A1)\"")
                .replace("\"variant\": \"Fixed VIX call spread\"", "\"variant\": \"Fixed VIX call spread\"");
        Path file = Files.writeString(dir.resolve("formula.json"), config);
        Path trades = dir.resolve("trades.csv");
        Path equity = dir.resolve("equity.csv");

        CliRun run = backtest(file.toString(), "--trades-csv", trades.toString(), "--equity-csv", equity.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> tradeRows = Files.readAllLines(trades);
        assertThat(tradeRows).anySatisfy(row -> assertThat(row).startsWith("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","));
        assertThat(tradeRows).anySatisfy(row -> assertThat(row).startsWith("'@SUM(A1),"));
        assertThat(tradeRows).noneSatisfy(row -> assertThat(row).startsWith("=").isNotNull());
        String header = Files.readAllLines(equity).get(0);
        assertThat(header).startsWith("date,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\") cumulative_pnl\",")
                .contains(",'@SUM(A1) equity,");
        // Numbers the app wrote itself stay numbers, minus sign and all.
        assertThat(tradeRows.subList(1, tradeRows.size())).anySatisfy(row -> assertThat(row).containsPattern(",-\\d"));
    }
}
