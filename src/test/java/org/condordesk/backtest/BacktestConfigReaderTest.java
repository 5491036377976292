package org.condordesk.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.condordesk.model.ValidationException;
import org.condordesk.store.json.JsonInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The strict config reader: the sample reads as the documented defaults, and every bad field names its JSON path. */
class BacktestConfigReaderTest {

    @TempDir
    Path dir;

    @Test
    void theSampleIsTheDocumentedDefaultsWithASweep() {
        BacktestFile file = BacktestConfigReader.read(Path.of("samples/backtest-default.json"));
        // docs/backtest.md §config lists these defaults; the sample spells every one of them out.
        assertThat(file.config()).isEqualTo(BacktestConfig.defaults());
        assertThat(file.history()).isEqualTo(HistoryFiles.bundled(Path.of("samples/history").toAbsolutePath()));
        Sweep.Grid grid = file.sweep().orElseThrow();
        assertThat(grid.variant()).isEqualTo("Fixed VIX call spread");
        assertThat(grid.shortDeltas()).containsExactly(0.10, 0.16);
        assertThat(grid.hedgeRatios()).containsExactly(0.0, 0.25, 0.5, 1.0);
        assertThat(file.metric()).isEqualTo(Sweep.Metric.SHARPE);
    }

    @Test
    void anEmptyObjectIsTheDefaults() {
        BacktestFile file = BacktestConfigReader.parse(JsonInput.parse("{}".getBytes()), dir);
        assertThat(file.config()).isEqualTo(BacktestConfig.defaults());
        assertThat(file.sweep()).isEmpty();
    }

    @Test
    void theWingRulesAndTheFarMonthGridAreRead() {
        BacktestFile file = BacktestConfigReader.parse(JsonInput.parse(
                "{\"entry\": {\"shortDelta\": 0.2, \"wingDelta\": 0.05, \"farStrikeStepPoints\": 50}}".getBytes()), dir);
        assertThat(file.config().entry().wingDelta()).isEqualTo(0.05);
        assertThat(file.config().entry().farStrikeStepPoints()).isEqualTo(50);
        assertThat(BacktestConfigReader.parse(JsonInput.parse("{\"entry\": {\"wingCreditPctOfWidth\": 33}}".getBytes()),
                dir).config().entry().wingCreditPctOfWidth()).isEqualTo(33);
    }

    @Test
    void skipEventsReadsTheEventKinds() {
        BacktestFile file = BacktestConfigReader.parse(JsonInput.parse(
                "{\"entry\": {\"skipEvents\": [\"fomc\", \"CPI\"]}}".getBytes()), dir);
        assertThat(file.config().entry().skipEvents()).containsExactlyInAnyOrder(org.condordesk.model.EventKind.FOMC,
                org.condordesk.model.EventKind.CPI);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"entry\": {\"shortDelta\": 0.7}}|entry.shortDelta: must be between 0.01 and 0.49, got 0.7",
        "{\"entry\": {\"shortDelta\": \"x\"}}|entry.shortDelta:",
        "{\"entry\": {\"contracts\": 2.5}}|entry.contracts:",
        "{\"entry\": {\"wingDelta\": 0.2}}|entry.wingDelta: must be below shortDelta",
        "{\"entry\": {\"wingDelta\": 0.05, \"wingPercentOfSpot\": 2}}|entry.wingDelta: set at most one of",
        "{\"entry\": {\"wingCreditPctOfWidth\": 120}}|entry.wingCreditPctOfWidth: must be between 0 and 99",
        "{\"entry\": {\"farStrikeStepPoints\": 0}}|entry.farStrikeStepPoints:",
        "{\"entry\": {\"shortDeltaa\": 0.1}}|entry.shortDeltaa: unknown field",
        "{\"entry\": {\"skipEvents\": [\"FOMC\", \"NFP\"]}}|entry.skipEvents[1]: must be FOMC, CPI, PPI or OTHER, got 'NFP'",
        "{\"entry\": {\"skipEvents\": \"FOMC\"}}|entry.skipEvents: must be a list",
        "{\"frm\": \"2010-01-01\"}|frm: unknown field",
        "{\"from\": \"2010-13-01\"}|from:",
        "{\"from\": \"2012-01-01\", \"to\": \"2011-01-01\"}|to: 2011-01-01 is before from 2012-01-01",
        "{\"exits\": {\"takeProfitPctOfCredit\": 150}}|exits.takeProfitPctOfCredit: must be between 1 and 100",
        "{\"costs\": {\"spxOptionHalfSpread\": -1}}|costs.spxOptionHalfSpread: must be between 0 and 100",
        "{\"model\": {\"volOfVol\": {\"floor\": 0.01}}}|model.volOfVol.floor: must be between 0.05 and 5",
        "{\"model\": {\"smile\": {\"putSkew\": 9}}}|model.smile.putSkew: must be between -1 and 2",
        "{\"capital\": {\"costOfCapital\": 7}}|capital.costOfCapital: must be between -0.5 and 5",
        "{\"variants\": [{\"name\": \"A\", \"hedge\": \"NONE\"}, {\"name\": \"B\", \"hedge\": \"FIXED\", \"tenorDays\": 121}]}"
                + "|variants[1].tenorDays: must be between 30 and 120, got 121",
        "{\"variants\": [{\"name\": \"A\", \"hedge\": \"SOMETIMES\"}]}|variants[0].hedge:",
        "{\"variants\": [{\"name\": \"A\", \"hedge\": \"NONE\"}, {\"name\": \"A\", \"hedge\": \"ALVH\"}]}"
                + "|variants[1].name: duplicate name 'A'",
        "{\"variants\": []}|variants: needs at least one variant",
        "{\"sweep\": {\"variant\": \"Nope\"}}|sweep.variant: no variant named 'Nope'",
        "{\"sweep\": {\"shortDeltas\": [0.1, 0.9]}}|sweep.shortDeltas[1]: must be between 0.01 and 0.49",
        "{\"sweep\": {\"metric\": \"LUCK\"}}|sweep.metric:",
        "{\"history\": {\"spx\": \"a.csv\"}}|history.vix:",
    })
    void aBadFieldIsRefusedNamingItsPath(String json, String expected) {
        assertThatThrownBy(() -> BacktestConfigReader.parse(JsonInput.parse(json.getBytes()), dir))
                .isInstanceOf(ValidationException.class).hasMessageStartingWith(expected);
    }

    @Test
    void aFileErrorNamesTheFileThenThePath() throws IOException {
        Path file = dir.resolve("bad-backtest.json");
        Files.writeString(file, "{\"entry\": {\"daysToExpiry\": 0}}");
        assertThatThrownBy(() -> BacktestConfigReader.read(file)).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith(file + ": entry.daysToExpiry: must be between 1 and 365");
    }

    @Test
    void historyPathsAreResolvedAgainstTheConfigsFolder() {
        String json = "{\"history\": {\"spx\": \"h/spx.csv\", \"vix\": \"h/vix.csv\"}}";
        HistoryFiles files = BacktestConfigReader.parse(JsonInput.parse(json.getBytes()), dir).history();
        assertThat(files.spx()).isEqualTo(dir.resolve("h/spx.csv"));
        assertThat(files.vix3m()).isEmpty();
        assertThat(List.of(files.vix())).containsExactly(dir.resolve("h/vix.csv"));
    }
}
