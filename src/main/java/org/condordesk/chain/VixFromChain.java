package org.condordesk.chain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleFunction;

import org.condordesk.market.OptionChain;
import org.condordesk.market.OptionRoot;
import org.condordesk.model.OptionRight;
import org.condordesk.model.ValidationException;
import org.condordesk.pricing.VarianceStrip;

/**
 * The VIX recomputed from an SPX chain by the Cboe VIX methodology (docs/model.md §12 gives every step with
 * the white paper's formula numbers): choose the near and next terms bracketing 30 days among standard SPX and
 * Friday SPXW expiries with more than 23 and less than 37 days left; per term, the forward from the strike where
 * call and put mids are closest, K₀, the out-of-the-money strip that stops after two consecutive zero bids,
 * the average of call and put at K₀, and the variance by {@link VarianceStrip} (formula 1); then the
 * minutes-weighted interpolation to 30 days (formula 2).
 */
public final class VixFromChain {

    public static final double TARGET_MINUTES = 30 * 1440;
    /** Cboe uses expiries with more than 23 and less than 37 days to go. */
    public static final double MIN_DAYS = 23;
    public static final double MAX_DAYS = 37;

    private VixFromChain() {
    }

    /** The index, its two terms, and whether both came from Cboe's 23–37 day window. */
    public record Result(double vix, VixTerm near, VixTerm next, boolean withinCboeWindow) {

        public double nearVariance() {
            return near.variance();
        }

        public double nextVariance() {
            return next.variance();
        }

        /** The near term's weight in formula 2, (N_T2 − N_30)/(N_T2 − N_T1); the next term's is 1 minus it. */
        public double nearWeight() {
            return (next.minutes() - TARGET_MINUTES) / (next.minutes() - near.minutes());
        }
    }

    /**
     * VIX from {@code chain}; {@code rateFor} gives each term's continuous rate R (a flag's value, or the rate
     * the term's own put–call parity implies). Throws {@link ValidationException} when the chain cannot give one.
     */
    public static Result compute(OptionChain chain, ToDoubleFunction<ExpiryQuotes> rateFor) {
        if (!chain.underlying().equals("SPX")) {
            throw new ValidationException("chain", "the VIX is computed from SPX options, this chain holds "
                    + chain.underlying() + " options");
        }
        List<ExpiryQuotes> candidates = candidates(ExpiryQuotes.split(chain));
        ExpiryQuotes near = null;
        ExpiryQuotes next = null;
        for (ExpiryQuotes expiry : candidates) {
            if (expiry.minutes() <= TARGET_MINUTES) {
                near = expiry;
            } else if (next == null) {
                next = expiry;
            }
        }
        if (near == null || next == null) {
            throw new ValidationException("chain", "no " + (near == null ? "expiry at or before" : "expiry after")
                    + " 30 days among the standard SPX and Friday SPXW series: the 30-day VIX needs one on each side");
        }
        boolean window = inWindow(near) && inWindow(next);
        VixTerm nearTerm = term(near, rateFor.applyAsDouble(near));
        VixTerm nextTerm = term(next, rateFor.applyAsDouble(next));
        return new Result(index(nearTerm, nextTerm), nearTerm, nextTerm, window);
    }

    /**
     * Formula 2: {@code VIX = 100·√{[T₁σ₁²·(N_T2 − N_30)/(N_T2 − N_T1) + T₂σ₂²·(N_30 − N_T1)/(N_T2 − N_T1)]·N_365/N_30}}.
     */
    public static double index(VixTerm near, VixTerm next) {
        double span = next.minutes() - near.minutes();
        double weighted = near.years() * near.variance() * (next.minutes() - TARGET_MINUTES) / span
                + next.years() * next.variance() * (TARGET_MINUTES - near.minutes()) / span;
        double annual = weighted * ExpiryQuotes.MINUTES_PER_YEAR / TARGET_MINUTES;
        if (!(annual > 0)) {
            throw new ValidationException("chain", "the interpolated 30-day variance is not positive: no VIX");
        }
        return 100 * Math.sqrt(annual);
    }

