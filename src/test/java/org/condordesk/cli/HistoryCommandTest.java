package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.condordesk.market.VxDailySettle;
import org.condordesk.store.library.VxSettleStore;
import org.condordesk.testsupport.CfeVxFiles;
import org.condordesk.testsupport.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code history import vx|index}, {@code history list --json} (the contract keys) and {@code history delete}. */
class HistoryCommandTest {

    @TempDir
    Path dir;

    /** The reference settlements: 2018-02-05 Feb/Mar/Apr-2018 and 2020-03-16 Mar/Apr/May-2020. */
    private Path referenceFolder() throws IOException {
        Path vx = Files.createDirectories(dir.resolve("vx"));
        CfeVxFiles.modern("G (Feb 2018)").row(LocalDate.of(2018, 2, 2), 17.175).row(LocalDate.of(2018, 2, 5), 33.225)
                .write(vx.resolve("VX_2018-02-14.csv"));
        CfeVxFiles.modern("H (Mar 2018)").row(LocalDate.of(2018, 2, 5), 27.975).write(vx.resolve("VX_2018-03-21.csv"));
        CfeVxFiles.modern("J (Apr 2018)").row(LocalDate.of(2018, 2, 5), 24.725).write(vx.resolve("VX_2018-04-18.csv"));
        CfeVxFiles.modern("H (Mar 2020)").row(LocalDate.of(2020, 3, 16), 72.625).write(vx.resolve("VX_2020-03-18.csv"));
        CfeVxFiles.modern("J (Apr 2020)").row(LocalDate.of(2020, 3, 16), 59.15).write(vx.resolve("VX_2020-04-15.csv"));
        CfeVxFiles.modern("K (May 2020)").row(LocalDate.of(2020, 3, 16), 44.875).write(vx.resolve("VX_2020-05-20.csv"));
        return vx;
    }

    @Test
    void importsAFolderOfVxFilesAndListsThemWithTheContractKeys() throws IOException {
        Path db = dir.resolve("library.db");
        CliRun imported = CliRun.of("history", "import", "vx", referenceFolder().toString(), "--db", db.toString(), "--json");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.json().get("rows").asInt()).isEqualTo(7);
        assertThat(imported.json().get("contracts").asInt()).isEqualTo(6);
        Path vvix = dir.resolve("VVIX_History.csv");
        Files.writeString(vvix, "DATE,OPEN,HIGH,LOW,CLOSE\n02/02/2018,90,95,88,94.5\n02/05/2018,95,180,94,180.61\n");
        CliRun index = CliRun.of("history", "import", "index", vvix.toString(), "--symbol", "VVIX", "--db", db.toString());
        assertThat(index.exitCode()).as(index.err()).isZero();
        assertThat(index.out()).contains("imported 2 days of VVIX");

        CliRun list = CliRun.of("history", "list", "--json", "--db", db.toString());
        assertThat(list.exitCode()).as(list.err()).isZero();
        JsonNode series = list.json().get("series");
        JsonNode vx = series.get(0);
        assertThat(vx.get("kind").asText()).isEqualTo("vx");
        assertThat(vx.get("symbol").asText()).isEqualTo("VX");
        assertThat(vx.get("from").asText()).isEqualTo("2018-02-02");
        assertThat(vx.get("to").asText()).isEqualTo("2020-03-16");
        assertThat(vx.get("rows").isIntegralNumber()).isTrue();
        assertThat(vx.get("rows").asInt()).isEqualTo(7);
        JsonNode vvixRow = series.findParents("symbol").stream().filter(n -> n.get("symbol").asText().equals("VVIX"))
                .findFirst().orElseThrow();
        assertThat(vvixRow.get("kind").asText()).isEqualTo("index");
        assertThat(vvixRow.get("rows").asInt()).isEqualTo(2);

