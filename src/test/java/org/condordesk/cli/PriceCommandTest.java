package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.condordesk.model.OptionRight;
import org.condordesk.pricing.Bsm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;

class PriceCommandTest {

    /** Hull's greeks example: S0 = 49, K = 50, r = 5 %, σ = 20 %, T = 20 weeks = 20/52 years. */
    private static final String[] HULL = {"price", "--model", "bsm", "--right", "call", "--spot", "49", "--strike",
        "50", "--rate", "0.05", "--vol", "0.2", "--years", Double.toString(20.0 / 52)};

    @Test
    void jsonCarriesHullsGreeksInTraderUnitsWithTheAgreedKeys() {
        CliRun run = CliRun.of(withJson(HULL));
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode json = run.json();
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("price", "delta", "gamma", "vegaPerVolPoint", "thetaPerDay", "rhoPerPoint",
                "vanna", "volga");
        // Hull, chapter "The Greek Letters": Δ = 0.522, Γ = 0.066, vega 12.1 per 1.00 of σ, Θ = −4.31 a year,
        // ρ = 8.91 per 1.00 of r → 0.121 per vol point, −4.31/365 a day, 0.0891 per rate point
        assertThat(json.get("price").asDouble()).isCloseTo(2.40, within(0.005));
        assertThat(json.get("delta").asDouble()).isCloseTo(0.522, within(0.0005));
        assertThat(json.get("gamma").asDouble()).isCloseTo(0.066, within(0.0005));
        assertThat(json.get("vegaPerVolPoint").asDouble()).isCloseTo(0.121, within(0.0005));
        assertThat(json.get("thetaPerDay").asDouble()).isCloseTo(-4.31 / 365, within(0.00002));
        assertThat(json.get("rhoPerPoint").asDouble()).isCloseTo(0.0891, within(0.00005));
        assertThat(run.out()).doesNotContain("E-").doesNotContain("E+");
    }

    @Test
    void textIsAlignedAndNamesTheUnits() {
        CliRun run = CliRun.of(HULL);
        assertThat(run.exitCode()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(9);
        assertThat(lines.get(0)).isEqualTo("bsm call  spot 49  strike 50  0.38461538461538464 years  rate 0.05"
                + "  yield 0  vol 0.2");
        Pattern row = Pattern.compile("(\\w+) +(-?\\d+\\.\\d+)  (.+)");
        List<Integer> valueEnds = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            Matcher matcher = row.matcher(line);
            assertThat(matcher.matches()).as(line).isTrue();
            valueEnds.add(matcher.end(2));
        }
        assertThat(valueEnds).as("values right-aligned in one column").containsOnly(valueEnds.get(0));
        assertThat(lines).contains(
                "price            2.4005  points",
                "delta            0.5216  per point of spot",
                "vega             0.1211  per vol point",
                "theta           -0.0118  per calendar day",
                "rho              0.0891  per rate point");
    }

    @Test
    void daysConvertWithA365DayYearAndYieldAndRateDefaultToZero() {
        CliRun byDays = CliRun.of("price", "--model", "bsm", "--right", "put", "--spot", "5000", "--strike", "4800",
                "--vol", "0.18", "--days", "30", "--json");
        double expected = Bsm.price(OptionRight.PUT, 5000, 4800, 30 / 365.0, 0.0, 0.0, 0.18);
        assertThat(byDays.exitCode()).isZero();
        assertThat(byDays.json().get("price").asDouble()).isEqualTo(expected);
    }

    @Test
    void black76PricesHullsFuturesPutOnTheForward() {
        // Hull, chapter "Futures Options and Black's Model": F0 = K = 60, r = 9 %, σ = 25 %, T = 4 months → 3.35
        CliRun run = CliRun.of("price", "--model", "black76", "--right", "put", "--forward", "60", "--strike", "60",
                "--rate", "0.09", "--vol", "0.25", "--years", Double.toString(4.0 / 12), "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.json().get("price").asDouble()).isCloseTo(3.35, within(0.005));
        assertThat(CliRun.of("price", "--model", "black76", "--right", "put", "--forward", "60", "--strike", "60",
                "--vol", "0.25", "--days", "30").out()).contains("per point of forward", "future held");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--model bsm --right call --spot 49 --vol 0.2 --days 30 | Missing required option: '--strike=K'",
        "--model black76 --right call --spot 20 --strike 20 --vol 0.8 --days 30 | --spot is for --model bsm",
        "--model bsm --right call --forward 20 --strike 20 --vol 0.8 --days 30 | --forward is for --model black76",
        "--model black76 --right call --forward 20 --strike 20 --yield 0.01 --vol 0.8 --days 30 | --yield does not apply",
        "--model bsm --right call --spot 49 --strike 50 --vol 0.2 --days 30 --years 0.1 | give either --years or --days",
        "--model bsm --right call --spot 49 --strike 50 --vol 0.2 | missing time to expiry",
        "--model bsm --right call --spot 49 --strike 50 --vol -0.2 --days 30 | vol must be >= 0, got -0.2",
        "--model bsm --right call --spot 49 --strike 50 --vol NaN --days 30 | vol must be a finite number, got NaN",
        "--model bsm --right call --spot 49 --strike 50 --vol 20 --days 30 | vol must be a decimal of at most 10",
        "--model bsm --right call --spot 0 --strike 50 --vol 0.2 --days 30 | spot must be > 0, got 0",
        "--model bsm --right call --spot 49 --strike 50 --rate 5 --vol 0.2 --days 30 | rate must be a decimal between",
        "--model bsm --right straddle --spot 49 --strike 50 --vol 0.2 --days 30 | 'straddle' is not a right",
        "--model sabr --right call --spot 49 --strike 50 --vol 0.2 --days 30 | 'sabr' is not a model",
        "--model bsm --right call --spot abc --strike 50 --vol 0.2 --days 30 | 'abc' is not a double",
        "--model bsm --right put --spot 49 --strike 50 --vol 0.2 --years -1 | --years -1.0 is negative: time to expiry must be >= 0",
        "--model black76 --right put --forward 20 --strike 20 --vol 0.8 --days -1 | --days -1.0 is negative",
    })
    void badInputExitsNonZeroWithOneLineOnStderr(String flags, String message) {
        List<String> args = new ArrayList<>(List.of("price"));
        args.addAll(List.of(flags.trim().split(" +")));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("error: ").contains(message.trim())
                .doesNotContain("Exception");
    }

    @Test
    void zeroTimeStaysAllowedAndPricesTheIntrinsicValue() {
        // At expiry an option is worth max(ω(S − K), 0): a 50 put at spot 49 is 1.
        CliRun run = CliRun.of("price", "--model", "bsm", "--right", "put", "--spot", "49", "--strike", "50",
                "--vol", "0.2", "--days", "0", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.json().get("price").asDouble()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void helpListsThePricingCommands() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("price", "iv");
        assertThat(CliRun.of("price", "--help").out()).contains("--yield=q", "default 0", "vol point");
    }

    private static String[] withJson(String[] args) {
        String[] withJson = java.util.Arrays.copyOf(args, args.length + 1);
        withJson[args.length] = "--json";
        return withJson;
    }
}
