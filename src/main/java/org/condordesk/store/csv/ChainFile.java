package org.condordesk.store.csv;

import java.util.List;

import org.condordesk.market.OptionChain;

/** What a chain file gave: the chain, its layout, the number of data rows and the flagged quotes by condition. */
public record ChainFile(OptionChain chain, ChainLayout layout, int dataRows, List<QuoteFlag> flags) {

    public ChainFile {
        flags = List.copyOf(flags);
    }

    /** Quotes flagged in any condition. */
    public int flaggedQuotes() {
        return flags.stream().mapToInt(QuoteFlag::count).sum();
    }
}
