package org.condordesk.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.condordesk.backtest.AccountMetrics;
import org.condordesk.backtest.BacktestConfig;
import org.condordesk.backtest.BacktestFile;
import org.condordesk.backtest.Bootstrap;
import org.condordesk.backtest.Frontier;
import org.condordesk.backtest.WalkForward;
import org.condordesk.backtest.BacktestResult;
import org.condordesk.backtest.DataCoverage;
import org.condordesk.backtest.Sweep;
import org.condordesk.backtest.VariantMetrics;
import org.condordesk.backtest.VariantResult;

/** The {@code backtest} command's JSON and text (keys in docs/cli.md §backtest). */
final class BacktestOutput {

    private BacktestOutput() {
    }

    /** What the hedge studies add to a run: bootstrap intervals, the frontier (may be empty), the walk-forward. */
    record Studies(Bootstrap.Result intervals, List<Frontier.Point> frontier, Optional<WalkForward.Result> walkForward,
                   Optional<BacktestConfig> scenarioRules) {
    }

    static Map<String, Object> json(BacktestResult result, Optional<BacktestFile> sweepFile, List<Sweep.Cell> cells,
                                    Studies studies) {
        Bootstrap.Result intervals = studies.intervals();
        Map<String, Object> out = CliJson.object();
        Map<String, Object> window = CliJson.object();
        window.put("from", result.firstDay().toString());
        window.put("to", result.lastDay().toString());
        out.put("window", window);
        out.put("notes", result.notes());
        studies.scenarioRules().ifPresent(rules -> out.put("rules", ScenarioRulesOutput.json(rules)));
        List<Object> variants = new ArrayList<>();
        for (int v = 0; v < result.variants().size(); v++) {
            Map<String, Object> variant = variant(result.variants().get(v));
            variant.put("ci", BootstrapOutput.json(intervals.variants().get(v)));
            variants.add(variant);
        }
        out.put("variants", variants);
        out.put("bootstrap", BootstrapOutput.settings(intervals.settings()));
        if (!studies.frontier().isEmpty()) {
            out.put("frontier", FrontierOutput.json(studies.frontier()));
        }
        studies.walkForward().ifPresent(walk -> out.put("walkForward", WalkForwardOutput.json(walk)));
        sweepFile.ifPresent(file -> out.put("sweep", sweep(file, cells)));
        return out;
    }

    private static Map<String, Object> variant(VariantResult variant) {
        VariantMetrics m = variant.metrics();
        Map<String, Object> out = CliJson.object();
        out.put("name", variant.name());
        out.put("hedge", variant.kind().name());
        out.put("annualReturn", m.annualReturn());
        out.put("sharpe", m.sharpe());
        out.put("maxDrawdown", m.maxDrawdown());
        out.put("trades", m.trades());
        Map<String, Object> stress = CliJson.object();
        m.stressPnl().forEach((day, pnl) -> stress.put(day.toString(), pnl));
        out.put("stressPnl", stress);
        out.put("capitalBase", m.capitalBase());
        out.put("totalPnl", m.totalPnl());
        out.put("totalReturn", m.totalReturn());
        out.put("sortino", m.sortino());
        out.put("irr", m.irr());
        out.put("costOfCapital", m.costOfCapital());
        out.put("npv", m.npv());
        out.put("maxDrawdownDollars", m.maxDrawdownDollars());
        out.put("maxDrawdownOnCapitalBase", variant.maxDrawdownOnCapitalBase());
        out.put("drawdownPeak", date(m.drawdownPeak()));
        out.put("drawdownTrough", date(m.drawdownTrough()));
        out.put("drawdownRecovery", date(m.drawdownRecovery()));
        out.put("ruinDate", date(variant.ruinDate()));
        out.put("dataCoverage", coverage(variant.dataCoverage()));
        out.put("winRate", m.winRate());
        out.put("worstTrade", m.worstTrade());
        out.put("worstTradeEntry", date(m.worstTradeEntry()));
        out.put("averageHedgeCostPerTrade", m.averageHedgeCostPerTrade());
        out.put("totalCosts", m.totalCosts());
        // Issue 28 §3: the account's own figures (one drawdown definition: equity from its running peak).
        AccountMetrics a = m.account();
        if (a != null) {
            out.put("cagr", a.cagr());
            out.put("volatility", a.volatility());
            out.put("accountSharpe", a.sharpe());
            out.put("accountSortino", a.sortino());
            out.put("calmar", a.calmar());
            out.put("worstMonth", a.worstMonth());
            out.put("worstMonthOf", a.worstMonthOf().map(Object::toString).orElse(null));
            out.put("cvar95TradePnl", a.cvar95TradePnl());
            out.put("averageWin", a.averageWin());
            out.put("averageLoss", a.averageLoss());
        }
        out.put("stoppedOn", date(m.stoppedOn()));
        return out;
    }

    private static Map<String, Object> sweep(BacktestFile file, List<Sweep.Cell> cells) {
        Map<String, Object> out = CliJson.object();
        Sweep.Grid grid = file.sweep().orElseThrow();
        out.put("variant", grid.variant());
        out.put("metric", file.metric().name());
        List<Object> rows = new ArrayList<>();
        for (Sweep.Cell cell : cells) {
            Map<String, Object> row = CliJson.object();
            row.put("shortDelta", cell.shortDelta());
            row.put("daysToExpiry", cell.daysToExpiry());
            row.put("hedgeRatio", cell.hedgeRatio());
            row.put("value", file.metric().of(cell.metrics()));
            row.put("annualReturn", cell.metrics().annualReturn());
            row.put("sharpe", cell.metrics().sharpe());
            row.put("maxDrawdown", cell.metrics().maxDrawdown());
            row.put("totalPnl", cell.metrics().totalPnl());
            rows.add(row);
        }
        out.put("cells", rows);
        return out;
    }

