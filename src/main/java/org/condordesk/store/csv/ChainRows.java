package org.condordesk.store.csv;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import org.condordesk.market.OptionChain;
import org.condordesk.market.OptionQuote;
import org.condordesk.market.OptionRoot;
import org.condordesk.market.QuoteCondition;
import org.condordesk.model.OptionRight;
import org.condordesk.model.ValidationException;

/**
 * The quotes a chain reader has accepted so far: one underlying, at most {@link OptionChain#MAX_QUOTES}, and a
 * tally of flagged conditions with the first {@value #LINES_KEPT} lines of each.
 */
final class ChainRows {

    static final int LINES_KEPT = 10;

    private final List<OptionQuote> quotes = new ArrayList<>();
    private final Map<Key, Integer> firstLine = new HashMap<>();
    private final Map<QuoteCondition, Integer> counts = new EnumMap<>(QuoteCondition.class);
    private final Map<QuoteCondition, List<Integer>> lines = new EnumMap<>(QuoteCondition.class);
    private String underlying;
    private int dataRows;

    void add(OptionQuote quote, LineReader reader) {
        String quoteUnderlying = quote.root().underlying();
        if (underlying == null) {
            underlying = quoteUnderlying;
        } else if (!underlying.equals(quoteUnderlying)) {
            throw new ValidationException(reader.where(), quote.root() + " options in a chain of " + underlying
                    + " options (one file holds one underlying)");
        }
        if (quotes.size() >= OptionChain.MAX_QUOTES) {
            throw new ValidationException(reader.where(), "more than " + OptionChain.MAX_QUOTES
                    + " quotes: this is not one chain");
        }
        Integer previous = firstLine.putIfAbsent(new Key(quote), reader.number());
        if (previous != null) {
            throw new ValidationException(reader.where(), "a second quote for " + OptionChain.describe(quote)
                    + " (first on line " + previous + ")");
        }
        quotes.add(quote);
        QuoteCondition condition = quote.condition();
        if (condition != QuoteCondition.TWO_SIDED) {
            counts.merge(condition, 1, Integer::sum);
            List<Integer> first = lines.computeIfAbsent(condition, c -> new ArrayList<>());
            if (first.size() < LINES_KEPT && (first.isEmpty() || first.get(first.size() - 1) != reader.number())) {
                first.add(reader.number());
            }
        }
    }

    private record Key(OptionRoot root, LocalDate expiry, double strike, OptionRight right) {
        Key(OptionQuote quote) {
            this(quote.root(), quote.expiry(), quote.strike(), quote.right());
        }
    }

    void countRow() {
        dataRows++;
    }

    /** The chain, or an error naming the file when it holds no quote; duplicates are reported by their line. */
    ChainFile finish(String source, ChainLayout layout, OptionalDouble underlyingPrice,
                     ZonedDateTime quoteTime) {
        if (quotes.isEmpty()) {
            throw new ValidationException(source, "has no option rows");
        }
        OptionChain chain;
        try {
            chain = new OptionChain(underlying, underlyingPrice, quoteTime, quotes);
        } catch (ValidationException e) {
            throw new ValidationException(source, e.reason());
        }
        List<QuoteFlag> flags = new ArrayList<>();
        counts.forEach((condition, count) -> flags.add(new QuoteFlag(condition, count, lines.get(condition))));
        return new ChainFile(chain, layout, dataRows, flags);
    }
}
