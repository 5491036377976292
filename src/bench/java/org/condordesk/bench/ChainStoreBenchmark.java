package org.condordesk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.condordesk.backtest.Backtest;
import org.condordesk.backtest.BacktestConfig;
import org.condordesk.backtest.BacktestMarket;
import org.condordesk.backtest.BacktestResult;
import org.condordesk.backtest.StoredChains;
import org.condordesk.backtest.StoredMarketData;
import org.condordesk.chain.Ssvi;
import org.condordesk.chain.SyntheticChain;
import org.condordesk.market.DailyBar;
import org.condordesk.market.DailySeries;
import org.condordesk.market.ExchangeCalendar;
import org.condordesk.market.OptionQuote;
import org.condordesk.market.OptionRoot;
import org.condordesk.model.Instrument;
import org.condordesk.model.OptionRight;
import org.condordesk.pricing.PricingException;
import org.condordesk.signals.MarketHistory;
import org.condordesk.store.chains.ChainImport;
import org.condordesk.store.chains.ChainStore;
import org.condordesk.store.chains.EodLayout;
import org.condordesk.store.csv.ImportProgress;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The chain store (issue 29 §3): a synthetic SPXW chain history made by the project's own {@link SyntheticChain}
 * (SSVI smile, the SPX-like strike ladder, Cboe-like tick and spread) on the bundled SPX closes, one expiry every
 * weekday 0–60 days out, every listed strike, written in DataShop's layout one file per month. {@code days} sets how
 * many trading days (4,300 ≈ 17 years: tens of millions of rows; the default is a quarter so a run fits a shared
 * machine). {@code importAll}: a fresh store from those files (rows/s = rows printed ÷ the time); {@code dayChain}: one
 * expiry of one day read back (target ≤ 5 ms); {@code backtestOnStore}: the weekly backtest over the same days with SPX
 * legs marked from the store. The store's size and rows are printed at the end.
 */
@State(Scope.Benchmark)
@Fork(1)
public class ChainStoreBenchmark {

    @Param("63")
    public int days;

    Path root;
    List<Path> files = new ArrayList<>();
    long rows;
    List<LocalDate> quoteDays = new ArrayList<>();
    ChainStore store;
    BacktestMarket market;
    SplittableRandom random = new SplittableRandom(29);

    /** Months of files {@code importAll} imports into a fresh store (the rest are deleted once in the kept store). */
    static final int IMPORT_MONTHS = 3;

    Path importFolder;

    /**
     * Builds the store once per size and keeps it ({@code target/bench-chains/days-N/store}, finished when its
     * {@code _rows} file exists): month by month, a DataShop file is written and imported, and all but the last
     * {@link #IMPORT_MONTHS} files are deleted (17 years of CSV would take ~13 GB). A later run reuses the store.
     */
    @Setup(Level.Trial)
    public void generate() throws IOException {
        root = Files.createDirectories(Path.of("target", "bench-chains", "days-" + days));
        DailySeries spx = BundledHistory.read("SPX");
        List<DailyBar> bars = spx.bars();
        // The window ends on the last day of 2025: VIX3M (which the hedged variants need) stops in 2026.
        int end = 0;
        while (end < bars.size() && !bars.get(end).date().isAfter(LocalDate.of(2025, 12, 31))) {
            end++;
        }
        List<DailyBar> window = bars.subList(Math.max(0, end - days), end);
        window.forEach(bar -> quoteDays.add(bar.date()));
        DailySeries vix = BundledHistory.read("VIX");
        MarketHistory history = MarketHistory.of(spx, Optional.of(vix), Optional.of(BundledHistory.read("VIX3M")), Optional.empty());
        market = BacktestMarket.of(history, Optional.of(vix), BacktestConfig.Model.defaults());
        Path done = root.resolve("store").resolve("_rows");
        if (Files.exists(done)) {
            rows = Long.parseLong(Files.readString(done).strip());
            try (Stream<Path> listing = Files.list(root)) {
                listing.filter(p -> p.toString().endsWith(".csv")).sorted().forEach(files::add);
            }
        } else {
            build(window);
            Files.writeString(done, rows + "\n");
        }
        store = ChainStore.open(root.resolve("store"));
        importFolder = root.resolve("import-store");
        System.out.printf(Locale.ROOT, "%n[chain store] %d trading days, %d rows; importAll reads %d DataShop files, %.0f MB%n",
                days, rows, files.size(), files.stream().mapToLong(p -> p.toFile().length()).sum() / 1e6);
    }

