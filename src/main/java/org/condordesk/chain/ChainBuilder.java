package org.condordesk.chain;

import java.util.List;
import java.util.Locale;

import org.condordesk.market.OptionRoot;
import org.condordesk.model.Check;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.SpxOption;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VixOption;
import org.condordesk.pricing.Normal;

/**
 * Builds layers from an analysed chain: an SPX iron condor by strikes or by short-strike delta and wing width,
 * and VIX call spreads and diagonals priced off the matching VX future. Every leg takes the chain's bid/ask, a
 * mid or executable entry price and the implied vol of its quote ({@link ChainLeg}); strikes the chain does not
 * list take the fitted smile's vol.
 */
public final class ChainBuilder {

    private ChainBuilder() {
    }

    /** A short iron condor: long put &lt; short put &lt; short call &lt; long call, {@code quantity} of each. */
    public static Layer ironCondorByStrikes(ExpiryAnalysis expiry, String name, double longPut, double shortPut,
                                            double shortCall, double longCall, int quantity, Fill fill) {
        requireSpx(expiry);
        positive(quantity);
        if (!(longPut < shortPut && shortPut < shortCall && shortCall < longCall)) {
            throw new ValidationException("strikes", "must rise: long put < short put < short call < long call");
        }
        return Layer.of(name, LayerRole.CORE, List.of(
                spx(expiry, OptionRight.PUT, longPut, quantity, fill),
                spx(expiry, OptionRight.PUT, shortPut, -quantity, fill),
                spx(expiry, OptionRight.CALL, shortCall, -quantity, fill),
                spx(expiry, OptionRight.CALL, longCall, quantity, fill)));
    }

    /**
     * A short iron condor whose short strikes are the listed strikes with forward delta |N(±d₁)| nearest
     * {@code shortDelta} at the chain's vols, and wings the listed strikes nearest {@code wingWidth} further out.
     */
    public static Layer ironCondorByDelta(ExpiryAnalysis expiry, String name, double shortDelta, double wingWidth,
                                          int quantity, Fill fill) {
        requireSpx(expiry);
        Check.shortDelta("shortDelta", shortDelta);
        Check.positive("wingWidth", wingWidth);
        double shortPut = strikeForDelta(expiry, OptionRight.PUT, shortDelta);
        double shortCall = strikeForDelta(expiry, OptionRight.CALL, shortDelta);
        double longPut = nearestListed(expiry, shortPut - wingWidth, shortPut, OptionRight.PUT);
        double longCall = nearestListed(expiry, shortCall + wingWidth, shortCall, OptionRight.CALL);
        return ironCondorByStrikes(expiry, name, longPut, shortPut, shortCall, longCall, quantity, fill);
    }

    /** Long the lower strike, short the higher, one VIX expiry, priced off the VX future {@code future}. */
    public static Layer vixCallSpread(ExpiryAnalysis expiry, double future, String name, double longStrike,
                                      double shortStrike, int quantity, Fill fill) {
        requireVix(expiry);
        positive(quantity);
        Check.positive("future", future);
        if (shortStrike <= longStrike) {
            throw new ValidationException("shortStrike", "must be above the long strike " + Check.format(longStrike));
        }
        return Layer.of(name, LayerRole.HEDGE, List.of(vix(expiry, future, longStrike, quantity, fill),
                vix(expiry, future, shortStrike, -quantity, fill)));
    }

    /** A VIX call diagonal: short the near expiry's call, long the far expiry's, each off its own VX future. */
    public static Layer vixCallDiagonal(ExpiryAnalysis near, double nearFuture, double nearStrike, ExpiryAnalysis far,
                                        double farFuture, double farStrike, String name, int quantity, Fill fill) {
        requireVix(near);
        requireVix(far);
        positive(quantity);
        if (!far.expiry().isAfter(near.expiry())) {
            throw new ValidationException("farExpiry", "must be after the near expiry " + near.expiry());
        }
        return Layer.of(name, LayerRole.HEDGE, List.of(vix(near, nearFuture, nearStrike, -quantity, fill),
                vix(far, farFuture, farStrike, quantity, fill)));
    }

