package org.condordesk.cli;

import static org.condordesk.cli.ReportJson.number;
import static org.condordesk.cli.TextTable.number;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.condordesk.chain.ChainAnalysis;
import org.condordesk.chain.Ladder;
import org.condordesk.market.OptionRoot;
import org.condordesk.model.Settlement;
import org.condordesk.chain.ChainAnalyzer;
import org.condordesk.chain.ExpiryAnalysis;
import org.condordesk.chain.PriceSide;
import org.condordesk.chain.SviChecks;
import org.condordesk.chain.SviParameters;
import org.condordesk.model.OptionRight;
import org.condordesk.model.ValidationException;
import org.condordesk.store.csv.ChainFile;
import org.condordesk.store.csv.QuoteFlag;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code chain FILE.csv}: per expiry the implied forward, discount factor, ATM vol and SVI smile. */
@Command(name = "chain",
        description = {"Analyse an option chain file (Cboe's quote download or the long layout, docs/formats.md):",
            "per expiry the forward and discount factor put-call parity implies, the ATM vol and the fitted SVI smile",
            "with its no-arbitrage checks; with --expiry also every strike's quotes and implied vols."})
final class ChainCommand implements Callable<Integer> {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE.csv", description = "Chain file (or --url).")
    Path file;

    @Option(names = "--url", arity = "0..1", fallbackValue = "", paramLabel = "URL",
            description = "Read the chain over HTTP in Cboe's delayed-quotes JSON layout (docs/formats.md); without a "
                    + "URL, Cboe's address for --underlying. Delayed about 15 minutes, for personal use.")
    String url;

    @Option(names = "--underlying", paramLabel = "SPX|VIX", defaultValue = "SPX",
            description = "With --url and no URL: whose chain (default SPX).")
    String underlying;

    @Option(names = "--save", paramLabel = "FILE.csv",
            description = "Keep the chain read as a long-layout CSV (docs/formats.md).")
    Path save;

    @Option(names = "--expiry", paramLabel = "YYYY-MM-DD", description = "Only this expiry, with its strikes.")
    LocalDate expiry;

    @Option(names = "--json", description = "Print JSON (keys in docs/cli.md).")
    boolean json;

    @Option(names = "--ladder", description = "With --expiry: the strike ladder, calls | strike | puts, with bid, ask, "
            + "mid, IV, greeks, open interest and volume.")
    boolean ladder;

    @Option(names = "--root", paramLabel = "SPX|SPXW|VIX|VIXW",
            description = "With --ladder: the root when the expiry has two (default the PM root, SPXW).")
    OptionRoot root;

    @Override
    public Integer call() throws Exception {
        ChainFile chainFile = ChainFiles.read(file, url, underlying);
        if (save != null) {
            ChainFiles.save(save, chainFile);
        }
        ChainAnalysis analysis = ChainAnalyzer.analyze(chainFile.chain());
        List<ExpiryAnalysis> shown = expiry == null ? analysis.expiries() : analysis.on(expiry);
        if (expiry != null && shown.isEmpty()) {
            throw new ValidationException("--expiry", expiry + " is not an expiry of the chain (it has "
                    + analysis.expiries().stream().map(e -> e.expiry().toString()).distinct().collect(Collectors.joining(", ")) + ")");
        }
        if (ladder) {
            printLadder(chainFile, shown);
            return 0;
        }
        CliJson.printJsonOrText(spec, json, () -> json(chainFile, analysis, shown), () -> text(chainFile, analysis, shown));
        return 0;
    }

    /** The file or the address the chain came from. */
    private String source() {
        return file != null ? file.toString() : ChainFiles.address(url, underlying).toString();
    }

    private void printLadder(ChainFile chainFile, List<ExpiryAnalysis> shown) {
        if (expiry == null) {
            throw new ValidationException("--ladder", "needs --expiry DATE (the ladder is one expiry's strikes)");
        }
        ExpiryAnalysis chosen = shown.stream().filter(e -> root == null ? e.root().settlement() == Settlement.PM
                        : e.root() == root).findFirst()
                .orElseGet(() -> {
                    if (root != null) {
                        throw new ValidationException("--root", expiry + " has no " + root + " options (it has "
                                + shown.stream().map(e -> e.root().name()).collect(Collectors.joining(", ")) + ")");
                    }
                    return shown.get(0);
                });
        Ladder built = Ladder.of(chainFile.chain(), chosen);
        CliJson.printJsonOrText(spec, json, () -> {
            ObjectNode node = NODES.objectNode();
            node.put("file", source());
            node.put("underlying", chainFile.chain().underlying());
            node.put("quoteTime", chainFile.chain().quoteTime().toOffsetDateTime().toString());
            LadderOutput.json(node, built);
            return node;
        }, () -> LadderOutput.text(built));
    }

    private ObjectNode json(ChainFile chainFile, ChainAnalysis analysis, List<ExpiryAnalysis> shown) {
        ObjectNode root = NODES.objectNode();
        root.put("file", source());
        root.put("layout", chainFile.layout().name());
        root.put("underlying", chainFile.chain().underlying());
        number(root, "underlyingPrice", chainFile.chain().underlyingPrice().orElse(Double.NaN));
        root.put("quoteTime", chainFile.chain().quoteTime().toOffsetDateTime().toString());
        root.put("quotes", chainFile.chain().quotes().size());
        ArrayNode flags = root.putArray("flags");
        for (QuoteFlag flag : chainFile.flags()) {
            ObjectNode node = flags.addObject();
            node.put("condition", flag.condition().name());
            node.put("count", flag.count());
            ArrayNode lines = node.putArray("firstLines");
            flag.firstLines().forEach(lines::add);
        }
        ArrayNode expiries = root.putArray("expiries");
        shown.forEach(e -> expiries.add(expiry(e)));
        ArrayNode skipped = root.putArray("skipped");
        analysis.skipped().forEach(s -> skipped.addObject().put("expiry", s.expiry()).put("reason", s.reason()));
        ArrayNode calendar = root.putArray("calendarViolations");
        for (ChainAnalysis.CalendarViolation v : analysis.calendarViolations()) {
            ObjectNode node = calendar.addObject().put("earlier", v.earlier()).put("later", v.later());
            number(node, "logMoneyness", v.logMoneyness());
            number(node, "earlierTotalVariance", v.earlierTotalVariance());
            number(node, "laterTotalVariance", v.laterTotalVariance());
        }
        return root;
    }

