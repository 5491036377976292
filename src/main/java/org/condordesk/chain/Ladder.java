package org.condordesk.chain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalLong;

import org.condordesk.market.OptionChain;
import org.condordesk.market.OptionQuote;
import org.condordesk.market.OptionRoot;
import org.condordesk.model.Check;
import org.condordesk.model.OptionRight;
import org.condordesk.pricing.Black76;
import org.condordesk.pricing.Bsm;
import org.condordesk.pricing.OptionGreeks;

/**
 * One expiry of a chain as a trader's strike ladder (issue 31 §1): calls | strike | puts, per side bid, ask, mid,
 * the mid's implied vol and its greeks, open interest and volume where the source has them. Greeks per unit: SPX
 * options by Black–Scholes–Merton on the underlying with the dividend yield the implied forward gives
 * ({@code q = r − ln(F/S)/T}, S the file's underlying price, else {@code F·DF}); VIX options by Black-76 on the
 * implied future. {@code forward} is the put–call-parity forward (for VIX: the future the expiry prices off).
 */
public record Ladder(OptionRoot root, LocalDate expiry, double days, double forward, double discountFactor,
                     double underlyingPrice, List<Row> rows) {

    public Ladder {
        rows = List.copyOf(rows);
    }

    /** One strike: the call's side and the put's. */
    public record Row(double strike, Side call, Side put) {
        public Side side(OptionRight right) {
            return right == OptionRight.CALL ? call : put;
        }
    }

    /**
     * One option's quote and figures; NaN where absent (no quote, no implied vol at the mid): {@code delta} per 1
     * point of the underlying, {@code gamma} per point², {@code thetaPerDay} points per calendar day,
     * {@code vegaPerVolPoint} points per vol point.
     */
    public record Side(double bid, double ask, double mid, double iv, double delta, double gamma, double thetaPerDay,
                       double vegaPerVolPoint, OptionalLong openInterest, OptionalLong volume) {

        static final Side EMPTY = new Side(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, OptionalLong.empty(), OptionalLong.empty());
    }

    /** The ladder of {@code expiry} in {@code analysis} (of {@code chain}, for open interest and volume). */
    public static Ladder of(OptionChain chain, ExpiryAnalysis expiry) {
        Map<String, OptionQuote> byKey = new HashMap<>();
        for (OptionQuote quote : chain.quotes()) {
            if (quote.root() == expiry.root() && quote.expiry().equals(expiry.expiry())) {
                byKey.put(key(quote.strike(), quote.right()), quote);
            }
        }
        double forward = expiry.forward().forward();
        double discount = expiry.forward().discountFactor();
        double spot = chain.underlyingPrice().orElse(forward * discount);
        List<Row> rows = new ArrayList<>();
        ExpiryQuotes quotes = expiry.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            double strike = quotes.strike(i);
            rows.add(new Row(strike, side(expiry, byKey.get(key(strike, OptionRight.CALL)), OptionRight.CALL, i, spot),
                    side(expiry, byKey.get(key(strike, OptionRight.PUT)), OptionRight.PUT, i, spot)));
        }
        boolean vix = "VIX".equals(expiry.root().underlying());
        return new Ladder(expiry.root(), expiry.expiry(), quotes.days(), forward, discount, vix ? forward : spot, rows);
    }

    private static Side side(ExpiryAnalysis expiry, OptionQuote quote, OptionRight right, int i, double spot) {
        if (quote == null) {
            return Side.EMPTY;
        }
        double iv = expiry.vol(right, PriceSide.MID, i);
        OptionGreeks g = Double.isFinite(iv) && iv > 0 ? greeks(expiry, right, expiry.quotes().strike(i), iv, spot) : null;
        return new Side(quote.bid(), quote.ask(), quote.mid(), iv > 0 ? iv : Double.NaN,
                g == null ? Double.NaN : g.delta(), g == null ? Double.NaN : g.gamma(),
                g == null ? Double.NaN : g.thetaPerDay(), g == null ? Double.NaN : g.vegaPerVolPoint(),
                quote.openInterest(), quote.volume());
    }

    private static OptionGreeks greeks(ExpiryAnalysis expiry, OptionRight right, double strike, double vol, double spot) {
        double years = expiry.years();
        double rate = expiry.rate();
        double forward = expiry.forward().forward();
        if ("VIX".equals(expiry.root().underlying())) {
            return Black76.greeks(right, forward, strike, years, rate, vol);
        }
        double yield = rate - Math.log(forward / spot) / years;
        return Bsm.greeks(right, spot, strike, years, rate, yield, vol);
    }

    private static String key(double strike, OptionRight right) {
        return Double.toString(strike) + right;
    }

    /** The row whose strike is nearest {@code level} (the forward marker, a delta target's strike). */
    public int nearest(double level) {
        int best = 0;
        for (int i = 1; i < rows.size(); i++) {
            if (Math.abs(rows.get(i).strike() - level) < Math.abs(rows.get(best).strike() - level)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * The row of the out-of-the-money {@code right} whose delta is nearest {@code targetDelta} in absolute value
     * (0.16 finds the 16-delta put or call); empty when no quote there has a delta.
     */
    public OptionalDouble strikeForDelta(OptionRight right, double targetDelta) {
        Check.between("targetDelta", targetDelta, 0, 1);
        double best = Double.NaN;
        double bestGap = Double.POSITIVE_INFINITY;
        for (Row row : rows) {
            double delta = Math.abs(row.side(right).delta());
            boolean otm = right == OptionRight.CALL ? row.strike() >= forward : row.strike() <= forward;
            if (otm && Double.isFinite(delta) && Math.abs(delta - targetDelta) < bestGap) {
                bestGap = Math.abs(delta - targetDelta);
                best = row.strike();
            }
        }
        return Double.isNaN(best) ? OptionalDouble.empty() : OptionalDouble.of(best);
    }
}
