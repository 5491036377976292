package org.condordesk.cli;

import java.util.Map;

import org.condordesk.backtest.Bootstrap;

/** The backtest's confidence intervals in JSON ({@code ci} per variant, docs/cli.md §backtest) and as text. */
final class BootstrapOutput {

    private BootstrapOutput() {
    }

    static Map<String, Object> settings(Bootstrap.Settings settings) {
        Map<String, Object> out = CliJson.object();
        out.put("method", "stationary block bootstrap (Politis-Romano 1994), percentile intervals");
        out.put("resamples", settings.resamples());
        out.put("meanBlockDays", settings.meanBlockDays());
        out.put("seed", settings.seed());
        out.put("level", 0.95);
        return out;
    }

    static Map<String, Object> json(Bootstrap.VariantIntervals intervals) {
        Map<String, Object> out = CliJson.object();
        out.put("annualReturn", interval(intervals.annualReturn()));
        out.put("sharpe", interval(intervals.sharpe()));
        out.put("maxDrawdown", interval(intervals.maxDrawdown()));
        intervals.versusUnhedged().ifPresent(difference -> {
            Map<String, Object> versus = CliJson.object();
            versus.put("versus", difference.versus());
            versus.put("annualReturn", interval(difference.annualReturn()));
            versus.put("sharpe", interval(difference.sharpe()));
            versus.put("maxDrawdown", interval(difference.maxDrawdown()));
            versus.put("shareSharpeImproved", difference.shareSharpeImproved());
            out.put("difference", versus);
        });
        return out;
    }

    private static Map<String, Object> interval(Bootstrap.Interval interval) {
        Map<String, Object> out = CliJson.object();
        out.put("estimate", interval.estimate());
        out.put("lower", interval.lower());
        out.put("upper", interval.upper());
        return out;
    }

    static void text(StringBuilder out, Bootstrap.Result result) {
        Bootstrap.Settings settings = result.settings();
        out.append("  95 % intervals: stationary block bootstrap, ").append(settings.resamples())
                .append(" resamples, mean block ").append(TextTable.number(settings.meanBlockDays(), 0))
                .append(" trading days, seed ").append(settings.seed()).append('\n');
        TextTable table = new TextTable("", "annual", "Sharpe", "max DD", "Δ annual vs unhedged", "Δ Sharpe",
                "Δ max DD", "Sharpe better in");
        for (Bootstrap.VariantIntervals v : result.variants()) {
            table.row(v.name(), percentRange(v.annualReturn()), range(v.sharpe()), percentRange(v.maxDrawdown()),
                    v.versusUnhedged().map(d -> percentRange(d.annualReturn())).orElse(""),
                    v.versusUnhedged().map(d -> range(d.sharpe())).orElse(""),
                    v.versusUnhedged().map(d -> percentRange(d.maxDrawdown())).orElse(""),
                    v.versusUnhedged().map(d -> BacktestOutput.percent(d.shareSharpeImproved())).orElse(""));
        }
        out.append(table.render("  "));
    }

    private static String range(Bootstrap.Interval interval) {
        return TextTable.number(interval.lower(), 2) + " … " + TextTable.number(interval.upper(), 2);
    }

    private static String percentRange(Bootstrap.Interval interval) {
        return BacktestOutput.percent(interval.lower()) + " … " + BacktestOutput.percent(interval.upper());
    }
}
