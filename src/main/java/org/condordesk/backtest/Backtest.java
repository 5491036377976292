package org.condordesk.backtest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import org.condordesk.capital.HistoricalShocks;
import org.condordesk.model.ValidationException;

/**
 * Replays the condor and its hedge variants on daily history (docs/backtest.md): entry plans are made once per entry
 * day and shared by every variant, then each variant runs day by day. Pure: the same config and market give the
 * same result.
 */
public final class Backtest {

    /** The stress days every variant reports (their P&L is the book's mark-to-market change that day). */
    public static final List<LocalDate> STRESS_DAYS = HistoricalShocks.STRESS_DAYS;
    /** Share of the progress bar the entry plans take; the variants share the rest. */
    private static final double PLANNING_SHARE = 0.6;

    private Backtest() {
    }

    /** Runs every variant of {@code config}; {@code progress} gets 0–1, {@code cancelled} stops it (CancellationException). */
    public static BacktestResult run(BacktestConfig config, BacktestMarket market, DoubleConsumer progress,
                                     BooleanSupplier cancelled) {
        List<String> notes = new ArrayList<>();
        int[] window = window(config, market, notes);
        EntryPlanner.EntryPlan[] plans = plans(config, market, window, progress, cancelled);
        skipEventEntries(config.entry().skipEvents(), plans, market, notes);
        prefetchSpx(market, plans);
        List<VariantResult> results = new ArrayList<>();
        List<BacktestConfig.Variant> variants = config.variants();
        for (int v = 0; v < variants.size(); v++) {
            results.add(runVariant(config, variants.get(v), market, plans, window, cancelled));
            progress.accept(PLANNING_SHARE + (1 - PLANNING_SHARE) * (v + 1) / variants.size());
        }
        for (BacktestConfig.Variant variant : variants) {
            if (variant.book().shared() && variant.kind() != BacktestConfig.HedgeKind.NONE) {
                notes.add(variant.name() + ": one shared hedge book; the per-trade figures (win rate, worst trade, IRR,"
                        + " hedge cost a trade) count the condors only, the book's P&L and costs are in the daily ones");
            }
        }
        for (VariantResult result : results) {
            result.metrics().stoppedOn().ifPresent(day -> notes.add(result.name() + ": an account of its capital base ($"
                    + Math.round(result.metrics().capitalBase()) + ") is wiped out on " + day
                    + "; it closes its trades at that close and trades no more"));
        }
        return new BacktestResult(market.date(window[0]), market.date(window[1]), notes, results);
    }

    /**
     * The event filter: drops every entry whose condor lives through (entry date to its expiry, both inclusive) a
     * bundled event of {@code kinds} (market.EventCalendar), and says how many in {@code notes}.
     */
    static void skipEventEntries(java.util.Set<org.condordesk.model.EventKind> kinds, EntryPlanner.EntryPlan[] plans,
                                 BacktestMarket market, List<String> notes) {
        if (kinds.isEmpty()) {
            return;
        }
        List<org.condordesk.model.MarketEvent> events = org.condordesk.market.EventCalendar.bundled().events().stream()
                .filter(e -> kinds.contains(e.kind())).toList();
        int skipped = 0;
        for (int d = 0; d < plans.length; d++) {
            if (plans[d] == null) {
                continue;
            }
            java.time.LocalDate expiry = plans[d].condor().legs().get(0).instrument().expiryDate().orElseThrow();
            if (!org.condordesk.market.EventCalendar.spannedBy(events, market.date(d), expiry).isEmpty()) {
                plans[d] = null;
                skipped++;
            }
        }
        notes.add(skipped + " scheduled entries skipped: the condor would have lived through " + kinds.stream().sorted()
                .map(Enum::name).collect(java.util.stream.Collectors.joining("/")) + " (bundled event calendar)");
    }

    /** Runs without progress or cancellation. */
    public static BacktestResult run(BacktestConfig config, BacktestMarket market) {
        return run(config, market, share -> { }, () -> false);
    }

    static VariantResult runVariant(BacktestConfig config, BacktestConfig.Variant variant, BacktestMarket market,
                                    EntryPlanner.EntryPlan[] plans, int[] window, BooleanSupplier cancelled) {
        // The account: the config's base, else the peak Reg-T capital of a first pass; a run that wipes it out is
        // replayed once more stopping at zero equity (the same decisions up to that day, none after).
        double base = config.capital().baseDollars().orElse(Double.NaN);
        VariantRun.Replay replay = new VariantRun(config, variant, market, plans, window[0], window[1], base)
                .run(cancelled);
        if (Double.isNaN(base)) {
            base = org.apache.commons.math3.stat.StatUtils.max(replay.capitalInUse());
            double[] cumulative = replay.cumulativePnl();
            boolean wiped = false;
            for (int d = 0; d < cumulative.length && !wiped; d++) {
                wiped = base + cumulative[d] <= 0;
            }
            if (wiped) {
                replay = new VariantRun(config, variant, market, plans, window[0], window[1], base).run(cancelled);
            }
        }
        int days = window[1] - window[0] + 1;
        LocalDate[] dates = new LocalDate[days];
        for (int d = 0; d < days; d++) {
            dates[d] = market.date(window[0] + d);
        }
        List<TradeRecord> trades = replay.trades().stream().map(t -> record(t, market, window[1])).toList();
        Optional<LocalDate> stopped = replay.stoppedDay() < 0 ? Optional.empty()
                : Optional.of(market.date(replay.stoppedDay()));
        VariantMetrics metrics = VariantMetrics.of(dates, replay.cumulativePnl(), base, trades,
                config.capital().costOfCapital(), STRESS_DAYS, stopped);
        if (replay.bookCosts() != 0) {
            metrics = metrics.withTotalCosts(metrics.totalCosts() + replay.bookCosts());
        }
        return new VariantResult(variant.name(), variant.kind(), dates, replay.cumulativePnl(), replay.capitalInUse(),
                trades, replay.decisions(), metrics, replay.coverage());
    }