    /**
     * The leg a click on a ladder's price makes (issue 31 §1): {@code quantity} contracts (negative: a click on the bid
     * sells, positive: on the ask buys) at that executable price, with the quote's bid/ask and its mid's implied vol.
     * A VIX option prices off {@code vixFuture} (NaN: the expiry's parity forward).
     */
    public static Leg fromLadder(ExpiryAnalysis expiry, double vixFuture, OptionRight right, double strike, int quantity) {
        if ("VIX".equals(expiry.root().underlying())) {
            double future = Double.isNaN(vixFuture) ? expiry.forward().forward() : vixFuture;
            return ChainLeg.fill(new VixOption(right, strike, expiry.expiry()), expiry, future, strike, quantity,
                    Fill.EXECUTABLE);
        }
        return spx(expiry, right, strike, quantity, Fill.EXECUTABLE);
    }

    private static Leg spx(ExpiryAnalysis expiry, OptionRight right, double strike, int quantity, Fill fill) {
        SpxOption option = new SpxOption(right, strike, expiry.expiry(), expiry.root().settlement());
        return ChainLeg.fill(option, expiry, expiry.forward().forward(), strike, quantity, fill);
    }

    private static Leg vix(ExpiryAnalysis expiry, double future, double strike, int quantity, Fill fill) {
        return ChainLeg.fill(new VixOption(OptionRight.CALL, strike, expiry.expiry()), expiry, future, strike, quantity,
                fill);
    }

    /** The listed strike whose |forward delta| at the chain's vol is nearest {@code delta}, OTM side only. */
    static double strikeForDelta(ExpiryAnalysis expiry, OptionRight right, double delta) {
        ExpiryQuotes quotes = expiry.quotes();
        double forward = expiry.forward().forward();
        double sqrtYears = Math.sqrt(expiry.years());
        double best = Double.NaN;
        double bestGap = Double.POSITIVE_INFINITY;
        for (int i = 0; i < quotes.size(); i++) {
            double strike = quotes.strike(i);
            if (QuoteVols.outOfTheMoney(strike, forward) != right || !quotes.condition(right, i).hasMid()) {
                continue;
            }
            double vol = expiry.volAt(strike);
            if (!(vol > 0)) {
                continue;
            }
            double d1 = Math.log(forward / strike) / (vol * sqrtYears) + 0.5 * vol * sqrtYears;
            double forwardDelta = right == OptionRight.CALL ? Normal.cdf(d1) : Normal.cdf(-d1);
            double gap = Math.abs(forwardDelta - delta);
            if (gap < bestGap) {
                bestGap = gap;
                best = strike;
            }
        }
        if (Double.isNaN(best)) {
            throw new ValidationException("shortDelta", "no quoted " + right.name().toLowerCase(Locale.ROOT)
                    + " of " + quotes.label() + " to choose from");
        }
        return best;
    }

    /** The quoted strike nearest {@code target}, strictly beyond {@code inner} on the wing's side. */
    private static double nearestListed(ExpiryAnalysis expiry, double target, double inner, OptionRight right) {
        ExpiryQuotes quotes = expiry.quotes();
        double best = target;
        double bestGap = Double.POSITIVE_INFINITY;
        for (int i = 0; i < quotes.size(); i++) {
            double strike = quotes.strike(i);
            boolean beyond = right == OptionRight.PUT ? strike < inner : strike > inner;
            if (beyond && quotes.condition(right, i).hasMid() && Math.abs(strike - target) < bestGap) {
                bestGap = Math.abs(strike - target);
                best = strike;
            }
        }
        return best;
    }

    private static void requireSpx(ExpiryAnalysis expiry) {
        if (expiry.root() != OptionRoot.SPX && expiry.root() != OptionRoot.SPXW) {
            throw new ValidationException("expiry", expiry.quotes().label() + " is not an SPX expiry");
        }
    }

    private static void requireVix(ExpiryAnalysis expiry) {
        if (expiry.root() != OptionRoot.VIX && expiry.root() != OptionRoot.VIXW) {
            throw new ValidationException("expiry", expiry.quotes().label() + " is not a VIX expiry");
        }
    }

    private static void positive(int quantity) {
        if (quantity <= 0) {
            throw new ValidationException("quantity", "must be > 0 (the template sets the sides), got " + quantity);
        }
    }
}
