package org.condordesk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.condordesk.market.ChainQuotes;
import org.condordesk.market.OptionChain;
import org.condordesk.model.ValidationException;

import picocli.CommandLine.Option;

/**
 * {@code --chain FILE} of {@code close} and {@code roll} (issue 31 §2): a chain file read as {@code chain FILE} reads
 * one (Cboe's quote download or the long layout, docs/formats.md), at most one per underlying (an SPX and a VIX
 * chain). With a chain, "mid" and "bid/ask" take its quote for the exact contract (root, expiry, strike, right); a
 * contract it does not quote is priced from the leg's own bid/ask if it has one, else at the model, and the output
 * says which (docs/cli.md).
 */
final class TradeChains {

    @Option(names = "--chain", paramLabel = "FILE", description = "Price at this chain's quotes where it has the "
            + "contract (a Cboe download or the long layout; once per underlying, e.g. an SPX and a VIX chain).")
    List<Path> files = new ArrayList<>();

    /** A chain read, with the file it came from. */
    record Read(Path file, OptionChain chain) {
    }

    /** The chains of the {@code --chain} flags, read and checked (one line and exit 2 on a bad file). */
    List<Read> read() throws IOException {
        List<Read> out = new ArrayList<>();
        Set<String> underlyings = new HashSet<>();
        for (Path file : files) {
            OptionChain chain = ChainFiles.read(file).chain();
            if (!underlyings.add(chain.underlying())) {
                throw new ValidationException("--chain", file + ": a second " + chain.underlying()
                        + " chain (give one per underlying)");
            }
            out.add(new Read(file, chain));
        }
        return out;
    }

    /** The quotes of {@code chains}, looked up by contract; none when no {@code --chain} was given. */
    static ChainQuotes quotes(List<Read> chains) {
        ChainQuotes quotes = ChainQuotes.none();
        for (Read read : chains) {
            quotes = quotes.with(ChainQuotes.of(read.chain()));
        }
        return quotes;
    }

    /** JSON {@code chains[]}: each {@code file}, {@code underlying}, {@code quoteTime} (ISO, with its offset). */
    static List<Map<String, Object>> json(List<Read> chains) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Read read : chains) {
            Map<String, Object> node = CliJson.object();
            node.put("file", read.file().toString());
            node.put("underlying", read.chain().underlying());
            node.put("quoteTime", read.chain().quoteTime().toOffsetDateTime().toString());
            out.add(node);
        }
        return out;
    }
}
