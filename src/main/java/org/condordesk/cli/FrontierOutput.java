package org.condordesk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.condordesk.backtest.Frontier;

/** The hedge efficiency frontier in JSON ({@code frontier[]}, docs/cli.md §backtest) and as text. */
final class FrontierOutput {

    private FrontierOutput() {
    }

    static List<Object> json(List<Frontier.Point> points) {
        List<Object> rows = new ArrayList<>();
        for (Frontier.Point p : points) {
            Map<String, Object> row = CliJson.object();
            row.put("instrument", p.instrument());
            row.put("sizeRule", p.sizeRule());
            row.put("hedgeRatio", p.hedgeRatio());
            row.put("tenor", p.tenorDays());
            row.put("cost", p.costPerYear());
            row.put("cvar95", p.cvar95());
            row.put("maxDrawdown", p.maxDrawdown());
            row.put("stressPnl", p.stressPnl());
            row.put("dominated", p.dominated());
            row.put("wipedOut", p.wipedOut().map(java.time.LocalDate::toString).orElse(null));
            row.put("annualReturn", p.metrics().annualReturn());
            row.put("sharpe", p.metrics().sharpe());
            rows.add(row);
        }
        return rows;
    }

    static void text(StringBuilder out, List<Frontier.Point> points) {
        if (points.isEmpty()) {
            return;
        }
        out.append("  Hedge frontier: cost = annual P&L given up against no hedge; protection = CVaR 95 % of trade P&L, "
                + "max drawdown, stress-day P&L; * = dominated (a hedge wiped out is dominated by the condor that survived)\n");
        TextTable table = new TextTable("instrument", "size", "tenor", "cost $/yr", "CVaR 95 % $", "max DD",
                "stress days $", "");
        for (Frontier.Point p : points) {
            table.row(p.instrument(), p.sizeRule(), p.tenorDays() == 0 ? "" : p.tenorDays() + " d",
                    TextTable.number(p.costPerYear(), 0), TextTable.number(p.cvar95(), 0),
                    BacktestOutput.percent(p.maxDrawdown()), TextTable.number(p.stressPnl(), 0),
                    (p.dominated() ? "*" : "") + p.wipedOut().map(day -> " wiped out " + day).orElse(""));
        }
        out.append(table.render("  "));
    }
}
