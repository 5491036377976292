package org.condordesk.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.condordesk.backtest.BacktestConfig;

/** The rules {@code backtest --scenario} read from the scenario, in JSON ({@code rules}) and as text. */
final class ScenarioRulesOutput {

    private ScenarioRulesOutput() {
    }

    static Map<String, Object> json(BacktestConfig rules) {
        BacktestConfig.Entry entry = rules.entry();
        Map<String, Object> out = CliJson.object();
        Map<String, Object> core = CliJson.object();
        core.put("shortDelta", entry.shortDelta());
        core.put("wingWidthPoints", entry.wingWidthPoints());
        core.put("daysToExpiry", entry.daysToExpiry());
        core.put("contracts", entry.contracts());
        core.put("everyTradingDays", entry.everyTradingDays());
        out.put("entry", core);
        List<Object> variants = new ArrayList<>();
        for (BacktestConfig.Variant variant : rules.variants()) {
            Map<String, Object> row = CliJson.object();
            row.put("name", variant.name());
            row.put("hedge", variant.kind().name());
            if (variant.kind() != BacktestConfig.HedgeKind.NONE) {
                row.put("instrument", variant.hedge().instrument().name());
                row.put("tenorDays", variant.hedge().tenorDays());
                row.put("longStrikeOffsetPoints", variant.hedge().longStrikeOffsetPoints());
                row.put("widthPoints", variant.hedge().widthPoints());
                row.put("hedgeRatio", variant.sizing().hedgeRatio());
            }
            variants.add(row);
        }
        out.put("variants", variants);
        out.put("alvhTargetLayer", rules.rules().targetLayer());
        return out;
    }

    static void text(StringBuilder out, BacktestConfig rules) {
        BacktestConfig.Entry entry = rules.entry();
        out.append("  rules from the scenario: ").append(entry.contracts()).append("-lot condor, short |delta| ")
                .append(TextTable.number(entry.shortDelta(), 3)).append(", wings ")
                .append(TextTable.number(entry.wingWidthPoints(), 0)).append(" points, ").append(entry.daysToExpiry())
                .append(" days to expiry, every ").append(entry.everyTradingDays()).append(" trading days\n");
        for (BacktestConfig.Variant variant : rules.variants()) {
            if (variant.kind() == BacktestConfig.HedgeKind.NONE) {
                continue;
            }
            BacktestConfig.Hedge hedge = variant.hedge();
            out.append("    ").append(variant.name()).append(": ").append(variant.kind()).append(' ')
                    .append(hedge.instrument()).append(", ").append(hedge.tenorDays()).append(" days, long strike future ")
                    .append(hedge.longStrikeOffsetPoints() >= 0 ? "+ " : "− ")
                    .append(TextTable.number(Math.abs(hedge.longStrikeOffsetPoints()), 2)).append(", width ")
                    .append(TextTable.number(hedge.widthPoints(), 0)).append(", ")
                    .append(TextTable.number(variant.sizing().hedgeRatio() * 100, 0)).append(" % of vega-neutral\n");
        }
    }
}
