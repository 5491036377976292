package org.condordesk.backtest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.condordesk.backtest.RealMarketData.Quote;
import org.condordesk.model.OptionRight;
import org.condordesk.store.chains.ChainStore;

/**
 * SPX option quotes for the backtest from the chain store: the first ask for a (day, root, expiry) reads that expiry on
 * every stored day from then to its expiry in one query and keeps it, so a condor's entry, daily marks and exit cost one
 * read per trade. A quote with no bid or a crossed market is no quote (the model fills in).
 * Synchronized: a sweep's workers share it.
 */
public final class StoredChains implements StoredMarketData.Chains, AutoCloseable {

    private final ChainStore store;
    private final Map<String, Map<Long, Quote>> cache = new HashMap<>();

    public StoredChains(ChainStore store) {
        this.store = store;
    }

    @Override
    public synchronized Optional<Quote> quote(LocalDate day, OptionRight right, double strike, LocalDate expiry, boolean pm) {
        String root = pm ? "SPXW" : "SPX";
        String key = day + "|" + root + "|" + expiry;
        Map<Long, Quote> chain = cache.get(key);
        if (chain == null) {
            load(day, root, expiry);
            chain = cache.getOrDefault(key, Map.of());
            cache.putIfAbsent(key, chain);
        }
        return Optional.ofNullable(chain.get(key(strike, right == OptionRight.CALL ? 'C' : 'P')));
    }

    /** Reads the expiry on every stored day from {@code day} to its expiry at once: the days a leg is marked on. */
    private void load(LocalDate day, String root, LocalDate expiry) {
        store.expiryFrom("SPX", root, day, expiry).forEach((quoteDay, quotes) -> {
            Map<Long, Quote> chain = new HashMap<>(quotes.size() * 2);
            for (ChainStore.StoredQuote quote : quotes) {
                chain.put(key(quote.strike(), quote.right()), new Quote(quote.bid(), quote.ask()));
            }
            cache.putIfAbsent(quoteDay + "|" + root + "|" + expiry, chain);
        });
    }

    /** Strike in thousandths of a point and the right, in one long. */
    private static long key(double strike, char right) {
        return Math.round(strike * 1000) * 2 + (right == 'C' ? 1 : 0);
    }

    @Override
    public void close() {
        store.close();
    }
}
