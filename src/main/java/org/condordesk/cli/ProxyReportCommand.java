package org.condordesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.condordesk.backtest.Backtest;
import org.condordesk.backtest.BacktestConfig;
import org.condordesk.backtest.BacktestConfigReader;
import org.condordesk.backtest.BacktestMarket;
import org.condordesk.backtest.BacktestResult;
import org.condordesk.backtest.ProxyReport;
import org.condordesk.backtest.VariantResult;
import org.condordesk.market.VxDailySettle;
import org.condordesk.model.ValidationException;
import org.condordesk.store.library.VxSettleStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code history proxy-report}: the proxy curve's error against imported VX settlements, and the run both ways. */
@Command(name = "proxy-report", description = "The proxy VIX curve against real VX settlements by tenor and year, and "
        + "the backtest's verdict on the model alone and on the real data.")
final class ProxyReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;
    @Mixin
    LibraryCommand.DbOption db;
    @Option(names = "--config", paramLabel = "FILE.json", defaultValue = "samples/backtest-default.json",
            description = "The backtest run both ways (default: samples/backtest-default.json).")
    Path config;
    @Option(names = "--json", description = "JSON: byTenor[], byYear[], runs{model,real}.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Path library = HistoryCommand.db(db);
        List<VxDailySettle> settles;
        try (VxSettleStore store = VxSettleStore.open(library)) {
            settles = store.all();
        }
        if (settles.isEmpty()) {
            throw new ValidationException("history", "no VX settlements imported: run 'history import vx DIR' first");
        }
        var file = BacktestConfigReader.read(config);
        BacktestConfig run = file.config();
        BacktestMarket model = file.history().load(run.model());
        BacktestMarket real = model.withRealData(BacktestRealData.load(library));
        // The curve the real-data run reads: VIX9D and VIX6M join it where imported.
        ProxyReport.Report report = ProxyReport.of(real, settles);
        BacktestResult modelRun = Backtest.run(run, model);
        BacktestResult realRun = Backtest.run(run, real);
        CliJson.printJsonOrText(spec, json, () -> json(report, modelRun, realRun),
                () -> text(report, settles, modelRun, realRun));
        return 0;
    }

    private static Object json(ProxyReport.Report report, BacktestResult modelRun, BacktestResult realRun) {
        Map<String, Object> out = CliJson.object();
        out.put("compared", report.compared());
        out.put("byTenor", errors(report.byTenor()));
        out.put("byYear", errors(report.byYear()));
        Map<String, Object> runs = CliJson.object();
        runs.put("model", verdict(modelRun));
        runs.put("real", verdict(realRun));
        out.put("runs", runs);
        return out;
    }

    private static List<Object> errors(List<ProxyReport.Errors> groups) {
        List<Object> out = new ArrayList<>();
        for (ProxyReport.Errors e : groups) {
            Map<String, Object> row = CliJson.object();
            row.put("group", e.group());
            row.put("count", e.count());
            row.put("meanPoints", e.meanPoints());
            row.put("medianPoints", e.medianPoints());
            row.put("shareProxyAbove", e.shareProxyAbove());
            out.add(row);
        }
        return out;
    }

    private static List<Object> verdict(BacktestResult result) {
        List<Object> out = new ArrayList<>();
        for (VariantResult variant : result.variants()) {
            Map<String, Object> row = CliJson.object();
            row.put("name", variant.name());
            row.put("totalPnl", variant.metrics().totalPnl());
            row.put("sharpe", variant.metrics().sharpe());
            row.put("maxDrawdown", variant.metrics().maxDrawdown());
            out.add(row);
        }
        return out;
    }

    private static String text(ProxyReport.Report report, List<VxDailySettle> settles, BacktestResult modelRun,
                               BacktestResult realRun) {
        StringBuilder out = new StringBuilder();
        out.append("Proxy curve − real VX settlements (points), ").append(ProxyReport.range(settles)).append(", ")
                .append(report.compared()).append(" settlements compared\n");
        for (List<ProxyReport.Errors> groups : List.of(report.byTenor(), report.byYear())) {
            TextTable table = new TextTable(groups == report.byTenor() ? "tenor" : "year", "count", "mean", "median",
                    "proxy above");
            for (ProxyReport.Errors e : groups) {
                table.row(e.group(), Integer.toString(e.count()), TextTable.number(e.meanPoints(), 2),
                        TextTable.number(e.medianPoints(), 2), String.format(Locale.ROOT, "%.0f %%", 100 * e.shareProxyAbove()));
            }
            out.append(table.render("  "));
        }
        out.append("The backtest both ways (total P&L $, Sharpe): model only → on real data\n");
        for (int v = 0; v < modelRun.variants().size(); v++) {
            VariantResult a = modelRun.variants().get(v);
            VariantResult b = realRun.variants().get(v);
            out.append(String.format(Locale.ROOT, "  %s: %s, %s → %s, %s (%s)%n", a.name(),
                    TextTable.number(a.metrics().totalPnl(), 0), TextTable.number(a.metrics().sharpe(), 2),
                    TextTable.number(b.metrics().totalPnl(), 0), TextTable.number(b.metrics().sharpe(), 2),
                    b.dataCoverage().describe()));
        }
        return out.toString();
    }
}
