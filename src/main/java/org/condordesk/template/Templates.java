package org.condordesk.template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.condordesk.market.MarketState;
import org.condordesk.market.Tenor;
import org.condordesk.model.Check;
import org.condordesk.model.FuturesProduct;
import org.condordesk.model.Instrument;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Settlement;
import org.condordesk.model.SpxOption;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VixEtf;
import org.condordesk.model.VixEtfOption;
import org.condordesk.model.VixFuture;
import org.condordesk.model.VixOption;
import org.condordesk.pricing.Black76;
import org.condordesk.pricing.Bsm;

/**
 * Builds layers from intent: an iron condor by strikes or by short-strike delta and wing width, and the
 * VIX overlays (long call, call spread, call diagonal, long VX or VXM futures, ETF shares, ETF options). SPX legs take their
 * implied vol from the default smile, VIX options the vol given; every entry price is the model price.
 */
public final class Templates {

    /** The widest wing {@link #ironCondorByCreditShare} tries, in strike steps. */
    public static final int MAX_WING_STEPS = 100;

    private Templates() {
    }

    /** A short iron condor: long put &lt; short put &lt; short call &lt; long call, {@code quantity} of each. */
    public static Layer ironCondorByStrikes(MarketState market, String name, LocalDate expiry, Settlement settlement,
                                            double longPut, double shortPut, double shortCall, double longCall,
                                            int quantity) {
        if (!(longPut < shortPut && shortPut < shortCall && shortCall < longCall)) {
            throw new ValidationException("strikes", "must rise: long put < short put < short call < long call");
        }
        positiveQuantity(quantity);
        List<Leg> legs = List.of(
                spxLeg(market, OptionRight.PUT, longPut, expiry, settlement, quantity),
                spxLeg(market, OptionRight.PUT, shortPut, expiry, settlement, -quantity),
                spxLeg(market, OptionRight.CALL, shortCall, expiry, settlement, -quantity),
                spxLeg(market, OptionRight.CALL, longCall, expiry, settlement, quantity));
        return Layer.of(name, LayerRole.CORE, legs);
    }

    /**
     * A short iron condor whose short strikes have |delta| closest to {@code shortDelta} (e.g. 0.16) on the
     * default smile, rounded to {@code strikeStep}, with wings {@code wingWidth} points further out.
     */
    public static Layer ironCondorByDelta(MarketState market, String name, LocalDate expiry, Settlement settlement,
                                          double shortDelta, double wingWidth, double strikeStep, int quantity) {
        Check.shortDelta("shortDelta", shortDelta);
        Check.positive("wingWidth", wingWidth);
        Check.positive("strikeStep", strikeStep);
        double shortPut = strikeForDelta(market, OptionRight.PUT, expiry, settlement, shortDelta, strikeStep);
        double shortCall = strikeForDelta(market, OptionRight.CALL, expiry, settlement, shortDelta, strikeStep);
        return ironCondorByStrikes(market, name, expiry, settlement, shortPut - wingWidth, shortPut, shortCall,
                shortCall + wingWidth, quantity);
    }

    /**
     * A short iron condor whose short strikes have |delta| closest to {@code shortDelta} and whose long strikes have
     * |delta| closest to {@code wingDelta} (e.g. 0.20 and 0.05, Cboe's CNDR), each side's long at least one step
     * beyond its short.
     */
    public static Layer ironCondorByDeltas(MarketState market, String name, LocalDate expiry, Settlement settlement,
                                           double shortDelta, double wingDelta, double strikeStep, int quantity) {
        Check.shortDelta("shortDelta", shortDelta);
        Check.positive("strikeStep", strikeStep);
        if (!(wingDelta > 0 && wingDelta < shortDelta)) {
            throw new ValidationException("wingDelta", "must be above 0 and below the short delta "
                    + Check.format(shortDelta) + ", got " + Check.format(wingDelta));
        }
        double shortPut = strikeForDelta(market, OptionRight.PUT, expiry, settlement, shortDelta, strikeStep);
        double shortCall = strikeForDelta(market, OptionRight.CALL, expiry, settlement, shortDelta, strikeStep);
        double longPut = Math.min(strikeForDelta(market, OptionRight.PUT, expiry, settlement, wingDelta, strikeStep),
                shortPut - strikeStep);
        double longCall = Math.max(strikeForDelta(market, OptionRight.CALL, expiry, settlement, wingDelta, strikeStep),
                shortCall + strikeStep);
        return ironCondorByStrikes(market, name, expiry, settlement, longPut, shortPut, shortCall, longCall, quantity);
    }

