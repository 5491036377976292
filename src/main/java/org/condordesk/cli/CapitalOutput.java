package org.condordesk.cli;

import static org.condordesk.cli.TextTable.number;

import java.util.List;
import java.util.Map;

import org.condordesk.capital.CapitalReport;
import org.condordesk.capital.LayerMargin;
import org.condordesk.capital.Margin;
import org.condordesk.capital.MarginLine;
import org.condordesk.model.Check;

/** The {@code capital} command's JSON (keys a contract, docs/cli.md) and text. */
final class CapitalOutput {

    private CapitalOutput() {
    }

    static Map<String, Object> json(String scenarioName, CapitalReport report) {
        Map<String, Object> root = CliJson.object();
        root.put("scenario", scenarioName);
        Map<String, Object> horizon = CliJson.object();
        horizon.put("choice", report.horizon().choice().key());
        horizon.put("days", report.horizon().days());
        horizon.put("time", report.horizon().time().toString());
        root.put("horizon", horizon);
        Map<String, Object> cost = CliJson.object();
        cost.put("annualRate", report.costOfCapital().annualRate());
        cost.put("source", report.costOfCapital().source());
        root.put("costOfCapital", cost);
        Map<String, Object> distribution = CliJson.object();
        distribution.put("paths", report.distribution().paths());
        distribution.put("horizonDays", report.distribution().horizonDays());
        distribution.put("description", report.distribution().description());
        root.put("distribution", distribution);
        root.put("margin", margin(report.margin()));
        CapitalReport.LayerFigures total = report.total();
        root.put("returnOnMargin", returnOnMargin(total));
        root.put("irr", total.irr());
        root.put("npv", total.npv());
        root.put("expectedPnl", total.expectedPnl());
        root.put("basePnl", total.basePnl());
        root.put("expectedFlows", flows(total.expectedFlows()));
        root.put("layers", report.layers().stream().map(CapitalOutput::layer).toList());
        root.put("riskArray", riskArray(report));
        root.put("hedges", report.hedgeEffects().stream().map(CapitalOutput::hedge).toList());
        return root;
    }

    private static Map<String, Object> margin(Margin.Result margin) {
        Map<String, Object> out = CliJson.object();
        out.put("requirement", margin.requirement());
        out.put("capital", margin.capital());
        out.put("vxInitialMarginPerContract", margin.vxMarginPerContract());
        out.put("vxMarginPlaceholder", margin.vxMarginPlaceholder());
        out.put("layers", margin.layers().stream().map(CapitalOutput::layerMargin).toList());
        return out;
    }

    private static Map<String, Object> layerMargin(LayerMargin layer) {
        Map<String, Object> out = CliJson.object();
        out.put("index", layer.layerIndex());
        out.put("name", layer.layerName());
        out.put("requirement", layer.requirement());
        out.put("capital", layer.capital());
        out.put("lines", layer.lines().stream().map(line -> {
            Map<String, Object> row = CliJson.object();
            row.put("description", line.description());
            row.put("requirement", line.requirement());
            row.put("capital", line.capital());
            return row;
        }).toList());
        return out;
    }

    private static Map<String, Object> returnOnMargin(CapitalReport.LayerFigures figures) {
        Map<String, Object> out = CliJson.object();
        out.put("period", figures.returnOnMargin());
        out.put("annualised", figures.annualisedReturnOnMargin());
        return out;
    }

    private static Map<String, Object> layer(CapitalReport.LayerFigures figures) {
        Map<String, Object> out = CliJson.object();
        out.put("index", figures.index());
        out.put("name", figures.name());
        out.put("role", figures.role().name());
        out.put("margin", figures.requirement());
        out.put("capital", figures.capital());
        out.put("expectedPnl", figures.expectedPnl());
        out.put("basePnl", figures.basePnl());
        out.put("returnOnMargin", returnOnMargin(figures));
        out.put("irr", figures.irr());
        out.put("npv", figures.npv());
        out.put("expectedFlows", flows(figures.expectedFlows()));
        return out;
    }

    private static List<Map<String, Object>> flows(List<CapitalReport.DatedFlow> flows) {
        return flows.stream().map(flow -> {
            Map<String, Object> out = CliJson.object();
            out.put("time", flow.time().toString());
            out.put("days", flow.days());
            out.put("amount", flow.amount());
            return out;
        }).toList();
    }

    private static Map<String, Object> riskArray(CapitalReport report) {
        Map<String, Object> out = CliJson.object();
        out.put("worstLoss", report.riskArray().worstLoss());
        out.put("spxMovePct", report.riskArray().spxMovePct());
        out.put("vixAfter", report.riskArray().vixAfter());
        out.put("worstDownsideLoss", report.riskArray().worstDownsideLoss());
        out.put("points", report.riskArray().points());
        return out;
    }

    private static Map<String, Object> hedge(CapitalReport.HedgeEffect effect) {
        Map<String, Object> out = CliJson.object();
        out.put("index", effect.layerIndex());
        out.put("name", effect.layerName());
        out.put("margin", effect.requirement());
        out.put("capitalEfficiency", effect.capitalEfficiency());
        out.put("downsideCapitalEfficiency", effect.downsideCapitalEfficiency());
        out.put("irrWith", effect.irrWith());
        out.put("irrWithout", effect.irrWithout());
        out.put("irrChange", effect.irrChange());
        out.put("effect", effect.effect().label());
        out.put("npvAtCostOfCapital", effect.npvAtCost());
        out.put("shareOfPathsRaisingIrr", effect.shareOfPathsRaisingIrr());
        out.put("paysForCapital", effect.paysForCapital());
        out.put("verdict", verdict(effect));
        out.put("stressPaths", effect.stressPaths().stream().map(path -> {
            Map<String, Object> row = CliJson.object();
            row.put("stress", path.stress());
            row.put("irrChange", path.irrChange());
            row.put("effect", path.effect().label());
            row.put("periodReturnChange", path.periodReturnChange());
            row.put("layerNpv", path.layerNpv());
            return row;
        }).toList());
        return out;
    }