    private void build(List<DailyBar> window) throws IOException {
        deleteTree(root.resolve("store"));
        Ssvi surface = new Ssvi(0.16, -0.7, 0.8);
        SyntheticChain.Quoting quoting = new SyntheticChain.Quoting(0.05, 0.005, 0.05, 2.5);
        List<Path> written = new ArrayList<>();
        long importNanos = 0;
        try (ChainStore building = ChainStore.open(root.resolve("store"))) {
            int i = 0;
            while (i < window.size()) {
                String month = window.get(i).date().toString().substring(0, 7);
                Path file = root.resolve("UnderlyingOptionsEODQuotes_" + month + ".csv");
                try (BufferedWriter out = Files.newBufferedWriter(file)) {
                    out.write("underlying_symbol,quote_date,root,expiration,strike,option_type,open,high,low,close,"
                            + "trade_volume,bid_size_1545,bid_1545,ask_size_1545,ask_1545,underlying_bid_1545,"
                            + "underlying_ask_1545,bid_size_eod,bid_eod,ask_size_eod,ask_eod,underlying_bid_eod,"
                            + "underlying_ask_eod,vwap,open_interest,delivery_code\n");
                    for (; i < window.size() && window.get(i).date().toString().startsWith(month); i++) {
                        rows += writeDay(out, window.get(i).date(), window.get(i).close(), surface, quoting);
                    }
                }
                long start = System.nanoTime();
                ChainImport.run(building, List.of(file), EodLayout.DATASHOP, ImportProgress.NONE);
                importNanos += System.nanoTime() - start;
                written.add(file);
                if (written.size() > IMPORT_MONTHS) {
                    Files.delete(written.remove(0));
                }
            }
        }
        files.addAll(written);
        System.out.printf(Locale.ROOT, "%n[chain store] built: %d rows imported month by month in %.1f s (%.0f rows/s)%n",
                rows, importNanos / 1e9, rows / (importNanos / 1e9));
    }

    private static long writeDay(BufferedWriter out, LocalDate day, double spot, Ssvi surface,
                                 SyntheticChain.Quoting quoting) throws IOException {
        List<SyntheticChain.Expiry> expiries = new ArrayList<>();
        for (LocalDate expiry = day; !expiry.isAfter(day.plusDays(60)); expiry = expiry.plusDays(1)) {
            if (ExchangeCalendar.isBusinessDay(expiry)) {
                double years = Math.max(expiry.toEpochDay() - day.toEpochDay(), 0.25) / 365;
                double forward = spot * Math.exp((0.02 - 0.018) * years);
                expiries.add(new SyntheticChain.Expiry(OptionRoot.SPXW, expiry, forward,
                        SyntheticChain.spxStrikes(Math.round(forward / 5) * 5)));
            }
        }
        ZonedDateTime close = day.atTime(15, 59).atZone(Instrument.NEW_YORK);
        List<OptionQuote> quotes = new ArrayList<>();
        for (SyntheticChain.Expiry expiry : expiries) {
            try {
                quotes.addAll(SyntheticChain.generate("SPX", OptionalDouble.of(spot), close, 0.02, List.of(expiry), surface,
                        quoting).quotes());
            } catch (PricingException e) {
                // A same-day expiry a minute before its settlement with strikes at 40 % of a low spot (2008–09) needs
                // a vol above the pricer's 1,000 % bound in the far wing: that expiry is left out of that day.
            }
        }
        StringBuilder line = new StringBuilder(160);
        for (OptionQuote quote : quotes) {
            line.setLength(0);
            line.append("^SPX,").append(day).append(",SPXW,").append(quote.expiry()).append(',').append(quote.strike())
                    .append(',').append(quote.right() == OptionRight.CALL ? 'C' : 'P').append(",0,0,0,0,0,10,")
                    .append(quote.bid()).append(",10,").append(quote.ask()).append(",0,0,10,").append(quote.bid())
                    .append(",10,").append(quote.ask()).append(",0,0,0,0,\n");
            out.write(line.toString());
        }
        return quotes.size();
    }

    private static void deleteTree(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 0)
    @Measurement(iterations = 2)
    public ChainImport.Result importAll() throws IOException {
        deleteTree(importFolder);
        try (ChainStore fresh = ChainStore.open(importFolder)) {
            ChainImport.Result result = ChainImport.run(fresh, files, EodLayout.DATASHOP, ImportProgress.NONE);
            System.out.printf(Locale.ROOT, " [%d rows] ", result.rows());
            return result;
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    public List<ChainStore.StoredQuote> dayChain() {
        LocalDate day = quoteDays.get(random.nextInt(quoteDays.size()));
        LocalDate expiry = day.plusDays(7 + random.nextInt(14));
        while (!ExchangeCalendar.isBusinessDay(expiry)) {
            expiry = expiry.plusDays(1);
        }
        return store.chain("SPX", "SPXW", day, expiry);
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 3)
    public BacktestResult backtestOnStore() {
        BacktestConfig config = BacktestConfig.defaults().withFrom(Optional.empty())
                .withTo(Optional.of(quoteDays.get(quoteDays.size() - 1))).withFrom(Optional.of(quoteDays.get(0)));
        // A fresh cache each run: every (day, expiry) chain the replay touches is read from Parquet.
        StoredChains chains = new StoredChains(store);
        return Backtest.run(config, market.withRealData(StoredMarketData.of(List.of(), Map.of(), chains)));
    }

    @TearDown(Level.Trial)
    public void report() throws IOException {
        System.out.printf(Locale.ROOT, "%n[chain store] %d rows, store %.1f MB on disk (%.1f bytes a row)%n", rows,
                size(root.resolve("store"), true) / 1e6, (double) size(root.resolve("store"), true) / rows);
        store.close();
    }

    private static long size(Path folder, boolean parquetOnly) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !parquetOnly || p.toString().endsWith(".parquet")).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
