package org.condordesk.market;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.condordesk.model.Instrument;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Quote;
import org.condordesk.model.Settlement;
import org.condordesk.model.SpxOption;
import org.condordesk.model.VixOption;

/**
 * The quotes of the chains a window has loaded (issue 31 §2), looked up by contract: an SPX option by its root (AM
 * settlement = SPX, PM = SPXW, as "Set market from chain" matches), expiry, strike and right; a VIX option under
 * VIX, else VIXW. Only a quote with a usable mid (two-sided or zero-bid, {@link QuoteCondition#hasMid}) counts: an
 * empty, one-sided or crossed quote is no price. Immutable: at most one chain per underlying, the latest replacing
 * the one before. Pure; the trade functions ask it and fall back to the model where it has no quote.
 */
public final class ChainQuotes {

    private static final ChainQuotes NONE = new ChainQuotes(Map.of());
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** A contract's quote and the time of the chain it comes from. */
    public record Quoted(Quote quote, ZonedDateTime time) {

        public double mid() {
            return (quote.bid() + quote.ask()) / 2;
        }

        /** What a trade result says: {@code from chain, quoted 15:45} (the chain's own clock, New York for Cboe). */
        public String describe() {
            return "from chain, quoted " + CLOCK.format(time);
        }
    }

    private record Key(OptionRoot root, LocalDate expiry, double strike, OptionRight right) {
    }

    /** Underlying → its chain's usable quotes. */
    private final Map<String, Indexed> chains;

    private record Indexed(OptionChain chain, Map<Key, Quoted> quotes) {
    }

    private ChainQuotes(Map<String, Indexed> chains) {
        this.chains = chains;
    }

    /** No chain loaded: every lookup is empty. */
    public static ChainQuotes none() {
        return NONE;
    }

    /** The quotes of {@code chain}, indexed (O(quotes): build it off the FX thread, then {@link #with} it). */
    public static ChainQuotes of(OptionChain chain) {
        Map<Key, Quoted> index = new HashMap<>(chain.quotes().size() * 2);
        for (OptionQuote q : chain.quotes()) {
            if (q.condition().hasMid()) {
                index.put(new Key(q.root(), q.expiry(), q.strike(), q.right()),
                        new Quoted(new Quote(q.bid(), q.ask()), chain.quoteTime()));
            }
        }
        return new ChainQuotes(Map.of(chain.underlying(), new Indexed(chain, index)));
    }

    /** These quotes with {@code other}'s chains in place of any earlier chain of the same underlying (O(chains)). */
    public ChainQuotes with(ChainQuotes other) {
        Map<String, Indexed> next = new LinkedHashMap<>(chains);
        next.putAll(other.chains);
        return next.isEmpty() ? NONE : new ChainQuotes(Map.copyOf(next));
    }

    /** These quotes without {@code chain} if it is the one held for its underlying (a closed window's chain). */
    public ChainQuotes without(OptionChain chain) {
        Indexed held = chains.get(chain.underlying());
        if (held == null || held.chain() != chain) {
            return this;
        }
        Map<String, Indexed> next = new LinkedHashMap<>(chains);
        next.remove(chain.underlying());
        return next.isEmpty() ? NONE : new ChainQuotes(Map.copyOf(next));
    }

    /** Whether any chain is loaded: then a contract it lacks is priced at the model and said so. */
    public boolean isLoaded() {
        return !chains.isEmpty();
    }

    /** The loaded chain's quote for {@code instrument}; empty for a contract it does not list or cannot price. */
    public Optional<Quoted> find(Instrument instrument) {
        if (instrument instanceof SpxOption o) {
            OptionRoot root = o.settlement() == Settlement.AM ? OptionRoot.SPX : OptionRoot.SPXW;
            return lookup("SPX", new Key(root, o.expiry(), o.strike(), o.right()));
        }
        if (instrument instanceof VixOption o) {
            return lookup("VIX", new Key(OptionRoot.VIX, o.expiry(), o.strike(), o.right()))
                    .or(() -> lookup("VIX", new Key(OptionRoot.VIXW, o.expiry(), o.strike(), o.right())));
        }
        return Optional.empty();
    }

    private Optional<Quoted> lookup(String underlying, Key key) {
        Indexed indexed = chains.get(underlying);
        return indexed == null ? Optional.empty() : Optional.ofNullable(indexed.quotes().get(key));
    }
}
