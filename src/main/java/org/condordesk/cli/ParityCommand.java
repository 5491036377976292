package org.condordesk.cli;

import static org.condordesk.cli.ReportJson.number;
import static org.condordesk.cli.TextTable.number;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

import org.condordesk.chain.ChainAnalyzer;
import org.condordesk.chain.ParityCosts;
import org.condordesk.chain.ParityOpportunity;
import org.condordesk.chain.ParityScanner;
import org.condordesk.model.Check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parity FILE.csv}: conversions, reversals and boxes profitable at executable prices, net of costs. */
@Command(name = "parity",
        description = {"Scan a chain for conversions, reversals and box spreads that pay at executable prices (buy at",
            "the ask, sell at the bid) against the implied forward and a financing rate, net of costs, largest first",
            "(docs/model.md §13). Edges are index points per unit; x100 for $ per package."})
final class ParityCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "Chain file.")
    Path file;

    @Option(names = "--rate", paramLabel = "R",
            description = "Financing rate (continuous, decimal); default: each expiry's rate implied by put-call parity.")
    Double rate;

    @Option(names = "--commission", paramLabel = "USD", defaultValue = "0",
            description = "Commission per option contract in $ (default 0).")
    double commission;

    @Option(names = "--forward-cost", paramLabel = "POINTS", defaultValue = "0",
            description = "Cost of the forward leg of a conversion or reversal, in index points (default 0).")
    double forwardCost;

    @Option(names = "--min-edge", paramLabel = "POINTS", defaultValue = "0",
            description = "Only packages whose net edge exceeds this, in points per unit (default 0).")
    double minEdge;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "At most N packages, largest edge first; 0 for all (default 100).")
    int limit;

    @Option(names = "--json", description = "Print the list as JSON (keys in docs/cli.md).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        OptionalDouble rateFlag = ChainFiles.rateFlag(rate);
        Check.between("--limit", limit, 0, 1_000_000);
        ParityCosts costs = new ParityCosts(commission, forwardCost);
        ParityScanner.Scan scan = ParityScanner.scan(ChainAnalyzer.analyze(ChainFiles.read(file).chain()), rateFlag,
                costs, minEdge);
        List<ParityOpportunity> shown = limit == 0 ? scan.opportunities()
                : scan.opportunities().subList(0, Math.min(limit, scan.opportunities().size()));
        CliJson.printJsonOrText(spec, json, () -> {
            ArrayNode list = JsonNodeFactory.instance.arrayNode();
            shown.forEach(o -> list.add(item(o)));
            return list;
        }, () -> text(scan, shown));
        return 0;
    }

    private static ObjectNode item(ParityOpportunity o) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("expiry", o.expiry().toString());
        node.put("root", o.root().name());
        number(node, "strike", o.strike());
        number(node, "upperStrike", o.upperStrike());
        node.put("kind", o.kind().key());
        node.put("direction", o.direction().name().toLowerCase(Locale.ROOT));
        number(node, "edge", o.edgePoints());
        number(node, "edgeDollars", o.edgePoints() * 100);
        number(node, "impliedRate", o.impliedRate());
        node.put("legs", o.legs());
        return node;
    }

    private String text(ParityScanner.Scan scan, List<ParityOpportunity> shown) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append(scan.found()).append(" package(s) pay at executable prices, net of costs")
                .append(rate == null ? " (financing at each expiry's implied rate)" : " (financing at " + number(100 * rate, 3) + " %)")
                .append(nl);
        if (!shown.isEmpty()) {
            TextTable table = new TextTable("expiry", "kind", "strikes", "edge pts", "edge $", "rate %", "legs");
            for (ParityOpportunity o : shown) {
                String strikes = number(o.strike(), 0) + (Double.isNaN(o.upperStrike()) ? "" : "/" + number(o.upperStrike(), 0));
                table.row(o.expiryLabel(), o.kind().key() + (o.kind() == ParityOpportunity.Kind.BOX
                        ? " " + o.direction().name().toLowerCase(Locale.ROOT) : ""), strikes,
                        number(o.edgePoints(), 3), number(100 * o.edgePoints(), 0), number(100 * o.impliedRate(), 3), o.legs());
            }
            out.append(table.render("  "));
        }
        out.append(nl).append("Box-implied financing rates (median over boxes at mids, strikes within 10 % of the forward)").append(nl);
        TextTable rates = new TextTable("expiry", "days", "boxes", "rate %");
        scan.boxRates().forEach(r -> rates.row(r.expiry(), number(365 * r.years(), 1), r.boxes(), number(100 * r.medianRate(), 3)));
        out.append(rates.render("  "));
        out.append(nl).append("Not modelled: commissions beyond --commission, the forward's own cost beyond --forward-cost,")
                .append(" uncertainty of dividends, AM/PM settlement differences, margin and early assignment (SPX and VIX")
                .append(" options are European). A conversion's forward is the chain's fitted forward, not a quote.").append(nl);
        return out.toString();
    }
}
