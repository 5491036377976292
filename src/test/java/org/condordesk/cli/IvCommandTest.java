package org.condordesk.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IvCommandTest {

    @Test
    void hullsCallPriceGivesBackTwentyPercentAsJson() {
        // Hull, chapter "The Black-Scholes-Merton Model": S0 = 42, K = 40, r = 10 %, σ = 20 %, T = 0.5 →
        // c = 4.7594223928715334 (mpmath 1.3.0, 40 digits)
        CliRun run = CliRun.of("iv", "--model", "bsm", "--right", "call", "--spot", "42", "--strike", "40",
                "--rate", "0.1", "--years", "0.5", "--price", "4.759422392871533", "--json");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.json().size()).isEqualTo(1);
        assertThat(run.json().get("impliedVol").asDouble()).isCloseTo(0.2, within(1e-13));
    }

    @Test
    void textShowsTheVolAsADecimalAndAPercentage() {
        // Hull, chapter "Futures Options and Black's Model": the 4-month futures put F0 = K = 60 at 25 % is 3.35
        CliRun run = CliRun.of("iv", "--model", "black76", "--right", "put", "--forward", "60", "--strike", "60",
                "--rate", "0.09", "--years", Double.toString(4.0 / 12), "--price", "3.349924369676830");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("implied vol     0.250000  (25.0000 % a year)" + System.lineSeparator());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--model bsm --right put --spot 42 --strike 50 --rate 0.1 --years 0.5 --price 5 | price 5 is below the intrinsic value 5.561471225",
        "--model bsm --right call --spot 42 --strike 40 --years 0.5 --price 43 | price 43 is at or above the discounted forward 42",
        "--model bsm --right call --spot 42 --strike 40 --years 0.5 | Missing required option: '--price=P'",
        "--model bsm --right call --spot 42 --strike 40 --years 0.5 --price NaN | price must be a finite number, got NaN",
        "--model bsm --right call --spot 42 --strike 40 --days 0 --price 2 | years must be > 0 for an implied volatility",
        "--model black76 --right call --spot 42 --strike 40 --days 10 --price 2 | --spot is for --model bsm",
        "--model bsm --right call --spot 42 --strike 40 --years 0.5 --price 0 | --price 0: a zero quote means there is no bid",
        "--model bsm --right call --spot 42 --strike 40 --years -1 --price 2 | --years -1.0 is negative: time to expiry must be >= 0",
    })
    void badInputExitsNonZeroWithOneLineOnStderr(String flags, String message) {
        List<String> args = new ArrayList<>(List.of("iv"));
        args.addAll(List.of(flags.trim().split(" +")));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("error: ").contains(message.trim());
    }
}
