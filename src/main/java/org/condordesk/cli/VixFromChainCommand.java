package org.condordesk.cli;

import static org.condordesk.cli.ReportJson.number;
import static org.condordesk.cli.TextTable.number;

import java.nio.file.Path;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;

import org.condordesk.chain.VixFromChain;
import org.condordesk.chain.VixTerm;
import org.condordesk.store.csv.ChainFile;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vix-from-chain FILE.csv}: the VIX recomputed from an SPX chain by the Cboe method. */
@Command(name = "vix-from-chain",
        description = {"Recompute the 30-day VIX from an SPX chain by the Cboe VIX methodology (docs/model.md §12):",
            "near and next term bracketing 30 days, OTM strips stopping after two zero bids, minutes-based times."})
final class VixFromChainCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "SPX chain file.")
    Path file;

    @Option(names = "--rate", paramLabel = "R",
            description = "Continuous rate R for both terms (decimal); default: each term's rate implied by put-call parity.")
    Double rate;

    @Option(names = "--json", description = "Print JSON (keys in docs/cli.md).")
    boolean json;

    @Override
    public Integer call() throws Exception {
        OptionalDouble rateFlag = ChainFiles.rateFlag(rate);
        ChainFile chainFile = ChainFiles.read(file);
        VixFromChain.Result result = VixFromChain.compute(chainFile.chain(), e -> ChainFiles.rate(rateFlag, e));
        CliJson.printJsonOrText(spec, json, () -> json(result), () -> text(result));
        return 0;
    }

    private ObjectNode json(VixFromChain.Result result) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        number(root, "vix", result.vix());
        number(root, "nearVariance", result.nearVariance());
        number(root, "nextVariance", result.nextVariance());
        root.putObject("strikesUsed").put("near", result.near().strikesUsed()).put("next", result.next().strikesUsed());
        number(root, "nearWeight", result.nearWeight());
        root.put("withinCboeWindow", result.withinCboeWindow());
        root.put("rateSource", rate == null ? "put-call parity per term" : "--rate");
        root.set("near", term(result.near()));
        root.set("next", term(result.next()));
        return root;
    }

    private static ObjectNode term(VixTerm term) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("expiry", term.expiry());
        number(node, "minutes", term.minutes());
        number(node, "years", term.years());
        number(node, "rate", term.rate());
        number(node, "forwardStrike", term.forwardStrike());
        number(node, "forward", term.forward());
        number(node, "k0", term.k0());
        number(node, "variance", term.variance());
        node.put("strikesUsed", term.strikesUsed());
        number(node, "lowestStrike", term.lowestStrike());
        number(node, "highestStrike", term.highestStrike());
        return node;
    }

    private static String text(VixFromChain.Result result) {
        String nl = System.lineSeparator();
        StringBuilder out = new StringBuilder();
        out.append("VIX from the chain: ").append(number(result.vix(), 2)).append(nl);
        if (!result.withinCboeWindow()) {
            out.append("  (a term lies outside Cboe's 23-37 day window: the nearest expiries on each side of 30 days were used)")
                    .append(nl);
        }
        TextTable table = new TextTable("term", "expiry", "minutes", "T years", "R %", "K*", "forward F", "K0",
                "strikes used", "strip", "variance", "weight");
        row(table, "near", result.near(), result.nearWeight());
        row(table, "next", result.next(), 1 - result.nearWeight());
        out.append(table.render("  "));
        return out.toString();
    }

    private static void row(TextTable table, String name, VixTerm term, double weight) {
        table.row(name, term.expiry(), number(term.minutes(), 0), number(term.years(), 7), number(100 * term.rate(), 4),
                number(term.forwardStrike(), 2), number(term.forward(), 5), number(term.k0(), 2), term.strikesUsed(),
                number(term.lowestStrike(), 0) + " to " + number(term.highestStrike(), 0), number(term.variance(), 9),
                number(weight, 4));
    }
}