    private ObjectNode expiry(ExpiryAnalysis e) {
        ObjectNode node = NODES.objectNode();
        node.put("expiry", e.expiry().toString());
        node.put("root", e.root().name());
        node.put("settlement", e.root().settlement().name());
        number(node, "days", e.quotes().days());
        number(node, "forward", e.forward().forward());
        number(node, "discountFactor", e.forward().discountFactor());
        number(node, "rate", e.rate());
        number(node, "atmVol", e.atmVol());
        node.put("strikes", e.quotes().size());
        node.put("forwardStrikesUsed", e.forward().strikesUsed());
        number(node, "forwardResidualRms", e.forward().residualRms());
        if (e.svi().isPresent()) {
            SviParameters p = e.svi().get().parameters();
            SviChecks checks = e.checks().orElseThrow();
            ObjectNode smile = node.putObject("smile");
            smile.put("model", "SVI-raw");
            number(smile, "a", p.a());
            number(smile, "b", p.b());
            number(smile, "rho", p.rho());
            number(smile, "m", p.m());
            number(smile, "sigma", p.sigma());
            number(smile, "rmsVolError", e.svi().get().rmsVolError());
            smile.put("points", e.svi().get().points());
            smile.put("arbitrageFree", checks.arbitrageFree());
            number(smile, "minimumTotalVariance", checks.minimumTotalVariance());
            number(smile, "maxWingSlope", checks.maxWingSlope());
            number(smile, "minimumDensityFactor", checks.minimumDensityFactor());
        } else {
            node.putNull("smile");
        }
        if (expiry != null) {
            node.set("quotes", strikes(e));
        }
        return node;
    }

    private static ArrayNode strikes(ExpiryAnalysis e) {
        ArrayNode rows = NODES.arrayNode();
        for (int i = 0; i < e.quotes().size(); i++) {
            ObjectNode row = rows.addObject();
            double strike = e.quotes().strike(i);
            number(row, "strike", strike);
            for (OptionRight right : OptionRight.values()) {
                String side = right == OptionRight.CALL ? "call" : "put";
                number(row, side + "Bid", e.quotes().bid(right, i));
                number(row, side + "Ask", e.quotes().ask(right, i));
                number(row, side + "BidVol", e.vol(right, PriceSide.BID, i));
                number(row, side + "MidVol", e.vol(right, PriceSide.MID, i));
                number(row, side + "AskVol", e.vol(right, PriceSide.ASK, i));
            }
            number(row, "fitVol", e.volAt(strike));
        }
        return rows;
    }

    private String text(ChainFile chainFile, ChainAnalysis analysis, List<ExpiryAnalysis> shown) {
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append(chainFile.chain().underlying()).append(" chain, ").append(chainFile.chain().quotes().size())
                .append(" quotes at ").append(chainFile.chain().quoteTime().toLocalDateTime().toString().replace('T', ' '))
                .append(" New York");
        chainFile.chain().underlyingPrice().ifPresent(p -> out.append(", underlying ").append(number(p, 2)));
        out.append(nl);
        for (QuoteFlag flag : chainFile.flags()) {
            out.append("  ").append(flag.count()).append(" quotes ").append(flag.condition().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .append(" (first on lines ").append(flag.firstLines().stream().map(String::valueOf)
                            .collect(Collectors.joining(", "))).append(")").append(nl);
        }
        out.append(nl);
        TextTable table = new TextTable("expiry", "root", "days", "forward", "DF", "rate %", "ATM vol %", "SVI a", "b",
                "rho", "m", "sigma", "fit err %", "no-arb");
        for (ExpiryAnalysis e : shown) {
            SviParameters p = e.svi().map(s -> s.parameters()).orElse(null);
            table.row(e.expiry(), e.root(), number(e.quotes().days(), 2), number(e.forward().forward(), 2),
                    number(e.forward().discountFactor(), 6), number(100 * e.rate(), 3), number(100 * e.atmVol(), 2),
                    p == null ? "" : number(p.a(), 6), p == null ? "" : number(p.b(), 5),
                    p == null ? "" : number(p.rho(), 4), p == null ? "" : number(p.m(), 5),
                    p == null ? "" : number(p.sigma(), 5),
                    e.svi().map(s -> number(100 * s.rmsVolError(), 3)).orElse("no fit"),
                    e.checks().map(c -> c.arbitrageFree() ? "yes" : "NO").orElse(""));
        }
        out.append(table.render("  "));
        analysis.skipped().forEach(s -> out.append("skipped ").append(s.expiry()).append(": ").append(s.reason()).append(nl));
        analysis.calendarViolations().forEach(v -> out.append("calendar arbitrage: ").append(v.later())
                .append(" has less total variance than ").append(v.earlier()).append(" at ln(K/F) = ")
                .append(number(v.logMoneyness(), 3)).append(nl));
        return out.toString();
    }
}