    /**
     * A short iron condor by short delta whose equal wings are the width, on the strike grid, at which the net credit
     * is closest to {@code creditPctOfWidth} % of the width (a wider wing buys cheaper longs: more credit, a smaller
     * share of the width). Widths from one step up to {@link #MAX_WING_STEPS} steps, short of a zero strike; the
     * narrower wins a tie.
     */
    public static Layer ironCondorByCreditShare(MarketState market, String name, LocalDate expiry,
                                                Settlement settlement, double shortDelta, double creditPctOfWidth,
                                                double strikeStep, int quantity) {
        Check.shortDelta("shortDelta", shortDelta);
        Check.positive("strikeStep", strikeStep);
        Check.between("creditPctOfWidth", creditPctOfWidth, 1, 99);
        double shortPut = strikeForDelta(market, OptionRight.PUT, expiry, settlement, shortDelta, strikeStep);
        double shortCall = strikeForDelta(market, OptionRight.CALL, expiry, settlement, shortDelta, strikeStep);
        Layer best = null;
        double bestGap = Double.MAX_VALUE;
        for (int steps = 1; steps <= MAX_WING_STEPS && shortPut - steps * strikeStep > 0; steps++) {
            double width = steps * strikeStep;
            Layer condor = ironCondorByStrikes(market, name, expiry, settlement, shortPut - width, shortPut, shortCall,
                    shortCall + width, quantity);
            double gap = Math.abs(100 * credit(condor) / width - creditPctOfWidth);
            if (gap < bestGap) {
                bestGap = gap;
                best = condor;
            }
        }
        if (best == null) {
            throw new ValidationException("strikes", "no wing fits below the short put " + Check.format(shortPut));
        }
        return best;
    }

    /** The net credit per condor (points): what the short legs bring in less what the long legs cost. */
    static double credit(Layer condor) {
        double net = 0;
        int lots = 0;
        for (Leg leg : condor.legs()) {
            net -= leg.quantity() * leg.entryPrice();
            lots = Math.max(lots, Math.abs(leg.quantity()));
        }
        return net / lots;
    }

    /** Long VIX calls. */
    public static Layer vixLongCall(MarketState market, String name, LocalDate expiry, double strike, int quantity,
                                    double vol) {
        positiveQuantity(quantity);
        return hedge(name, List.of(vixCall(market, expiry, strike, quantity, vol)));
    }

    /** Long VIX puts: they gain when VIX falls back, which pays for a long-vol hedge left on after a spike. */
    public static Layer vixLongPut(MarketState market, String name, LocalDate expiry, double strike, int quantity,
                                   double vol) {
        positiveQuantity(quantity);
        return hedge(name, List.of(vixOption(market, OptionRight.PUT, expiry, strike, quantity, vol)));
    }

    /** Long the lower strike, short the higher, same expiry. */
    public static Layer vixCallSpread(MarketState market, String name, LocalDate expiry, double longStrike,
                                      double shortStrike, int quantity, double vol) {
        positiveQuantity(quantity);
        if (shortStrike <= longStrike) {
            throw new ValidationException("shortStrike", "must be above the long strike " + Check.format(longStrike));
        }
        return hedge(name, List.of(vixCall(market, expiry, longStrike, quantity, vol),
                vixCall(market, expiry, shortStrike, -quantity, vol)));
    }

    /** A call diagonal: short the near expiry, long the far one. */
    public static Layer vixCallDiagonal(MarketState market, String name, LocalDate nearExpiry, double nearStrike,
                                        LocalDate farExpiry, double farStrike, int quantity, double vol) {
        positiveQuantity(quantity);
        if (!farExpiry.isAfter(nearExpiry)) {
            throw new ValidationException("farExpiry", "must be after the near expiry " + nearExpiry);
        }
        return hedge(name, List.of(vixCall(market, nearExpiry, nearStrike, -quantity, vol),
                vixCall(market, farExpiry, farStrike, quantity, vol)));
    }

    /** Long VIX futures at the curve's price. */
    public static Layer vixLongFuture(MarketState market, String name, LocalDate expiry, int quantity) {
        return vixLongFuture(market, name, expiry, quantity, FuturesProduct.VX);
    }

    /** Long VX or mini VXM futures (a tenth of a VX, same settlement) at the curve's price. */
    public static Layer vixLongFuture(MarketState market, String name, LocalDate expiry, int quantity,
                                      FuturesProduct product) {
        positiveQuantity(quantity);
        VixFuture future = new VixFuture(expiry, product);
        return hedge(name, List.of(Leg.linear(future, quantity, round(futurePrice(market, future)))));
    }

