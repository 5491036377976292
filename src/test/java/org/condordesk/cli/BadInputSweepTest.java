package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input, as a script or a typo gives it (issue 14 item 13): each answer is one line on stderr, a non-zero
 * exit, nothing on stdout, and no internals (Java class names, engine field names, raw SQLite errors).
 */
class BadInputSweepTest {

    private static final String S = LibraryCommandTest.HEDGED;
    private static final String NAME = LibraryCommandTest.HEDGED_NAME;
    /** What a user must never see: Java and library internals. */
    private static final List<String> INTERNALS = List.of("java.", "Exception", "org.condordesk", "\tat ", "SQLITE_",
            "shiftDays", "vixShiftPoints", "hedgeLayer", "sqlite", ": null");

    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void libraryWithOneScenario() {
        db = dir.resolve("lib.db").toString();
        assertThat(CliRun.of("library", "save", S, "--db", db).exitCode()).isZero();
    }

    static Stream<Arguments> badCommands() {
        String longText = "a".repeat(100_000);
        return Stream.of(
                List.of("report", S, "--at", "2026-02-30"),
                List.of("report", S, "--at", "9999-12-31"),
                List.of("report", S, "--at", "2020-01-01"),
                List.of("report", S, "--at", ""),
                List.of("report", S, "--vix-shift", "1e9"),
                List.of("report", S, "--vix-shift", "NaN"),
                List.of("report", S, "--vix-shift", "abc"),
                List.of("report", S, "--hedge-layer", "99"),
                List.of("report", S, "--hedge-layer", "-5"),
                List.of("report"),
                List.of("frobnicate"),
                List.of("library"),
                List.of("library", "search", longText, "--db", "DB"),
                List.of("library", "export", NAME, "--version", "-3", "--out", "x.json", "--db", "DB"),
                List.of("library", "export", NAME, "--version", "abc", "--out", "x.json", "--db", "DB"),
                List.of("library", "export", NAME, "--version", "7", "--out", dir.resolve("v7.json").toString(), "--db", "DB"),
                List.of("library", "versions", "nope", "--db", "DB"),
                List.of("library", "rename", "nope", "other", "--db", "DB"),
                List.of("library", "rename", NAME, "", "--db", "DB"),
                List.of("library", "rename", NAME, longText, "--db", "DB"),
                List.of("library", "save", S, "--note", longText, "--db", "DB"),
                List.of("library", "save", S, "--note", "bell\u0007", "--db", "DB"),
                List.of("library", "list", "--db", "/dev/null"),
                List.of("library", "list", "--db", "/"),
                List.of("backtest", "--config", "/nonexistent/backtest.json"),
                List.of("backtest", "--config", "/dev/zero"),
                List.of("backtest", "--config", "samples/backtest-default.json", "--from", "2020-02-30"),
                List.of("backtest", "--config", "samples/backtest-default.json", "--from", "1800-01-01", "--to", "1800-12-31"),
                List.of("backtest", "--config", "samples/backtest-default.json", "--threads", "0", "--sweep"),
                List.of("backtest", "--config", "samples/backtest-default.json", "--sweep-csv", "x.csv"),
                List.of("backtest", "--config", "samples/condor-only.json"),
                List.of("backtest"),
                List.of("validate", "/dev/zero"),
                List.of("validate", "/nonexistent/file.json"),
                List.of("price", "--model", "bsm", "--right", "call", "--spot", "-1", "--strike", "50", "--rate", "0.05",
                        "--vol", "0.2", "--years", "0.5"),
                List.of("iv", "--model", "black76", "--right", "call", "--forward", "18.55", "--strike", "20", "--rate", "0.037",
                        "--days", "56", "--price", "1e9"))
                .map(args -> Arguments.of(args.stream().map(a -> a.equals("DB") ? db : a).toList()));
    }

    @ParameterizedTest
    @MethodSource("badCommands")
    void oneLineNoInternalsNonZeroExit(List<String> args) {
        CliRun run = CliRun.of(args.toArray(String[]::new));

        assertThat(run.exitCode()).as("exit code").isNotZero();
        assertThat(run.out()).as("stdout").isEmpty();
        assertThat(run.errLines()).as("stderr").hasSize(1);
        assertThat(run.err()).startsWith("error: ");
        for (String internal : INTERNALS) {
            assertThat(run.err()).as("leaks '" + internal + "'").doesNotContain(internal);
        }
    }
}
