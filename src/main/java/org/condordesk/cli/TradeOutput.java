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
import org.condordesk.trade.PriceSource;
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
        text(out, what, result, file, List.of());
    }

    /**
     * As {@link #text(PrintWriter, String, TradeResult, Path)}; with {@code --chain}, each fill line also names its
     * price's source ({@code chain 10:00}, {@code model}, {@code leg quote}) and a line counts them.
     */
    static void text(PrintWriter out, String what, TradeResult result, Path file, List<TradeChains.Read> chains) {
        out.println(what);
        for (TradeFill fill : result.fills()) {
            out.printf("  layer %d leg %d  %-32s %+d at %s  fees %s $  %s%s%n", fill.layerIndex() + 1, fill.legIndex() + 1,
                    fill.label(), fill.fill().quantity(), Check.format(round(fill.fill().price(), 6)),
                    TextTable.number(fill.fill().fees(), 2), fill.fill().time().toString().replace('T', ' '),
                    chains.isEmpty() ? "" : "  [" + sourceText(fill.source()) + "]");
        }
        if (!chains.isEmpty()) {
            out.printf("prices: %d from the chain (%s), %d from the model, %d from the legs' own bid/ask%n",
                    count(result, PriceSource.Kind.CHAIN), chainsText(chains), count(result, PriceSource.Kind.MODEL),
                    count(result, PriceSource.Kind.QUOTE));
        }
        out.printf("cash %s $, realised P&L %s $%n", TextTable.number(result.cash(), 2),
                TextTable.number(result.realizedPnl(), 2));
        result.notes().forEach(note -> out.println("note: " + note));
        out.println("wrote " + file);
    }

    static Map<String, Object> json(TradeResult result, Path file) {
        return json(result, file, List.of());
    }

    /**
     * The JSON of a trade (docs/cli.md); issue 31 adds {@code chains[]} (the {@code --chain} files), the counts
     * {@code pricesFromChain} and {@code pricesFromModel}, and per fill {@code priceSource} and {@code quoteTime}.
     */
    static Map<String, Object> json(TradeResult result, Path file, List<TradeChains.Read> chains) {
        Map<String, Object> root = CliJson.object();
        root.put("cash", result.cash());
        root.put("realizedPnl", result.realizedPnl());
        List<Map<String, Object>> fills = result.fills().stream().map(TradeOutput::fill).toList();
        root.put("fills", fills);
        root.put("notes", result.notes());
        root.put("out", file.toString());
        root.put("chains", TradeChains.json(chains));
        root.put("pricesFromChain", count(result, PriceSource.Kind.CHAIN));
        root.put("pricesFromModel", count(result, PriceSource.Kind.MODEL));
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
        node.put("priceSource", fill.source().kind().key());
        node.put("quoteTime", fill.source().quoteTime().map(t -> t.toOffsetDateTime().toString()).orElse(null));
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

    private static int count(TradeResult result, PriceSource.Kind kind) {
        return (int) result.fills().stream().filter(f -> f.source().kind() == kind).count();
    }

    private static String sourceText(PriceSource source) {
        return switch (source.kind()) {
            case CHAIN -> "chain " + source.quoteTime().orElseThrow().toLocalTime();
            case QUOTE -> "leg quote";
            default -> source.kind().key();
        };
    }

    private static String chainsText(List<TradeChains.Read> chains) {
        return chains.stream().map(c -> c.chain().underlying() + " quoted "
                + c.chain().quoteTime().toLocalDateTime().toString().replace('T', ' ')).collect(
                        java.util.stream.Collectors.joining(", "));
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
