package org.condordesk.ui.chain;

import org.condordesk.chain.Ladder;
import org.condordesk.chain.PriceSide;

/**
 * The figures a ladder side shows, outermost first (calls read … bid, ask | strike; puts mirror it), with the column
 * title, the column id's suffix ({@code callBid}, {@code putIv}: the ids the remembered column choice keeps), the
 * decimals and whether the column is shown before the user picks (the trader's first view: prices, IV, delta, theta,
 * vega).
 */
enum LadderField {
    OI("OI", "OI", 0, false),
    VOLUME("Vol", "Volume", 0, false),
    THETA("Θ", "Theta", 2, true),
    VEGA("Vega", "Vega", 2, true),
    GAMMA("Γ", "Gamma", 5, false),
    DELTA("Δ", "Delta", 3, true),
    IV("IV %", "Iv", 1, true),
    MID("Mid", "Mid", 2, false),
    BID("Bid", "Bid", 2, true),
    ASK("Ask", "Ask", 2, true);

    final String title;
    final String idSuffix;
    final int decimals;
    final boolean shownByDefault;

    LadderField(String title, String idSuffix, int decimals, boolean shownByDefault) {
        this.title = title;
        this.idSuffix = idSuffix;
        this.decimals = decimals;
        this.shownByDefault = shownByDefault;
    }

    /** The figure of {@code side} this field shows; NaN where absent. IV in percent. */
    double value(Ladder.Side side) {
        return switch (this) {
            case OI -> side.openInterest().isPresent() ? side.openInterest().getAsLong() : Double.NaN;
            case VOLUME -> side.volume().isPresent() ? side.volume().getAsLong() : Double.NaN;
            case THETA -> side.thetaPerDay();
            case VEGA -> side.vegaPerVolPoint();
            case GAMMA -> side.gamma();
            case DELTA -> side.delta();
            case IV -> 100 * side.iv();
            case MID -> side.mid();
            case BID -> side.bid();
            case ASK -> side.ask();
        };
    }

    /** The side a click on this field trades at: bid and ask only. */
    PriceSide priceSide() {
        return this == BID ? PriceSide.BID : PriceSide.ASK;
    }
}