    /**
     * Long options on a VIX-futures ETF (VXX, UVXY), priced with Black–Scholes–Merton on the ETF's quoted price with
     * their own implied vol, no dividend (docs/model.md §16).
     */
    public static Layer vixEtfOptions(MarketState market, String name, VixEtf etf, OptionRight right, LocalDate expiry,
                                      double strike, int quantity, double vol) {
        positiveQuantity(quantity);
        VixEtfOption option = new VixEtfOption(etf, right, strike, expiry);
        double years = daysTo(market, option) / Tenor.DAYS_PER_YEAR;
        double price = Bsm.price(right, market.etfPrice(etf.symbol()), strike, years, market.rate(), 0, vol);
        return hedge(name, List.of(Leg.option(option, quantity, round(price), vol)));
    }

    /** Shares of a VIX-futures ETF (negative = short) at its quoted price. */
    public static Layer vixEtfShares(MarketState market, String name, String symbol, int targetTenorDays,
                                     double leverage, int shares) {
        return vixEtfShares(name, symbol, targetTenorDays, leverage, shares, market.etfPrice(symbol));
    }

    /** Shares of a VIX-futures ETF bought at {@code pricePerShare} (for a product the market has no quote of yet). */
    public static Layer vixEtfShares(String name, String symbol, int targetTenorDays, double leverage, int shares,
                                     double pricePerShare) {
        VixEtf etf = new VixEtf(symbol, targetTenorDays, leverage);
        return hedge(name, List.of(Leg.linear(etf, shares, pricePerShare)));
    }

    private static Layer hedge(String name, List<Leg> legs) {
        return Layer.of(name, LayerRole.HEDGE, new ArrayList<>(legs));
    }

    private static Leg spxLeg(MarketState market, OptionRight right, double strike, LocalDate expiry,
                              Settlement settlement, int quantity) {
        SpxOption option = new SpxOption(right, strike, expiry, settlement);
        double days = daysTo(market, option);
        double years = days / Tenor.DAYS_PER_YEAR;
        double vol = round(market.smile().vol(strike, market.spxForward(years), days), 4);
        double price = Bsm.price(right, market.spxSpot(), strike, years, market.rate(), market.dividendYield(), vol);
        return Leg.option(option, quantity, round(price), vol);
    }

    private static Leg vixCall(MarketState market, LocalDate expiry, double strike, int quantity, double vol) {
        return vixOption(market, OptionRight.CALL, expiry, strike, quantity, vol);
    }

    private static Leg vixOption(MarketState market, OptionRight right, LocalDate expiry, double strike, int quantity,
                                 double vol) {
        VixOption option = new VixOption(right, strike, expiry);
        double years = daysTo(market, option) / Tenor.DAYS_PER_YEAR;
        double price = Black76.price(right, futurePrice(market, option), strike, years, market.rate(), vol);
        return Leg.option(option, quantity, round(price), vol);
    }

    private static double futurePrice(MarketState market, Instrument instrument) {
        return market.futures().priceAt(daysTo(market, instrument));
    }

    private static double daysTo(MarketState market, Instrument instrument) {
        double days = market.daysTo(instrument.expiryTime().orElseThrow());
        if (days <= 0) {
            throw new ValidationException("expiry", instrument.expiryDate().orElseThrow()
                    + " is not after the valuation time " + market.valuationTime().toLocalDateTime());
        }
        return days;
    }

    private static double strikeForDelta(MarketState market, OptionRight right, LocalDate expiry,
                                         Settlement settlement, double delta, double step) {
        double days = daysTo(market, new SpxOption(right, market.spxSpot(), expiry, settlement));
        double years = days / Tenor.DAYS_PER_YEAR;
        double forward = market.spxForward(years);
        double target = right.sign() * delta;
        double low = right == OptionRight.PUT ? forward * 0.3 : forward;
        double high = right == OptionRight.PUT ? forward : forward * 2.0;
        double strike = new BrentSolver(1e-10, 1e-6).solve(200, k -> {
            double vol = market.smile().vol(k, forward, days);
            return Bsm.greeks(right, market.spxSpot(), k, years, market.rate(), market.dividendYield(), vol).delta()
                    - target;
        }, low, high);
        return Math.round(strike / step) * step;
    }

    private static void positiveQuantity(int quantity) {
        if (quantity <= 0) {
            throw new ValidationException("quantity", "must be > 0 (the template sets the sides), got " + quantity);
        }
    }

    /** Prices to a hundredth of a point, as they would be typed. */
    private static double round(double price) {
        return round(price, 2);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