        // The store answers what the files said (the quoted settlements).
        try (VxSettleStore store = VxSettleStore.open(db)) {
            assertThat(store.all()).filteredOn(s -> s.day().equals(LocalDate.of(2020, 3, 16)))
                    .extracting(VxDailySettle::expiry, VxDailySettle::settlePoints)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2020, 3, 18), 72.625),
                            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2020, 4, 15), 59.15),
                            org.assertj.core.groups.Tuple.tuple(LocalDate.of(2020, 5, 20), 44.875));
        }
    }

    @Test
    void reImportUpsertsAndABadFileStoresNothing() throws IOException {
        Path db = dir.resolve("library.db");
        Path folder = referenceFolder();
        assertThat(CliRun.of("history", "import", "vx", folder.toString(), "--db", db.toString()).exitCode()).isZero();
        CfeVxFiles.modern("G (Feb 2018)").row(LocalDate.of(2018, 2, 5), 33.0).write(folder.resolve("VX_2018-02-14.csv"));
        assertThat(CliRun.of("history", "import", "vx", folder.resolve("VX_2018-02-14.csv").toString(), "--db",
                db.toString()).exitCode()).isZero();
        try (VxSettleStore store = VxSettleStore.open(db)) {
            assertThat(store.all()).hasSize(7).filteredOn(s -> s.contract().equals("VX/G8") && s.day().getDayOfMonth() == 5)
                    .extracting(VxDailySettle::settlePoints).containsExactly(33.0);
        }
        String before = TestFiles.sha256(db);
        Path bad = dir.resolve("bad");
        Files.createDirectories(bad);
        CfeVxFiles.modern("H (Mar 2021)").row(LocalDate.of(2021, 3, 1), 25).write(bad.resolve("a.csv"));
        CfeVxFiles.modern("J (Apr 2021)").raw("2021-03-01,J (Apr 2021),25").write(bad.resolve("b.csv"));
        CliRun refused = CliRun.of("history", "import", "vx", bad.toString(), "--db", db.toString());
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err().strip()).startsWith("error: b.csv line 3: expected 11 comma-separated fields").doesNotContain("\n");
        assertThat(TestFiles.sha256(db)).isEqualTo(before);
    }

    @Test
    void deleteRemovesASeriesAndAnUnknownIndexIsRefused() throws IOException {
        Path db = dir.resolve("library.db");
        CliRun.of("history", "import", "vx", referenceFolder().toString(), "--db", db.toString());
        CliRun delete = CliRun.of("history", "delete", "vx", "--db", db.toString());
        assertThat(delete.out()).contains("deleted 7 rows");
        assertThat(CliRun.of("history", "list", "--json", "--db", db.toString()).json().get("series")).isEmpty();
        Path file = dir.resolve("x.csv");
        Files.writeString(file, "DATE,OPEN,HIGH,LOW,CLOSE\n02/02/2018,90,95,88,94.5\n");
        CliRun refused = CliRun.of("history", "import", "index", file.toString(), "--symbol", "SKEW", "--db", db.toString());
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("--symbol: must be one of VVIX, VIX9D, VIX6M, VIX1D, got 'SKEW'");
    }

    @Test
    void backtestReportsDataCoverageAndModelOnlyIgnoresTheStore() throws IOException {
        Path db = dir.resolve("library.db");
        CliRun.of("history", "import", "vx", referenceFolder().toString(), "--db", db.toString());
        CliRun real = CliRun.of("backtest", "--config", "samples/backtest-default.json", "--from", "2018-01-02", "--to",
                "2018-03-30", "--db", db.toString(), "--json");
        assertThat(real.exitCode()).as(real.err()).isZero();
        for (JsonNode variant : real.json().get("variants")) {
            JsonNode coverage = variant.get("dataCoverage");
            for (String key : java.util.List.of("entriesReal", "entriesModel", "marksReal", "marksModel", "settlementsReal",
                    "settlementsModel")) {
                assertThat(coverage.get(key).isInt()).as(key).isTrue();
            }
        }
        // The call-spread variant's VIX options mark on the real future on 2018-02-02 and 2018-02-05 but stay modelled.
        CliRun modelOnly = CliRun.of("backtest", "--config", "samples/backtest-default.json", "--from", "2018-01-02", "--to",
                "2018-03-30", "--model-only", "--json");
        assertThat(modelOnly.exitCode()).as(modelOnly.err()).isZero();
        JsonNode none = modelOnly.json().get("variants").get(0).get("dataCoverage");
        assertThat(none.get("entriesReal").asInt()).isZero();
        assertThat(none.get("marksReal").asInt()).isZero();
        // 12 weekly condors of 4 legs each, all settled on the SPX close (the official PM settlement).
        assertThat(none.get("settlementsReal").asInt()).isPositive();
        // The hedge's VIX options are marked on the real Apr-2018 future on the 2018-02-05 stress day: its P&L moves.
        assertThat(real.json().get("variants").get(1).get("stressPnl").get("2018-02-05").asDouble())
                .isNotEqualTo(modelOnly.json().get("variants").get(1).get("stressPnl").get("2018-02-05").asDouble());
        assertThat(real.json().get("variants").get(0).get("stressPnl").get("2018-02-05").asDouble())
                .isEqualTo(modelOnly.json().get("variants").get(0).get("stressPnl").get("2018-02-05").asDouble());
        CliRun both = CliRun.of("backtest", "--config", "samples/backtest-default.json", "--model-only", "--db", db.toString());
        assertThat(both.err()).contains("--model-only: ignores the imported history: leave out --db");
    }

    @Test
    void proxyReportComparesTheCurveAndRunsTheBacktestBothWays() throws IOException {
        Path db = dir.resolve("library.db");
        CliRun.of("history", "import", "vx", referenceFolder().toString(), "--db", db.toString());
        Path config = dir.resolve("short.json");
        String sample = Files.readString(Path.of("samples/backtest-default.json"));
        Files.writeString(config, sample.replaceFirst("\\{", "{ \"history\": { \"spx\": \""
                + Path.of("samples/history/SPX_History.csv").toAbsolutePath() + "\", \"vix\": \""
                + Path.of("samples/history/VIX_History.csv").toAbsolutePath() + "\", \"vix3m\": \""
                + Path.of("samples/history/VIX3M_History.csv").toAbsolutePath()
                + "\" }, \"from\": \"2018-01-02\", \"to\": \"2018-03-30\","));
        CliRun run = CliRun.of("history", "proxy-report", "--db", db.toString(), "--config", config.toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        // The seven reference settlements, all before their contract's settlement day.
        assertThat(run.json().get("compared").asInt()).isEqualTo(7);
        assertThat(run.json().get("byYear")).extracting(n -> n.get("group").asText()).containsExactly("2018", "2020");
        assertThat(run.json().get("runs").get("model")).hasSize(3);
        assertThat(run.json().get("runs").get("real")).hasSize(3);
    }
}