    static String verdict(CapitalReport.HedgeEffect effect) {
        return effect.paysForCapital() ? "pays for its capital" : "does not pay for itself";
    }

    static String text(String scenarioName, CapitalReport report) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append("CondorDesk capital: ").append(scenarioName).append(nl);
        out.append("Horizon: ").append(report.horizon().choice().key()).append(", ")
                .append(report.horizon().time().toString().replace('T', ' ')).append(" (")
                .append(number(report.horizon().days(), 2)).append(" days); cost of capital ")
                .append(percent(report.costOfCapital().annualRate())).append(" a year (")
                .append(report.costOfCapital().source()).append(")").append(nl);
        out.append("Expected = the mean over ").append(report.distribution().description()).append(nl).append(nl);
        out.append(marginText(report.margin())).append(nl);
        TextTable table = new TextTable("layer", "margin $", "capital $", "expected P&L $", "base P&L $", "RoM %",
                "RoM a year %", "IRR %", "NPV $");
        for (CapitalReport.LayerFigures layer : report.layers()) {
            row(table, layer);
        }
        row(table, report.total());
        out.append("Return on margin, IRR and NPV at the cost of capital (expected flows to the horizon)").append(nl)
                .append(table.render("  ")).append(nl);
        out.append("Risk array (SPX −12 … +12 %, VIX on the spot–vol map + 0/5/10/20 points): worst loss ")
                .append(number(report.riskArray().worstLoss(), 0)).append(" $ at SPX ")
                .append(number(report.riskArray().spxMovePct(), 0)).append(" %, VIX ")
                .append(number(report.riskArray().vixAfter(), 2)).append("; on the downside half ")
                .append(number(report.riskArray().worstDownsideLoss(), 0)).append(" $").append(nl).append(nl);
        out.append("Does each hedge layer pay for its capital?").append(nl);
        if (report.hedgeEffects().isEmpty()) {
            out.append("  (no enabled HEDGE layer)").append(nl);
        }
        for (CapitalReport.HedgeEffect effect : report.hedgeEffects()) {
            out.append(hedgeText(effect));
        }
        return out.toString();
    }

    private static String marginText(Margin.Result margin) {
        String nl = System.lineSeparator();
        TextTable table = new TextTable("structure", "margin $", "capital $");
        for (LayerMargin layer : margin.layers()) {
            table.row(layer.layerName(), number(layer.requirement(), 0), number(layer.capital(), 0));
            for (MarginLine line : layer.lines()) {
                table.row("  " + line.description(), number(line.requirement(), 0), number(line.capital(), 0));
            }
        }
        table.row("Total", number(margin.requirement(), 0), number(margin.capital(), 0));
        StringBuilder out = new StringBuilder("Margin (Cboe strategy-based, Reg-T; capital = margin + long premiums − "
                + "short proceeds applied)").append(nl).append(table.render("  "));
        if (margin.vxMarginPlaceholder()) {
            out.append("  VX initial margin $").append(Check.format(margin.vxMarginPerContract()))
                    .append(" a contract is a PLACEHOLDER, not a published figure: set capital.vxInitialMarginPerContract"
                            + " or --vx-margin from your broker").append(nl);
        }
        return out.toString();
    }

    private static void row(TextTable table, CapitalReport.LayerFigures layer) {
        table.row(layer.name(), number(layer.requirement(), 0), number(layer.capital(), 0), number(layer.expectedPnl(), 0),
                number(layer.basePnl(), 0), percent(layer.returnOnMargin()), percent(layer.annualisedReturnOnMargin()),
                percent(layer.irr()), number(layer.npv(), 0));
    }

    private static String hedgeText(CapitalReport.HedgeEffect effect) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder("  ").append(effect.layerName()).append(": ").append(verdict(effect))
                .append(" — NPV of its expected flows at the cost of capital ").append(number(effect.npvAtCost(), 0))
                .append(" $").append(nl);
        out.append("    position IRR with it ").append(percent(effect.irrWith())).append(", without ")
                .append(percent(effect.irrWithout())).append(": ").append(effect.effect().label())
                .append(" IRR − cost of capital; raises it on ").append(percent(effect.shareOfPathsRaisingIrr()))
                .append(" of the distribution's paths").append(nl);
        out.append("    capital efficiency: ").append(number(effect.capitalEfficiency(), 2))
                .append(" $ less worst-case loss per $ of margin (downside half ")
                .append(number(effect.downsideCapitalEfficiency(), 2)).append(")").append(nl);
        TextTable table = new TextTable("stress path", "IRR − cost", "period return change", "layer NPV $");
        for (CapitalReport.PathEffect path : effect.stressPaths()) {
            table.row(path.stress(), path.effect().label(), percentPoints(path.periodReturnChange()),
                    number(path.layerNpv(), 0));
        }
        return out.append(table.render("    ")).append(nl).toString();
    }

    static String percent(double decimal) {
        return Double.isFinite(decimal) ? number(decimal * 100, 1) + " %" : "n/a";
    }

    private static String percentPoints(double decimal) {
        return Double.isFinite(decimal) ? number(decimal * 100, 1) + " pts" : "n/a";
    }
}
