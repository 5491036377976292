package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code backtest}: the JSON keys (a contract), the text table, the CSV export and one-line errors. */
class BacktestCommandTest {

    private static final String SAMPLE = "samples/backtest-default.json";

    @TempDir
    Path dir;

    @Test
    void jsonHasTheContractKeysForEveryVariant() throws IOException {
        Path trades = dir.resolve("trades.csv");
        CliRun run = CliRun.of("backtest", "--config", SAMPLE, "--from", "2020-02-01", "--to", "2020-04-30", "--json",
                "--trades-csv", trades.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = run.json();
        assertThat(json.get("window").get("from").asText()).isEqualTo("2020-02-03");
        assertThat(json.get("window").get("to").asText()).isEqualTo("2020-04-30");
        JsonNode variants = json.get("variants");
        int totalTrades = 0;
        // The sample's three variants, in its order.
        assertThat(variants).hasSize(3);
        assertThat(variants.get(0).get("name").asText()).isEqualTo("No hedge");
        assertThat(variants.get(2).get("name").asText()).isEqualTo("ALVH");
        for (JsonNode variant : variants) {
            // The contract: name, annualReturn, sharpe, maxDrawdown, trades, stressPnl.
            for (String key : List.of("name", "annualReturn", "sharpe", "maxDrawdown", "trades", "stressPnl")) {
                assertThat(variant.has(key)).as(key).isTrue();
            }
            // Weekly entries from Monday 2020-02-03 to 2020-04-30: 13 (every 5 trading days; Good Friday closed),
            // unless the account (its own peak margin) is wiped out in the 2020 crash: then it stops that day and only
            // the entries before it remain (issue 28 §3). The crash ran from the S&P 500's close high of 2020-02-19 to
            // its low of 2020-03-23 (S&P Dow Jones Indices), so a stop falls between those two days.
            if (variant.get("stoppedOn").isNull()) {
                assertThat(variant.get("trades").asInt()).isEqualTo(13);
            } else {
                assertThat(variant.get("stoppedOn").asText()).isBetween("2020-02-20", "2020-03-23");
                assertThat(variant.get("trades").asInt()).isBetween(1, 12);
            }
            totalTrades += variant.get("trades").asInt();
            assertThat(variant.get("stressPnl").has("2020-03-16")).isTrue();
            assertThat(variant.get("stressPnl").get("2020-03-16").isNumber()).isTrue();
            // Outside the window the stress day is listed with no value.
            assertThat(variant.get("stressPnl").get("2018-02-05").isNull()).isTrue();
            assertThat(variant.get("maxDrawdown").asDouble()).isBetween(0.0, 1.0);
        }
        List<String> rows = Files.readAllLines(trades);
        assertThat(rows.get(0)).startsWith("variant,trade,entry,exit,exit_reason,expiry");
        assertThat(rows).hasSize(1 + totalTrades);
    }

    @Test
    void aBenchmarkPrintsTheContractKeysWithTheirTypes() {
        CliRun run = CliRun.of("backtest", "--benchmark", "PUT", "--from", "2006-01-01", "--to", "2015-12-31", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        // Issue 28's contract: benchmark, from, to (text), annualReturn, volatility, maxDrawdown, averagePremiumPct
        // (numbers), rolls (a whole number). The first roll is the first standard expiry in the window, 2006-01-20;
        // from then to 2015-12-31 there are 120 monthly rolls (12 a year for 10 years).
        assertThat(json.get("benchmark").asText()).isEqualTo("PUT");
        assertThat(json.get("from").asText()).isEqualTo("2006-01-20");
        assertThat(json.get("to").asText()).isEqualTo("2015-12-31");
        for (String key : List.of("annualReturn", "volatility", "maxDrawdown", "averagePremiumPct")) {
            assertThat(json.get(key).isNumber()).as(key).isTrue();
        }
        assertThat(json.get("rolls").isIntegralNumber()).isTrue();
        assertThat(json.get("rolls").asInt()).isEqualTo(120);
    }

    @Test
    void aBenchmarkOrAConfigButNotBothNorNeither() {
        CliRun both = CliRun.of("backtest", "--benchmark", "CNDR", "--config", SAMPLE);
        assertThat(both.exitCode()).isNotZero();
        assertThat(both.err()).contains("--config").contains("exactly one");
        CliRun neither = CliRun.of("backtest");
        assertThat(neither.exitCode()).isNotZero();
        CliRun unknown = CliRun.of("backtest", "--benchmark", "XYZ");
        assertThat(unknown.exitCode()).isNotZero();
        assertThat(unknown.err()).doesNotContain("Exception").doesNotContain("\tat ");
        CliRun early = CliRun.of("backtest", "--benchmark", "WPUT", "--to", "2004-12-31");
        assertThat(early.exitCode()).isNotZero();
        assertThat(early.err()).contains("Weeklys");
    }

    @Test
    void everyVariantCarriesItsBootstrapIntervalsAndTheHedgedOnesTheirDifference() {
        CliRun run = CliRun.of("backtest", "--config", SAMPLE, "--from", "2020-01-01", "--to", "2020-12-31", "--json",
                "--bootstrap", "200", "--block-days", "10", "--seed", "5");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("bootstrap").get("resamples").asInt()).isEqualTo(200);
        assertThat(json.get("bootstrap").get("meanBlockDays").asDouble()).isEqualTo(10.0);
        JsonNode variants = json.get("variants");
        for (JsonNode variant : variants) {
            JsonNode ci = variant.get("ci");
            for (String figure : List.of("annualReturn", "sharpe", "maxDrawdown")) {
                JsonNode interval = ci.get(figure);
                assertThat(interval.get("lower").isNumber()).as(figure).isTrue();
                // The interval's estimate is the variant's own figure, printed beside it (a second computation).
                assertThat(interval.get("estimate").asDouble()).as(figure)
                        .isCloseTo(variant.get(figure).asDouble(), org.assertj.core.api.Assertions.within(1e-9));
                assertThat(interval.get("lower").asDouble()).isLessThanOrEqualTo(interval.get("upper").asDouble());
            }
        }
        // The unhedged variant is the reference: no difference of its own; the hedged ones have one against it.
        assertThat(variants.get(0).get("ci").has("difference")).isFalse();
        JsonNode difference = variants.get(1).get("ci").get("difference");
        assertThat(difference.get("versus").asText()).isEqualTo("No hedge");
        assertThat(difference.get("shareSharpeImproved").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void theFrontierHasItsContractKeysAndWritesItsCsv() throws IOException {
        Path csv = dir.resolve("frontier.csv");
        CliRun run = CliRun.of("backtest", "--config", SAMPLE, "--from", "2020-01-01", "--to", "2020-06-30", "--json",
                "--bootstrap", "100", "--frontier", "--frontier-instruments", "VX,CALL_SPREAD", "--frontier-ratios",
                "0.5", "--frontier-tenors", "60", "--frontier-csv", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode frontier = run.json().get("frontier");
        // The unhedged reference and 2 instruments × 1 ratio × 1 tenor.
        assertThat(frontier).hasSize(3);
        assertThat(frontier.get(0).get("instrument").asText()).isEqualTo("NONE");
        for (JsonNode point : frontier) {
            assertThat(point.get("instrument").isTextual()).isTrue();
            assertThat(point.get("sizeRule").isTextual()).isTrue();
            assertThat(point.get("tenor").isInt()).isTrue();
            for (String key : List.of("cost", "cvar95", "maxDrawdown", "stressPnl")) {
                assertThat(point.get(key).isNumber()).as(key).isTrue();
            }
            assertThat(point.get("dominated").isBoolean()).isTrue();
        }
        // The grid in the order given.
        assertThat(frontier.get(1).get("instrument").asText()).isEqualTo("VX");
        assertThat(frontier.get(2).get("instrument").asText()).isEqualTo("CALL_SPREAD");
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).startsWith("instrument,size_rule,hedge_ratio,tenor_days,cost_per_year,cvar95");
        assertThat(rows).hasSize(4);
    }

    @Test
    void aFrontierFlagWithoutFrontierIsOneLine() {
        CliRun run = CliRun.of("backtest", "--config", SAMPLE, "--frontier-tenors", "60");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--frontier");
    }

    @Test
    void theWalkForwardListsEachOutOfSampleYear() {
        CliRun run = CliRun.of("backtest", "--config", SAMPLE, "--from", "2016-01-01", "--to", "2018-12-31", "--json",
                "--bootstrap", "100", "--walk-forward", "ALVH", "--in-sample-years", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode walk = run.json().get("walkForward");
        assertThat(walk.get("variant").asText()).isEqualTo("ALVH");
        assertThat(walk.get("inSampleYears").asInt()).isEqualTo(2);
        assertThat(walk.get("candidates")).hasSize(9);
        assertThat(walk.get("years")).hasSize(1);
        JsonNode year = walk.get("years").get(0);
        assertThat(year.get("year").asInt()).isEqualTo(2018);
        assertThat(year.get("chosen").isTextual()).isTrue();
        assertThat(year.get("inSampleSharpe").isNumber()).isTrue();
        assertThat(year.get("outOfSampleSharpe").isNumber()).isTrue();
        CliRun notAlvh = CliRun.of("backtest", "--config", SAMPLE, "--walk-forward", "No hedge");
        assertThat(notAlvh.exitCode()).isEqualTo(2);
        assertThat(notAlvh.err()).contains("not an ALVH variant");
    }

    @Test
    void aScenarioIsBacktestedByItsOwnRulesOnTheBundledHistory() {
        CliRun run = CliRun.of("backtest", "--scenario", "samples/condor-vix-hedge.json", "--from", "2022-01-01",
                "--to", "2022-06-30", "--json", "--bootstrap", "100");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = run.json();
        JsonNode rules = json.get("rules");
        assertThat(rules.get("entry").get("contracts").asInt()).isEqualTo(10);
        assertThat(rules.get("entry").get("wingWidthPoints").asDouble()).isEqualTo(75.0);
        assertThat(rules.get("variants")).hasSize(3);
        assertThat(rules.get("variants").get(1).get("instrument").asText()).isEqualTo("DIAGONAL");
        assertThat(rules.get("variants").get(2).get("hedge").asText()).isEqualTo("ALVH");
        // The variants run are the rules' variants, by the scenario's layer names.
        assertThat(json.get("variants").get(1).get("name").asText()).startsWith("Hedge 1");
        assertThat(json.get("variants").get(1).get("trades").asInt()).isPositive();
        CliRun neither = CliRun.of("backtest", "--json");
        assertThat(neither.exitCode()).isEqualTo(2);
        assertThat(neither.err()).contains("--scenario");
    }

    @Test
    void aBootstrapOutsideItsRangeIsOneLine() {
        CliRun run = CliRun.of("backtest", "--config", SAMPLE, "--bootstrap", "5");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).contains("resamples").doesNotContain("\n").doesNotContain("Exception");
    }

    @Test
    void textIsATableWithOneRowPerVariant() {
        CliRun run = CliRun.of("backtest", "--config", SAMPLE, "--from", "2021-01-01", "--to", "2021-03-31");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Backtest 2021-01-04 .. 2021-03-31").contains("No hedge").contains("ALVH")
                .contains("annual").contains("Sharpe").contains("2020-03-16 $");
    }

    @Test
    void theSweepRunsTheConfigsGrid() {
        CliRun run = CliRun.of("backtest", "--config", SAMPLE, "--from", "2021-01-01", "--to", "2021-06-30", "--json",
                "--sweep", "--threads", "2");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode sweep = run.json().get("sweep");
        // The sample's grid: 2 deltas × 1 DTE × 4 hedge ratios.
        assertThat(sweep.get("cells")).hasSize(8);
        assertThat(sweep.get("metric").asText()).isEqualTo("SHARPE");
        assertThat(sweep.get("cells").get(0).get("value").asDouble())
                .isEqualTo(sweep.get("cells").get(0).get("sharpe").asDouble());
    }

    @Test
    void aBadConfigValueExitsTwoWithOneLineNamingTheFileAndPath() throws IOException {
        Path config = dir.resolve("my-backtest.json");
        Files.writeString(config, "{\"entry\": {\"shortDelta\": 0.7}}");
        CliRun run = CliRun.of("backtest", "--config", config.toString(), "--json");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("error: " + config
                + ": entry.shortDelta: must be between 0.01 and 0.49, got 0.7");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aWindowThatEndsBeforeItStartsNamesTheFlags() {
        CliRun run = CliRun.of("backtest", "--config", SAMPLE, "--from", "2021-01-01", "--to", "2020-01-01");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("error: --from/--to: the window ends (2020-01-01) before it starts (2021-01-01)");
    }

    @Test
    void aMissingHistoryFolderIsOneLine() {
        CliRun run = CliRun.of("backtest", "--config", SAMPLE, "--history", dir.resolve("none").toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.err()).startsWith("error: ").contains("SPX_History.csv");
    }
}
