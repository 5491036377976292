package org.condordesk.backtest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.condordesk.backtest.RealMarketData.Quote;
import org.condordesk.model.OptionRight;
import org.condordesk.store.chains.ChainStore;

/**
 * SPX option quotes for the backtest from the chain store: the first ask for a (day, root, expiry) reads that expiry's
 * whole day chain once (one Parquet file, filtered on expiry) and keeps it, so the daily marks of a condor's four legs
 * cost one read per day and expiry. A quote with no bid or a crossed market is no quote (the model fills in).
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
        Map<Long, Quote> chain = cache.computeIfAbsent(day + "|" + root + "|" + expiry, key -> load(day, root, expiry));
        return Optional.ofNullable(chain.get(key(strike, right == OptionRight.CALL ? 'C' : 'P')));
    }

    private Map<Long, Quote> load(LocalDate day, String root, LocalDate expiry) {
        List<ChainStore.StoredQuote> quotes = store.chain("SPX", root, day, expiry);
        Map<Long, Quote> chain = new HashMap<>(quotes.size() * 2);
        for (ChainStore.StoredQuote quote : quotes) {
            if (quote.bid() > 0 && quote.ask() >= quote.bid()) {
                chain.put(key(quote.strike(), quote.right()), new Quote(quote.bid(), quote.ask()));
            }
        }
        return chain;
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
