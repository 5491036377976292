package org.condordesk.risk;

import org.condordesk.market.MarketState;
import org.condordesk.model.Scenario;

/**
 * The engine's valuation of a position under a shock, for stress tests and backtests that need more than the
 * {@link Analysis} (docs/architecture.md): P&L or value of the position and of each layer at any date, SPX level
 * and spot VIX, with every convention of docs/model.md §6 (vol factor model, spot VIX through futures betas,
 * surfaces constant in tenor, legs settled before the shock time frozen on the held path). Shocks happen at
 * the analysis time, {@code analysisDays} after the valuation time. Other shocks (an SPX implied-vol shift
 * per expiry, a futures-curve twist, a weaker spot–vol map) are a changed scenario or market snapshot valued
 * here. Immutable and thread-safe; {@link #on} fixes a date once for many SPX × VIX points.
 */
public final class PositionValuation {

    private final PositionModel position;

    private PositionValuation(PositionModel position) {
        this.position = position;
    }

    /** {@code scenario} in {@code market}, shocks at {@code analysisDays} after the valuation time. */
    public static PositionValuation of(Scenario scenario, MarketState market, double analysisDays) {
        return new PositionValuation(new PositionModel(scenario, market, analysisDays));
    }

    /** The scenario in its own market, shocks at the valuation time. */
    public static PositionValuation of(Scenario scenario) {
        return of(scenario, MarketState.of(scenario), 0);
    }

    /** Number of legs, counted layer by layer in scenario order (layer 0's legs, then layer 1's, …). */
    public int legCount() {
        return position.legCount;
    }

    /** Calendar days from the valuation time to leg {@code leg}'s settlement; NaN for an ETF (it never settles). */
    public double legExpiryDays(int leg) {
        return position.expiryDays[leg];
    }

    /** The position on the date {@code days} (calendar days, fractional) after the valuation time. */
    public Dated on(double days) {
        return new Dated(position.at(days), position);
    }

    /** The position on one date, valued at any SPX level and spot VIX. */
    public static final class Dated {

        private final Slice slice;
        private final PositionModel position;

        private Dated(Slice slice, PositionModel position) {
            this.slice = slice;
            this.position = position;
        }

        /**
         * Model price per unit (points) of leg {@code legIndex} of layer {@code layerIndex} at SPX {@code spx} and
         * spot VIX {@code vix}: what the trade lifecycle prices a fill at when there is no quote.
         */
        public double unitPrice(int layerIndex, int legIndex, double spx, double vix) {
            return slice.unitValue(position.flatIndex(layerIndex, legIndex), spx, vix);
        }

        /** P&L ($) of the whole position at SPX level {@code spx} and spot VIX {@code vix}. */
        public double pnl(double spx, double vix) {
            return slice.pnl(spx, vix);
        }

        /** P&L ($) of each layer, in scenario order (a disabled layer counts zero). */
        public double[] layerPnl(double spx, double vix) {
            double[] out = new double[slice.layerCount()];
            slice.layerPnl(spx, vix, out);
            return out;
        }

        /** Mark-to-model value ($): option premiums, futures' variation margin, ETF shares at price. */
        public double value(double spx, double vix) {
            return slice.value(spx, vix);
        }

        /**
         * Mark-to-model value ($) of each leg, in the order of {@link #legCount()} (layer weight applied, so 0 in a
         * disabled layer): an option's premium (its settlement value once it settles by this date), a future's
         * variation margin, ETF shares at price. The sum is {@link #value}.
         */
        public double[] legValue(double spx, double vix) {
            double[] out = new double[slice.legCount()];
            slice.legValues(spx, vix, out);
            return out;
        }
    }
}
