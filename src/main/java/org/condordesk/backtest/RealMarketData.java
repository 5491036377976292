package org.condordesk.backtest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.condordesk.model.OptionRight;

/**
 * The real prices a backtest trades against where it has them (docs/backtest.md §real data): imported VX settlements,
 * the vol indices and end-of-day option quotes. Every answer is for one day's close; an empty answer means the model
 * fills in. {@link #NONE} is the model-only run.
 */
public interface RealMarketData {

    /** No real data: every price is the model's. */
    RealMarketData NONE = new RealMarketData() {
    };

    /**
     * The settlement price (points) on {@code day} of the VX future settling on {@code expiry}; on the expiry date
     * itself, its final settlement value.
     */
    default OptionalDouble vxSettle(LocalDate day, LocalDate expiry) {
        return OptionalDouble.empty();
    }

    /** A vol index's close on {@code day} (VVIX, VIX9D, VIX6M, VIX1D), in index points. */
    default OptionalDouble index(String symbol, LocalDate day) {
        return OptionalDouble.empty();
    }

    /** The end-of-day quote of an SPX option (SPXW PM when {@code pm}, else the AM SPX series), if the store has it. */
    default Optional<Quote> spxOption(LocalDate day, OptionRight right, double strike, LocalDate expiry, boolean pm) {
        return Optional.empty();
    }

    /**
     * Before a run: the SPX options its planned entries trade, each from its entry day to its expiry, so a store can
     * read them in a few queries instead of one per trade (docs/performance.md §chain store). Only a hint: a price
     * asked for later is answered the same with or without it.
     */
    default void prefetchSpx(List<SpxContract> contracts) {
    }

    /** True when nothing real is known: the backtest skips every look-up. */
    default boolean isEmpty() {
        return this == NONE;
    }

    /** An SPX option asked for from {@code from} on: PM (SPXW) or AM (SPX) series, expiry, strike and right. */
    record SpxContract(LocalDate from, boolean pm, LocalDate expiry, double strike, OptionRight right) {
    }

    /** One end-of-day bid and ask (points). */
    record Quote(double bid, double ask) {

        public Quote {
            if (!(bid >= 0) || !(ask >= bid)) {
                throw new IllegalArgumentException("a quote needs 0 ≤ bid ≤ ask, got " + bid + " / " + ask);
            }
        }

        public double mid() {
            return (bid + ask) / 2;
        }
    }
}