    /**
     * Standard SPX expiries, and SPXW expiries on Fridays that are not a standard expiry — or on a Thursday when
     * the chain lists nothing on the Friday after it (a Friday holiday moves that week's expiry to Thursday).
     */
    static List<ExpiryQuotes> candidates(List<ExpiryQuotes> expiries) {
        Set<LocalDate> standard = new HashSet<>();
        Set<LocalDate> listed = new HashSet<>();
        for (ExpiryQuotes expiry : expiries) {
            listed.add(expiry.expiry());
            if (expiry.root() == OptionRoot.SPX) {
                standard.add(expiry.expiry());
            }
        }
        List<ExpiryQuotes> candidates = new ArrayList<>();
        for (ExpiryQuotes expiry : expiries) {
            LocalDate date = expiry.expiry();
            boolean friday = date.getDayOfWeek() == DayOfWeek.FRIDAY
                    || date.getDayOfWeek() == DayOfWeek.THURSDAY && !listed.contains(date.plusDays(1));
            if (expiry.root() == OptionRoot.SPX || expiry.root() == OptionRoot.SPXW && friday && !standard.contains(date)) {
                candidates.add(expiry);
            }
        }
        return candidates;
    }

    /** Whether a candidate is bracketing within the window only; outside it the nearest on each side is used. */
    private static boolean inWindow(ExpiryQuotes expiry) {
        return expiry.days() > MIN_DAYS && expiry.days() < MAX_DAYS;
    }

    /** Steps 1 and 2 for one term, at continuous rate {@code rate}. */
    public static VixTerm term(ExpiryQuotes quotes, double rate) {
        double years = quotes.years();
        List<Integer> both = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            if (!Double.isNaN(quotes.mid(OptionRight.CALL, i)) && !Double.isNaN(quotes.mid(OptionRight.PUT, i))) {
                both.add(i);
            }
        }
        if (both.isEmpty()) {
            throw new ValidationException(quotes.label(), "no strike has both a call and a put mid: no forward");
        }
        int star = both.get(0);
        for (int i : both) {
            if (gap(quotes, i) < gap(quotes, star)) {
                star = i;
            }
        }
        double growth = Math.exp(rate * years);
        double forward = quotes.strike(star) + growth * (quotes.mid(OptionRight.CALL, star) - quotes.mid(OptionRight.PUT, star));
        int k0 = both.get(0);
        for (int i : both) {
            if (quotes.strike(i) <= forward) {
                k0 = i;
            }
        }
        List<VixTerm.StripOption> strip = strip(quotes, k0);
        double[] strikes = strip.stream().mapToDouble(VixTerm.StripOption::strike).toArray();
        double[] prices = strip.stream().mapToDouble(VixTerm.StripOption::price).toArray();
        if (strikes.length < 2) {
            throw new ValidationException(quotes.label(), "fewer than two out-of-the-money options have bids: no variance");
        }
        double variance = VarianceStrip.variance(strikes, prices, forward, quotes.strike(k0), years, rate);
        return new VixTerm(quotes.label(), quotes.minutes(), years, rate, quotes.strike(star), forward,
                quotes.strike(k0), strip, variance);
    }

    private static double gap(ExpiryQuotes quotes, int i) {
        return Math.abs(quotes.mid(OptionRight.CALL, i) - quotes.mid(OptionRight.PUT, i));
    }

    /**
     * Puts below K₀ walking down and calls above it walking up, each at its mid, skipping a strike whose bid is
     * zero and stopping at the second zero bid in a row; at K₀ the average of the call and put mids.
     */
    private static List<VixTerm.StripOption> strip(ExpiryQuotes quotes, int k0) {
        List<VixTerm.StripOption> puts = wing(quotes, k0, -1, OptionRight.PUT);
        List<VixTerm.StripOption> strip = new ArrayList<>(puts.size() + 64);
        for (int j = puts.size() - 1; j >= 0; j--) {
            strip.add(puts.get(j));
        }
        double average = 0.5 * (quotes.mid(OptionRight.CALL, k0) + quotes.mid(OptionRight.PUT, k0));
        strip.add(new VixTerm.StripOption(quotes.strike(k0), "put/call average", average));
        strip.addAll(wing(quotes, k0, +1, OptionRight.CALL));
        return strip;
    }

    private static List<VixTerm.StripOption> wing(ExpiryQuotes quotes, int k0, int direction, OptionRight right) {
        List<VixTerm.StripOption> wing = new ArrayList<>();
        boolean previousZero = false;
        for (int i = k0 + direction; i >= 0 && i < quotes.size(); i += direction) {
            double bid = quotes.bid(right, i);
            if (bid > 0 && quotes.ask(right, i) >= bid) {
                wing.add(new VixTerm.StripOption(quotes.strike(i), right == OptionRight.PUT ? "put" : "call",
                        quotes.mid(right, i)));
                previousZero = false;
            } else {
                if (previousZero) {
                    break;
                }
                previousZero = true;
            }
        }
        return wing;
    }
}
