package org.condordesk.backtest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.condordesk.backtest.RealMarketData.Quote;
import org.condordesk.backtest.RealMarketData.SpxContract;
import org.condordesk.model.OptionRight;
import org.condordesk.store.chains.ChainStore;

/**
 * SPX option quotes for the backtest from the chain store. Before a run the backtest hands over every planned
 * condor's legs ({@link #prefetch}): they are read in groups of {@link #PREFETCH_GROUP} contracts in order of entry, one
 * query a group, and kept per contract from its entry day on. A quote of anything else (a contract before the day it
 * was planned from, or one no plan named) reads its expiry on every stored day from then to its expiry in one query
 * and keeps it. Either way the answer is the store's: a quote with no bid or a crossed market is no quote (the model
 * fills in). Synchronized: a sweep's workers share it.
 */
public final class StoredChains implements StoredMarketData.Chains, AutoCloseable {

    /**
     * Contracts read by one query: three condors' legs, in order of entry, whose days span about two months of day
     * files. Measured (process CPU for the 17-year benchmark run, alternating in one JVM): 12 a query 4.3–5.4 s, 24
     * 5.4–6.2 s, 4 (one condor) 6.2–7.7 s, one query an expiry 5.7–7.9 s; larger groups read more row groups of each
     * file, smaller ones open each file more often (docs/performance.md §chain store).
     */
    static final int PREFETCH_GROUP = 12;

    private final ChainStore store;
    private final Map<String, Map<Long, Quote>> cache = new HashMap<>();
    /** Prefetched contracts: the first day each was read from, and its quotes by day. */
    private final Map<Contract, Prefetched> prefetched = new HashMap<>();

    public StoredChains(ChainStore store) {
        this.store = store;
    }

    private record Contract(String root, LocalDate expiry, long strikeKey) {
    }

    private record Prefetched(LocalDate from, Map<LocalDate, Quote> quotes) {
    }

    @Override
    public synchronized Optional<Quote> quote(LocalDate day, OptionRight right, double strike, LocalDate expiry, boolean pm) {
        String root = pm ? "SPXW" : "SPX";
        char side = right == OptionRight.CALL ? 'C' : 'P';
        Prefetched known = prefetched.get(new Contract(root, expiry, key(strike, side)));
        if (known != null && !day.isBefore(known.from())) {
            return Optional.ofNullable(known.quotes().get(day));
        }
        String key = day + "|" + root + "|" + expiry;
        Map<Long, Quote> chain = cache.get(key);
        if (chain == null) {
            load(day, root, expiry);
            chain = cache.getOrDefault(key, Map.of());
            cache.putIfAbsent(key, chain);
        }
        return Optional.ofNullable(chain.get(key(strike, side)));
    }

    /** Reads the contracts not read before (or read from a later day), a group of them a query. */
    @Override
    public synchronized void prefetch(List<SpxContract> contracts) {
        Map<Contract, LocalDate> wanted = new LinkedHashMap<>();
        contracts.stream().sorted(Comparator.comparing(SpxContract::from)).forEach(c -> {
            Contract contract = new Contract(c.pm() ? "SPXW" : "SPX", c.expiry(), key(c.strike(), c.right() == OptionRight.CALL ? 'C' : 'P'));
            Prefetched known = prefetched.get(contract);
            if ((known == null || c.from().isBefore(known.from())) && !c.expiry().isBefore(c.from())) {
                wanted.putIfAbsent(contract, c.from());
            }
        });
        List<Map.Entry<Contract, LocalDate>> pending = new ArrayList<>(wanted.entrySet());
        for (int i = 0; i < pending.size(); i += PREFETCH_GROUP) {
            read(pending.subList(i, Math.min(pending.size(), i + PREFETCH_GROUP)));
        }
    }

    private void read(List<Map.Entry<Contract, LocalDate>> group) {
        Map<Contract, Prefetched> out = new HashMap<>();
        Set<String> roots = new TreeSet<>();
        Set<LocalDate> expiries = new TreeSet<>();
        Set<Double> strikes = new TreeSet<>();
        LocalDate from = LocalDate.MAX;
        LocalDate to = LocalDate.MIN;
        for (Map.Entry<Contract, LocalDate> entry : group) {
            Contract contract = entry.getKey();
            out.put(contract, new Prefetched(entry.getValue(), new HashMap<>()));
            roots.add(contract.root());
            expiries.add(contract.expiry());
            strikes.add((contract.strikeKey() / 2) / 1000.0);
            from = entry.getValue().isBefore(from) ? entry.getValue() : from;
            to = contract.expiry().isAfter(to) ? contract.expiry() : to;
        }
        store.twoSidedQuotes("SPX", from, to, roots, expiries, strikes, (day, root, expiry, strike, right, bid, ask) -> {
            Prefetched target = out.get(new Contract(root, expiry, key(strike, right)));
            if (target != null && !day.isBefore(target.from())) {
                target.quotes().put(day, new Quote(bid, ask));
            }
        });
        prefetched.putAll(out);
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
