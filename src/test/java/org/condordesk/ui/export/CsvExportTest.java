package org.condordesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.condordesk.Fixtures;
import org.condordesk.model.Scenario;
import org.condordesk.risk.Analysis;
import org.condordesk.risk.Analyzer;
import org.condordesk.risk.PnlTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {

    private final Scenario scenario = Fixtures.hedged().withLayer(1, Fixtures.diagonal().withName("Hedge 1: VIX Dec/Feb, diagonal"));
    private final Analysis analysis = Analyzer.analyze(scenario);

    @Test
    void everyTableHasAHeaderWithUnitsAndOneRowPerItem() {
        Map<String, String> tables = CsvExport.tables(scenario, analysis);
        assertThat(tables).containsOnlyKeys("legs", "layers", "curves", "decay", "vega-by-expiry", "heatmap");
        assertThat(lines(tables.get("legs"))).hasSize(1 + 7);
        assertThat(lines(tables.get("layers"))).hasSize(1 + 3 + 1);
        assertThat(lines(tables.get("curves"))).hasSize(1 + analysis.todayCurve().spx().length);
        assertThat(lines(tables.get("vega-by-expiry"))).hasSize(1 + analysis.vegaByExpiry().size());
        assertThat(tables.get("layers")).startsWith("layer,role,enabled,size_multiplier,value_usd,pnl_usd,notional_usd,"
                + "spx_delta_usd_per_pt").doesNotContain("vix_delta");
        assertThat(tables.get("legs")).contains("days_to_expiry,vix_delta_usd_per_pt,value_usd");
        assertThat(lines(tables.get("curves")).get(0)).isEqualTo(
                "spx,vix_spot_vol_map,pnl_usd_tp0_2026-11-25,pnl_usd_tpn_2026-12-02,pnl_usd_expiry_2026-12-09");
    }

    @Test
    void aTextCellAFormulaWouldStartWithIsShownAsText() {
        // OWASP ASVS 1.2.10: a leading = + - @ tab makes a spreadsheet run the cell; an apostrophe keeps it text.
        assertThat(CsvExport.quote("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvExport.quote("+1")).isEqualTo("'+1");
        assertThat(CsvExport.quote("-2 hedge")).isEqualTo("'-2 hedge");
        assertThat(CsvExport.quote("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvExport.quote("Core condor")).isEqualTo("Core condor");
        Scenario named = scenario.withLayer(0, scenario.layers().get(0).withName("=cmd|' /C calc'!A0"));
        String layers = CsvExport.tables(named, Analyzer.analyze(named)).get("layers");
        assertThat(layers).contains("\n'=cmd|' /C calc'!A0,CORE,").doesNotContain("\n=cmd");
    }

    @Test
    void namesWithCommasAreQuotedAndNumbersArePlain() {
        String layers = CsvExport.tables(scenario, analysis).get("layers");
        assertThat(layers).contains("\"Hedge 1: VIX Dec/Feb, diagonal\",HEDGE,true,1,");
        assertThat(CsvExport.number(-1686.982694151187)).isEqualTo("-1686.982694");
        assertThat(CsvExport.number(1.0)).isEqualTo("1");
        assertThat(CsvExport.number(-0.0000001)).isEqualTo("0");
    }

    @Test
    void writesOneFilePerTable(@TempDir Path folder) throws Exception {
        List<Path> files = CsvExport.write(scenario, analysis, folder, "book");
        assertThat(files).hasSize(6).allSatisfy(file -> assertThat(Files.size(file)).isPositive());
        assertThat(folder.resolve("book-legs.csv")).exists();
    }

    @Test
    void thePnlTableIsWideWithTheLevelAndUnitInEachColumnName() {
        // A hand-made table: two dates, two levels; the CSV must carry exactly these numbers.
        PnlTable table = new PnlTable(List.of(LocalDateTime.of(2026, 11, 25, 10, 0), LocalDateTime.of(2026, 12, 9, 16, 0)),
                new double[] {6840, 7600}, new double[] {26.5, 16.4}, new double[][] {{-1250.5, 311}, {-50000, 17202.25}});
        assertThat(lines(CsvExport.pnlTable(table))).containsExactly(
                "date_time_ny,pnl_usd_at_spx_6840,pnl_usd_at_spx_7600",
                "vix_at_level,26.5,16.4",
                "2026-11-25T10:00,-1250.5,311",
                "2026-12-09T16:00,-50000,17202.25");
    }

    private static List<String> lines(String csv) {
        return csv.lines().toList();
    }
}
