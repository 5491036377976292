package org.condordesk.chain;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.condordesk.market.OptionChain;
import org.condordesk.market.OptionQuote;
import org.condordesk.market.OptionRoot;
import org.condordesk.market.QuoteCondition;
import org.condordesk.market.Tenor;
import org.condordesk.model.OptionRight;

/**
 * The quotes of one root and expiry (SPX AM and SPXW PM on the same date are two expiries: they settle 6½
 * hours apart) laid out by increasing strike: call and put bid and ask per strike, NaN where the file has no
 * quote for that option, 0 where a side is empty. Time to settlement is measured from the chain's quote time.
 */
public final class ExpiryQuotes {

    /** Minutes in a 365-day year: the Cboe VIX method's N₃₆₅. */
    public static final double MINUTES_PER_YEAR = 525_600;

    private final OptionRoot root;
    private final LocalDate expiry;
    private final ZonedDateTime settlement;
    private final double minutes;
    private final double[] strikes;
    private final double[] callBid;
    private final double[] callAsk;
    private final double[] putBid;
    private final double[] putAsk;

    private ExpiryQuotes(OptionRoot root, LocalDate expiry, ZonedDateTime quoteTime, List<OptionQuote> quotes) {
        this.root = root;
        this.expiry = expiry;
        this.settlement = root.settlementTime(expiry);
        this.minutes = Tenor.days(quoteTime, settlement) * 1440;
        quotes.sort(Comparator.comparingDouble(OptionQuote::strike));
        double[] distinct = new double[quotes.size()];
        int n = 0;
        for (OptionQuote quote : quotes) {
            if (n == 0 || distinct[n - 1] != quote.strike()) {
                distinct[n++] = quote.strike();
            }
        }
        this.strikes = Arrays.copyOf(distinct, n);
        this.callBid = nans(n);
        this.callAsk = nans(n);
        this.putBid = nans(n);
        this.putAsk = nans(n);
        int i = -1;
        double last = Double.NaN;
        for (OptionQuote quote : quotes) {
            if (quote.strike() != last) {
                i++;
                last = quote.strike();
            }
            boolean call = quote.right() == OptionRight.CALL;
            (call ? callBid : putBid)[i] = quote.bid();
            (call ? callAsk : putAsk)[i] = quote.ask();
        }
    }

    /** The chain split by root and expiry, in order of settlement; expiries already settled are left out. */
    public static List<ExpiryQuotes> split(OptionChain chain) {
        Map<String, List<OptionQuote>> groups = new LinkedHashMap<>();
        for (OptionQuote quote : chain.quotes()) {
            groups.computeIfAbsent(quote.root() + " " + quote.expiry(), key -> new ArrayList<>()).add(quote);
        }
        List<ExpiryQuotes> expiries = new ArrayList<>();
        for (List<OptionQuote> group : groups.values()) {
            OptionQuote first = group.get(0);
            ExpiryQuotes slice = new ExpiryQuotes(first.root(), first.expiry(), chain.quoteTime(), group);
            if (slice.minutes > 0) {
                expiries.add(slice);
            }
        }
        expiries.sort(Comparator.comparing((ExpiryQuotes e) -> e.settlement).thenComparing(e -> e.root));
        return expiries;
    }

    private static double[] nans(int n) {
        double[] values = new double[n];
        Arrays.fill(values, Double.NaN);
        return values;
    }

    public OptionRoot root() {
        return root;
    }

    public LocalDate expiry() {
        return expiry;
    }

    /** The settlement instant (AM 09:30 or PM 16:00 New York). */
    public ZonedDateTime settlement() {
        return settlement;
    }

    /** Minutes from the quote time to settlement (the VIX method's N_T), with seconds as fractions. */
    public double minutes() {
        return minutes;
    }

    /** T in years: minutes / 525,600 (calendar time, 365-day year, as everywhere in CondorDesk). */
    public double years() {
        return minutes / MINUTES_PER_YEAR;
    }

    public double days() {
        return minutes / 1440;
    }

    public int size() {
        return strikes.length;
    }

    public double strike(int i) {
        return strikes[i];
    }

    /** A copy of the strikes, increasing. */
    public double[] strikes() {
        return strikes.clone();
    }

    /** Index of {@code strike}, or -1 when it is not listed. */
    public int indexOf(double strike) {
        int i = Arrays.binarySearch(strikes, strike);
        return i >= 0 ? i : -1;
    }

    public double bid(OptionRight right, int i) {
        return (right == OptionRight.CALL ? callBid : putBid)[i];
    }

    public double ask(OptionRight right, int i) {
        return (right == OptionRight.CALL ? callAsk : putAsk)[i];
    }

    /** The condition of the option's quote; {@link QuoteCondition#NO_QUOTE} when it is not listed. */
    public QuoteCondition condition(OptionRight right, int i) {
        double bid = bid(right, i);
        return Double.isNaN(bid) ? QuoteCondition.NO_QUOTE : QuoteCondition.of(bid, ask(right, i));
    }

    /** (bid + ask)/2 for a two-sided or zero-bid quote, else NaN. */
    public double mid(OptionRight right, int i) {
        return condition(right, i).hasMid() ? 0.5 * (bid(right, i) + ask(right, i)) : Double.NaN;
    }

    /** Whether both sides of both options at strike i are quoted and not crossed (bid &gt; 0). */
    public boolean twoSided(int i) {
        return condition(OptionRight.CALL, i) == QuoteCondition.TWO_SIDED
                && condition(OptionRight.PUT, i) == QuoteCondition.TWO_SIDED;
    }

    /** "SPXW 2025-01-17": how messages and tables name the expiry. */
    public String label() {
        return root + " " + expiry;
    }
}
