package org.condordesk.cli;

import java.util.Locale;
import java.util.Map;

import org.condordesk.backtest.BenchmarkRun;

/** {@code backtest --benchmark}'s JSON (keys in docs/cli.md §backtest, a contract of issue 28) and text. */
final class BenchmarkOutput {

    private BenchmarkOutput() {
    }

    /** Returns as decimals (0.0745 = 7.45 %), the premium per roll in percent of spot, rolls a whole number. */
    static Map<String, Object> json(BenchmarkRun.Result result) {
        Map<String, Object> out = CliJson.object();
        out.put("benchmark", result.benchmark().name());
        out.put("from", result.from().toString());
        out.put("to", result.to().toString());
        out.put("annualReturn", result.annualReturn());
        out.put("volatility", result.volatility());
        out.put("maxDrawdown", result.maxDrawdown());
        out.put("averagePremiumPct", result.averagePremiumPct());
        out.put("rolls", result.rolls());
        return out;
    }

    static String text(BenchmarkRun.Result result) {
        return String.format(Locale.ROOT, "%s in model mode, %s … %s (%d rolls)%n"
                        + "annual return      %7.2f %%%n"
                        + "volatility         %7.2f %%  (monthly, annualised)%n"
                        + "max drawdown       %7.2f %%  (month-end values)%n"
                        + "average premium    %7.3f %% of spot per roll%n"
                        + "Published figures and the model's gaps: docs/backtest.md §7.%n",
                result.benchmark(), result.from(), result.to(), result.rolls(), 100 * result.annualReturn(),
                100 * result.volatility(), 100 * result.maxDrawdown(), result.averagePremiumPct());
    }
}
