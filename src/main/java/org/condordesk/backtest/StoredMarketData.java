package org.condordesk.backtest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;
import org.condordesk.market.VxDailySettle;
import org.condordesk.model.OptionRight;
import org.condordesk.store.MarketHistoryLibrary;
import org.condordesk.store.library.HistoryStore;
import org.condordesk.store.library.VxSettleStore;

/**
 * The real data imported into a library (VX settlements, the vol indices) and, when given, a chain source, held in
 * memory for the run: a look-up is a hash probe, so a real-data run costs about what a model run does.
 */
public final class StoredMarketData implements RealMarketData {

    /** An SPX option quote source (the DuckDB chain store); {@link #NONE} when no chains are imported. */
    public interface Chains {
        Chains NONE = (day, right, strike, expiry, pm) -> Optional.empty();

        Optional<Quote> quote(LocalDate day, OptionRight right, double strike, LocalDate expiry, boolean pm);

        /** {@link RealMarketData#prefetchSpx}: a source that reads in bulk reads these now. */
        default void prefetch(List<SpxContract> contracts) {
        }
    }

    private final Map<Long, Double> vx;
    private final Map<String, Map<LocalDate, Double>> indices;
    private final Chains chains;

    StoredMarketData(List<VxDailySettle> settles, Map<String, DailySeries> indexSeries, Chains chains) {
        this.vx = new HashMap<>(settles.size() * 2);
        for (VxDailySettle settle : settles) {
            vx.put(key(settle.day(), settle.expiry()), settle.settlePoints());
        }
        this.indices = new HashMap<>();
        indexSeries.forEach((symbol, series) -> {
            Map<LocalDate, Double> closes = new HashMap<>();
            for (DailyBar bar : series.bars()) {
                closes.put(bar.date(), bar.close());
            }
            indices.put(symbol, closes);
        });
        this.chains = chains;
    }

    /** What the library at {@code db} holds (nothing when the file does not exist: a backtest never creates it). */
    public static RealMarketData load(Path db, Chains chains) {
        if (!Files.exists(db)) {
            return chains == Chains.NONE ? RealMarketData.NONE : new StoredMarketData(List.of(), Map.of(), chains);
        }
        List<VxDailySettle> settles;
        try (VxSettleStore store = VxSettleStore.open(db)) {
            settles = store.all();
        }
        Map<String, DailySeries> indexSeries = new HashMap<>();
        try (HistoryStore store = HistoryStore.open(db)) {
            for (String symbol : MarketHistoryLibrary.INDEX_SYMBOLS) {
                store.load(symbol).ifPresent(series -> indexSeries.put(symbol, series));
            }
        }
        if (settles.isEmpty() && indexSeries.isEmpty() && chains == Chains.NONE) {
            return RealMarketData.NONE;
        }
        return new StoredMarketData(settles, indexSeries, chains);
    }

    /** Real data from in-memory rows (tests, the benchmark). */
    public static RealMarketData of(List<VxDailySettle> settles, Map<String, DailySeries> indexSeries, Chains chains) {
        return new StoredMarketData(settles, indexSeries, chains);
    }

    @Override
    public OptionalDouble vxSettle(LocalDate day, LocalDate expiry) {
        Double settle = vx.get(key(day, expiry));
        return settle == null ? OptionalDouble.empty() : OptionalDouble.of(settle);
    }

    @Override
    public OptionalDouble index(String symbol, LocalDate day) {
        Map<LocalDate, Double> closes = indices.get(symbol);
        Double close = closes == null ? null : closes.get(day);
        return close == null ? OptionalDouble.empty() : OptionalDouble.of(close);
    }

    @Override
    public Optional<Quote> spxOption(LocalDate day, OptionRight right, double strike, LocalDate expiry, boolean pm) {
        return chains.quote(day, right, strike, expiry, pm);
    }

    @Override
    public void prefetchSpx(List<SpxContract> contracts) {
        chains.prefetch(contracts);
    }

    @Override
    public boolean isEmpty() {
        return vx.isEmpty() && indices.isEmpty() && chains == Chains.NONE;
    }

    /** Trade date and expiry in one long: epoch days fit in 32 bits many times over. */
    private static long key(LocalDate day, LocalDate expiry) {
        return day.toEpochDay() << 32 | (expiry.toEpochDay() & 0xffffffffL);
    }
}
