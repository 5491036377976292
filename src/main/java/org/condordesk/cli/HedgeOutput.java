package org.condordesk.cli;

import static org.condordesk.cli.TextTable.number;

import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.condordesk.capital.HedgeSolution;

/** The {@code hedge} command's JSON (keys a contract, docs/cli.md) and text. */
final class HedgeOutput {

    private HedgeOutput() {
    }

    static Map<String, Object> json(String scenarioName, HedgeSolution solution, Optional<HedgeSolution> vegaNeutral) {
        Map<String, Object> root = CliJson.object();
        root.put("scenario", scenarioName);
        root.putAll(solution(solution));
        vegaNeutral.ifPresent(vega -> root.put("vegaNeutral", solution(vega)));
        return root;
    }

    private static Map<String, Object> solution(HedgeSolution solution) {
        Map<String, Object> out = CliJson.object();
        out.put("mode", solution.mode().key());
        out.put("sizes", solution.sizes().stream().map(size -> {
            Map<String, Object> row = CliJson.object();
            row.put("index", size.layerIndex());
            row.put("name", size.layerName());
            row.put("previousSize", size.previousSize());
            row.put("size", size.size());
            row.put("sizeStep", size.sizeStep());
            row.put("firstLegContracts", size.firstLegContracts());
            size.trades().ifPresent(trades -> {
                row.put("trades", trades.trades().stream().map(HedgeOutput::trade).toList());
                row.put("tradeCostAtMid", trades.costAtMid());
                row.put("tradeCostAtBidAsk", trades.costAtBidAsk());
                row.put("everyLegQuoted", trades.everyLegQuoted());
            });
            return row;
        }).toList());
        Map<String, Object> figures = CliJson.object();
        figures.put("mean", solution.mean());
        figures.put("standardDeviation", solution.standardDeviation());
        figures.put("variance", solution.variance());
        figures.put("worst", solution.worst());
        figures.put("marginRequirement", solution.marginRequirement());
        figures.put("marginCapital", solution.marginCapital());
        figures.put("netVixVega", solution.netVixVega());
        out.put("figures", figures);
        double[] totals = solution.stressTotals();
        out.put("stresses", IntStream.range(0, totals.length).mapToObj(i -> {
            Map<String, Object> row = CliJson.object();
            row.put("name", solution.stressNames().get(i));
            row.put("total", totals[i]);
            return row;
        }).toList());
        out.put("note", solution.note());
        return out;
    }

    /** One trade of a live layer: leg, side, contracts, price (the contract keys), then where the price came from. */
    private static Map<String, Object> trade(HedgeSolution.Trade trade) {
        Map<String, Object> row = CliJson.object();
        row.put("leg", trade.leg());
        row.put("side", trade.side());
        row.put("contracts", trade.contracts());
        row.put("price", trade.price());
        row.put("priceSource", trade.priceSource());
        row.put("bidAskPrice", trade.bidAskPrice());
        return row;
    }

    static String text(String scenarioName, HedgeSolution solution, Optional<HedgeSolution> vegaNeutral) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder("CondorDesk hedge: ").append(scenarioName).append(nl);
        TextTable sizes = new TextTable("hedge layer", "size now", solution.mode().key() + " size", "first-leg contracts",
                "size step");
        for (HedgeSolution.LayerSize size : solution.sizes()) {
            sizes.row(size.layerName(), number(size.previousSize(), 3), number(size.size(), 3),
                    number(size.firstLegContracts(), 0), number(size.sizeStep(), 4));
        }
        out.append(sizes.render("")).append(solution.note()).append(nl);
        for (HedgeSolution.LayerSize size : solution.sizes()) {
            size.trades().ifPresent(trades -> out.append(tradesText(size.layerName(), trades)));
        }
        out.append(nl);
        String[] labels = {"mean stress P&L $", "std dev $", "worst stress P&L $", "margin $", "capital $",
            "net VIX vega $/pt"};
        out.append(sideBySide("figure", labels, values(solution), vegaNeutral.map(HedgeOutput::values), solution))
                .append(nl);
        String[] names = solution.stressNames().toArray(String[]::new);
        return out.append(sideBySide("stress", names, solution.stressTotals(),
                vegaNeutral.map(HedgeSolution::stressTotals), solution)).toString();
    }

    /** A live layer's trades to its size, with their cost at mid and at bid/ask. */
    private static String tradesText(String layerName, HedgeSolution.Trades trades) {
        String nl = System.lineSeparator();
        if (trades.trades().isEmpty()) {
            return layerName + " (live): no trade, the contracts held are the size" + nl;
        }
        TextTable table = new TextTable("leg", "side", "contracts", "price", "at");
        for (HedgeSolution.Trade trade : trades.trades()) {
            table.row(trade.leg(), trade.side(), number(trade.contracts(), 0), number(trade.price(), 2),
                    trade.priceSource());
        }
        return layerName + " (live) trades to this size:" + nl + table.render("") + "cost $" + number(trades.costAtMid(), 0)
                + " at mid, $" + number(trades.costAtBidAsk(), 0) + " at bid/ask"
                + (trades.everyLegQuoted() ? "" : " (legs without a quote at mid or model)") + nl;
    }

    /** One row per label: this mode's figure, and the vega-neutral one beside it when there is one. */
    private static String sideBySide(String header, String[] labels, double[] mine, Optional<double[]> vega,
                                     HedgeSolution solution) {
        TextTable table = vega.isPresent() ? new TextTable(header, solution.mode().key(), "vega")
                : new TextTable(header, solution.mode().key());
        for (int i = 0; i < labels.length; i++) {
            if (vega.isPresent()) {
                table.row(labels[i], number(mine[i], 0), number(vega.get()[i], 0));
            } else {
                table.row(labels[i], number(mine[i], 0));
            }
        }
        return table.render("");
    }

    private static double[] values(HedgeSolution s) {
        return new double[] {s.mean(), s.standardDeviation(), s.worst(), s.marginRequirement(), s.marginCapital(),
            s.netVixVega()};
    }
}