    /** Hands the real data the SPX legs of every planned condor, from its entry day (one bulk read, not one a trade). */
    static void prefetchSpx(BacktestMarket market, EntryPlanner.EntryPlan[] plans) {
        if (market.realData().isEmpty()) {
            return;
        }
        List<RealMarketData.SpxContract> contracts = new ArrayList<>();
        for (int d = 0; d < plans.length; d++) {
            if (plans[d] == null) {
                continue;
            }
            for (org.condordesk.model.Leg leg : plans[d].condor().legs()) {
                org.condordesk.model.Instrument instrument = leg.instrument();
                if (instrument.kind() == org.condordesk.model.InstrumentKind.SPX_OPTION) {
                    java.time.ZonedDateTime expiry = instrument.expiryTime().orElseThrow()
                            .withZoneSameInstant(org.condordesk.model.Instrument.NEW_YORK);
                    // PM when the expiry instant is after noon, as BacktestMarket.realSpxQuote reads it.
                    contracts.add(new RealMarketData.SpxContract(market.date(d), expiry.getHour() >= 12,
                            expiry.toLocalDate(), instrument.optionStrike().orElseThrow(),
                            instrument.optionRight().orElseThrow()));
                }
            }
        }
        market.realData().prefetchSpx(contracts);
    }

    /** The entry plan of every entry day in the window (null elsewhere), for every hedge a variant holds. */
    static EntryPlanner.EntryPlan[] plans(BacktestConfig config, BacktestMarket market, int[] window,
                                         DoubleConsumer progress, BooleanSupplier cancelled) {
        List<BacktestConfig.Hedge> hedges = config.variants().stream()
                .filter(v -> v.kind() != BacktestConfig.HedgeKind.NONE).map(BacktestConfig.Variant::hedge)
                .distinct().toList();
        EntryPlanner.EntryPlan[] plans = new EntryPlanner.EntryPlan[market.size()];
        int step = config.entry().everyTradingDays();
        for (int d = window[0]; d <= window[1]; d += step) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("backtest cancelled");
            }
            plans[d] = EntryPlanner.plan(market, d, config, hedges);
            progress.accept(PLANNING_SHARE * (d - window[0] + 1) / (window[1] - window[0] + 1));
        }
        return plans;
    }

    /**
     * The first and last day index of the run: the config's dates, narrowed for hedged variants to the days where
     * VIX3M and the vol of vol's look-back exist without a break (said in {@code notes}).
     */
    static int[] window(BacktestConfig config, BacktestMarket market, List<String> notes) {
        int first = config.from().map(date -> market.indexOnOrBefore(date.minusDays(1)) + 1).orElse(0);
        int last = config.to().map(market::indexOnOrBefore).orElse(market.size() - 1);
        if (first > last || first >= market.size() || last < 0) {
            throw new ValidationException("from", "the history has no trading day from "
                    + config.from().map(LocalDate::toString).orElse("its start") + " to "
                    + config.to().map(LocalDate::toString).orElse("its end"));
        }
        if (config.anyHedged()) {
            int hedgedFirst = first;
            while (hedgedFirst <= last && !market.hedgeable(hedgedFirst)) {
                hedgedFirst++;
            }
            if (hedgedFirst > last) {
                throw new ValidationException("variants", "the hedged variants need VIX3M (and "
                        + market.model().volOfVolLookbackDays() + " trading days of it) inside the window: the history has none there");
            }
            int hedgedLast = hedgedFirst;
            while (hedgedLast < last && market.hedgeable(hedgedLast + 1)) {
                hedgedLast++;
            }
            if (hedgedFirst != first) {
                notes.add("the window starts on " + market.date(hedgedFirst) + ", not " + market.date(first)
                        + ": the hedged variants need VIX3M and " + market.model().volOfVolLookbackDays()
                        + " trading days of it for the VIX options' vol of vol");
            }
            if (hedgedLast != last) {
                notes.add("the window ends on " + market.date(hedgedLast) + ", not " + market.date(last)
                        + ": VIX3M is missing after it");
            }
            first = hedgedFirst;
            last = hedgedLast;
        }
        return new int[] {first, last};
    }

    private static TradeRecord record(BookTrade trade, BacktestMarket market, int lastDay) {
        int day = trade.isOpen() ? lastDay : trade.exitDay;
        double core = trade.layerPnl(BookTrade.CORE, market, day);
        double hedge1 = trade.layerPnl(BookTrade.HEDGE_1, market, day);
        double hedge2 = trade.layerPnl(BookTrade.HEDGE_2, market, day);
        double costs = trade.costs(BookTrade.CORE) + trade.costs(BookTrade.HEDGE_1) + trade.costs(BookTrade.HEDGE_2);
        double[] strikes = trade.condorPlan.legs().stream()
                .mapToDouble(leg -> leg.instrument().optionStrike().orElseThrow()).toArray();
        return new TradeRecord(trade.id, market.date(trade.entryDay),
                trade.isOpen() ? Optional.empty() : Optional.of(market.date(trade.exitDay)), trade.exitReason,
                trade.coreExpiry(), strikes[1], strikes[2], Math.abs(trade.condorPlan.legs().get(0).quantity()),
                trade.hedge1Contracts, trade.hedge2AtEntry, trade.hedge2Max, trade.credit, -(hedge1 + hedge2), core,
                hedge1, hedge2, costs, core + hedge1 + hedge2, trade.peakCapital);
    }
}
