package org.condordesk.cli;

import static org.condordesk.cli.TextTable.number;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.condordesk.capital.StressReport;
import org.condordesk.capital.StressResult;

/** The {@code stress} command's JSON (keys a contract, docs/cli.md) and text. */
final class StressOutput {

    private StressOutput() {
    }

    static Map<String, Object> json(String scenarioName, StressReport report) {
        Map<String, Object> root = CliJson.object();
        root.put("scenario", scenarioName);
        List<Map<String, Object>> layers = new ArrayList<>();
        for (int i = 0; i < report.layerNames().size(); i++) {
            Map<String, Object> layer = CliJson.object();
            layer.put("index", i);
            layer.put("name", report.layerNames().get(i));
            layer.put("role", report.roles().get(i).name());
            layers.add(layer);
        }
        root.put("layers", layers);
        root.put("stresses", report.results().stream().map(r -> stress(r, report)).toList());
        root.put("oneDaySigmaPct", report.oneDaySigmaPct());
        root.put("convexity", report.convexity().stream().map(c -> {
            Map<String, Object> row = CliJson.object();
            row.put("sigmas", c.sigmas());
            row.put("core", c.core());
            row.put("hedge", c.hedge());
            row.put("total", c.total());
            return row;
        }).toList());
        return root;
    }

    private static Map<String, Object> stress(StressResult result, StressReport report) {
        Map<String, Object> out = CliJson.object();
        out.put("name", result.name());
        out.put("group", result.group().label());
        out.put("spxMovePct", result.spxMovePct());
        out.put("vixAfter", result.vixAfter());
        out.put("core", result.core());
        out.put("hedge", result.hedge());
        out.put("total", result.total());
        double[] pnl = result.layerPnl();
        List<Map<String, Object>> layers = new ArrayList<>();
        for (int i = 0; i < pnl.length; i++) {
            Map<String, Object> layer = CliJson.object();
            layer.put("index", i);
            layer.put("name", report.layerNames().get(i));
            layer.put("pnl", pnl[i]);
            layers.add(layer);
        }
        out.put("layers", layers);
        return out;
    }

    static String text(String scenarioName, StressReport report) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder("CondorDesk stress: ").append(scenarioName).append(nl)
                .append("P&L change from today's mark, $ (core = CORE layers, hedge = HEDGE layers)").append(nl).append(nl);
        List<String> headers = new ArrayList<>(List.of("group", "stress", "SPX %", "VIX after", "core", "hedge", "total"));
        report.layerNames().forEach(headers::add);
        TextTable table = new TextTable(headers.toArray(String[]::new));
        for (StressResult r : report.results()) {
            List<Object> cells = new ArrayList<>(List.of(r.group().label(), r.name(), number(r.spxMovePct(), 2),
                    number(r.vixAfter(), 2), number(r.core(), 0), number(r.hedge(), 0), number(r.total(), 0)));
            for (double layer : r.layerPnl()) {
                cells.add(number(layer, 0));
            }
            table.row(cells.toArray());
        }
        out.append(table.render("")).append(nl);
        out.append("Gamma: one-day σ = VIX/√252 = ").append(number(report.oneDaySigmaPct(), 2))
                .append(" %; convexity = average of the ±kσ P&L less the unchanged day's").append(nl);
        for (StressReport.Convexity c : report.convexity()) {
            out.append("  ±").append(c.sigmas()).append("σ: core ").append(number(c.core(), 0)).append(" $, hedge ")
                    .append(number(c.hedge(), 0)).append(" $, total ").append(number(c.total(), 0)).append(" $")
                    .append(nl);
        }
        return out.toString();
    }
}
