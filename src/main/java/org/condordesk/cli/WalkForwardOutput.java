package org.condordesk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.condordesk.backtest.WalkForward;

/** The ALVH walk-forward in JSON ({@code walkForward}, docs/cli.md §backtest) and as text. */
final class WalkForwardOutput {

    private WalkForwardOutput() {
    }

    static Map<String, Object> json(WalkForward.Result result) {
        Map<String, Object> out = CliJson.object();
        out.put("variant", result.variant());
        out.put("inSampleYears", result.inSampleYears());
        out.put("candidates", result.candidates().stream().map(WalkForward.Candidate::label).toList());
        List<Object> years = new ArrayList<>();
        for (WalkForward.Year year : result.years()) {
            Map<String, Object> row = CliJson.object();
            row.put("year", year.year());
            row.put("chosen", year.chosen());
            row.put("inSampleSharpe", year.inSampleSharpe());
            row.put("outOfSampleSharpe", year.outOfSampleSharpe());
            row.put("outOfSampleTotalPnl", year.outOfSampleTotalPnl());
            years.add(row);
        }
        out.put("years", years);
        out.put("meanInSampleSharpe", result.meanInSampleSharpe());
        out.put("meanOutOfSampleSharpe", result.meanOutOfSampleSharpe());
        return out;
    }

    static void text(StringBuilder out, WalkForward.Result result) {
        out.append("  Walk-forward of ").append(result.variant()).append("'s thresholds: best in-sample Sharpe over ")
                .append(result.inSampleYears()).append(" years, traded the next year; ").append(result.candidates().size())
                .append(" candidates\n");
        TextTable table = new TextTable("year", "chosen", "in-sample Sharpe", "out-of-sample Sharpe", "out-of-sample P&L $");
        for (WalkForward.Year year : result.years()) {
            table.row(Integer.toString(year.year()), year.chosen(), TextTable.number(year.inSampleSharpe(), 2),
                    TextTable.number(year.outOfSampleSharpe(), 2), TextTable.number(year.outOfSampleTotalPnl(), 0));
        }
        table.row("mean", "", TextTable.number(result.meanInSampleSharpe(), 2),
                TextTable.number(result.meanOutOfSampleSharpe(), 2), "");
        out.append(table.render("  "));
    }
}