    private static String date(Optional<LocalDate> day) {
        return day.map(LocalDate::toString).orElse(null);
    }

    /** The contract: six integer counts of real and modelled prices. */
    private static Map<String, Object> coverage(DataCoverage coverage) {
        Map<String, Object> out = CliJson.object();
        out.put("entriesReal", coverage.entriesReal());
        out.put("entriesModel", coverage.entriesModel());
        out.put("marksReal", coverage.marksReal());
        out.put("marksModel", coverage.marksModel());
        out.put("settlementsReal", coverage.settlementsReal());
        out.put("settlementsModel", coverage.settlementsModel());
        return out;
    }

    static String text(BacktestResult result, Optional<BacktestFile> sweepFile, List<Sweep.Cell> cells,
                       Studies studies) {
        StringBuilder out = new StringBuilder();
        out.append("Backtest ").append(result.firstDay()).append(" .. ").append(result.lastDay()).append('\n');
        for (String note : result.notes()) {
            out.append("  note: ").append(note).append('\n');
        }
        studies.scenarioRules().ifPresent(rules -> ScenarioRulesOutput.text(out, rules));
        List<VariantResult> variants = result.variants();
        List<String> header = new ArrayList<>(List.of("", "annual", "vol", "Sharpe", "Sortino", "max DD", "Calmar",
                "worst month", "total P&L $", "capital $", "IRR", "trades", "win", "avg win $", "avg loss $",
                "CVaR95 trade $", "worst trade $", "hedge cost/trade $", "costs $"));
        variants.get(0).metrics().stressPnl().keySet().forEach(day -> header.add(day + " $"));
        TextTable table = new TextTable(header.toArray(String[]::new));
        for (VariantResult variant : variants) {
            VariantMetrics m = variant.metrics();
            AccountMetrics a = m.account();
            List<Object> row = new ArrayList<>(List.of(variant.name(), percent(m.annualReturn()),
                    percent(a == null ? Double.NaN : a.volatility()),
                    TextTable.number(m.sharpe(), 2), TextTable.number(m.sortino(), 2), percent(m.maxDrawdown()),
                    TextTable.number(a == null ? Double.NaN : a.calmar(), 2),
                    percent(a == null ? Double.NaN : a.worstMonth()),
                    TextTable.number(m.totalPnl(), 0), TextTable.number(m.capitalBase(), 0), percent(m.irr()),
                    Integer.toString(m.trades()), percent(m.winRate()),
                    TextTable.number(a == null ? Double.NaN : a.averageWin(), 0),
                    TextTable.number(a == null ? Double.NaN : a.averageLoss(), 0),
                    TextTable.number(a == null ? Double.NaN : a.cvar95TradePnl(), 0), TextTable.number(m.worstTrade(), 0),
                    TextTable.number(m.averageHedgeCostPerTrade(), 0), TextTable.number(m.totalCosts(), 0)));
            m.stressPnl().values().forEach(pnl -> row.add(TextTable.number(pnl, 0)));
            table.row(row.toArray());
        }
        out.append(table.render("  "));
        for (VariantResult variant : variants) {
            VariantMetrics m = variant.metrics();
            out.append("  ").append(variant.name()).append(": drawdown ").append(date(m.drawdownPeak())).append(" → ")
                    .append(date(m.drawdownTrough())).append(", recovered ")
                    .append(m.drawdownRecovery().map(LocalDate::toString).orElse("not by the end"))
                    .append(m.stoppedOn().map(day -> "; account wiped out on " + day + ", trading stopped").orElse(""))
                    .append('\n');
            out.append("    data: ").append(variant.dataCoverage().describe()).append('\n');
        }
        BootstrapOutput.text(out, studies.intervals());
        FrontierOutput.text(out, studies.frontier());
        studies.walkForward().ifPresent(walk -> WalkForwardOutput.text(out, walk));
        sweepFile.ifPresent(file -> sweepText(out, file, cells));
        return out.toString();
    }

    private static void sweepText(StringBuilder out, BacktestFile file, List<Sweep.Cell> cells) {
        out.append("Sweep of ").append(file.sweep().orElseThrow().variant()).append(": ")
                .append(file.metric().name().toLowerCase(Locale.ROOT)).append('\n');
        TextTable table = new TextTable("short delta", "DTE", "hedge ratio", file.metric().name().toLowerCase(Locale.ROOT));
        for (Sweep.Cell cell : cells) {
            table.row(TextTable.number(cell.shortDelta(), 2), Integer.toString(cell.daysToExpiry()),
                    TextTable.number(cell.hedgeRatio(), 2), TextTable.number(file.metric().of(cell.metrics()), 4));
        }
        out.append(table.render("  "));
    }

    static String percent(double fraction) {
        return Double.isFinite(fraction) ? String.format(Locale.ROOT, "%.1f %%", fraction * 100) : "n/a";
    }
}
