package org.condordesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.condordesk.model.Check;
import org.condordesk.model.Scenario;
import org.condordesk.risk.Greeks;
import org.condordesk.store.json.ScenarioJson;
import org.condordesk.trade.TradeFill;
import org.condordesk.trade.TradeResult;

/** How the trade commands write their scenario and report what they did, as text or JSON (docs/cli.md). */
final class TradeOutput {

    private TradeOutput() {
    }

    /** Saves {@code scenario} atomically to {@code out}, after reading it back (never a file validate would refuse). */
    static void save(Scenario scenario, TradeOptions.Output out) throws IOException {
        save(scenario, out, List.of());
    }

    /** As {@link #save(Scenario, TradeOptions.Output)}, never over one of {@code inputs}. */
    static void save(Scenario scenario, TradeOptions.Output out, List<Path> inputs) throws IOException {
        try {
            ScenarioJson.save(scenario, out.out, out.force, inputs);
        } catch (org.condordesk.model.ValidationException e) {
            throw org.condordesk.store.json.SaveTargets.forceable(e.reason())
                    ? new org.condordesk.model.ValidationException(e.path(), e.reason() + " (add --force to replace it)") : e;
        }
    }

    static void text(PrintWriter out, String what, TradeResult result, Path file) {
        out.println(what);
        for (TradeFill fill : result.fills()) {
            out.printf("  layer %d leg %d  %-32s %+d at %s  fees %s $  %s%n", fill.layerIndex() + 1, fill.legIndex() + 1,
                    fill.label(), fill.fill().quantity(), Check.format(round(fill.fill().price(), 6)),
                    TextTable.number(fill.fill().fees(), 2), fill.fill().time().toString().replace('T', ' '));
        }
        out.printf("cash %s $, realised P&L %s $%n", TextTable.number(result.cash(), 2),
                TextTable.number(result.realizedPnl(), 2));
        result.notes().forEach(note -> out.println("note: " + note));
        out.println("wrote " + file);
    }

    static Map<String, Object> json(TradeResult result, Path file) {
        Map<String, Object> root = CliJson.object();
        root.put("cash", result.cash());
        root.put("realizedPnl", result.realizedPnl());
        List<Map<String, Object>> fills = result.fills().stream().map(TradeOutput::fill).toList();
        root.put("fills", fills);
        root.put("notes", result.notes());
        root.put("out", file.toString());
        return root;
    }

    private static Map<String, Object> fill(TradeFill fill) {
        Map<String, Object> node = CliJson.object();
        node.put("layer", fill.layerIndex() + 1);
        node.put("leg", fill.legIndex() + 1);
        node.put("label", fill.label());
        node.put("time", fill.fill().time().toString());
        node.put("quantity", fill.fill().quantity());
        node.put("price", fill.fill().price());
        node.put("fees", fill.fill().fees());
        return node;
    }

    /** The greeks a roll shows before and after, side by side. */
    static Map<String, Object> greeks(Greeks g) {
        Map<String, Object> node = CliJson.object();
        node.put("value", g.value());
        node.put("pnl", g.pnl());
        node.put("spxDelta", g.spxDelta());
        node.put("thetaPerDay", g.thetaPerDay());
        node.put("spxVegaPerVolPoint", g.spxVega());
        node.put("vixVega", g.vixVega());
        return node;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
