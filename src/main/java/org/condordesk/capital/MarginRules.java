package org.condordesk.capital;

import org.condordesk.model.OptionRight;

/**
 * Cboe strategy-based (Reg-T) customer margin for one uncovered short option, per unit of underlying, as pure
 * functions on doubles (docs/capital.md §1). Cboe Margin Manual (November 2021 edition), "Short Put or Short Call":
 * 100 % of the option proceeds plus {@code basePct} of the underlying value less the out-of-the-money amount, to a
 * minimum of the proceeds plus {@code minPct} of the underlying value (calls) or of the exercise price (puts).
 * Broad-based index options (SPX): 15 % / 10 %. VIX options (Cboe VIX options specification, "Customer strategy-based
 * margin"): 20 % / 10 % of the spot index value.
 */
public final class MarginRules {

    /** Broad-based index options (SPX, SPXW): 15 % of the index, minimum 10 %. */
    public static final Rates BROAD_INDEX = new Rates(0.15, 0.10);
    /** VIX options: 20 % of the spot VIX value, minimum 10 %. */
    public static final Rates VOLATILITY_INDEX = new Rates(0.20, 0.10);

    /**
     * Options on ETFs and ETNs (VXX, UVXY…), as equity options: 20 % of the underlying, minimum 10 % (Cboe Rule 10.3(c)(5),
     * formerly 12.3; Cboe Margin Manual, "Short Put or Short Call", equity and narrow-based). A leveraged product
     * multiplies both by its leverage (Cboe Regulatory Circular RG09-97, FINRA Regulatory Notice 09-53: "20 % times
     * leverage multiple … 10 % times leverage multiple"), at most 100 %.
     */
    public static Rates etfOption(double leverage) {
        double multiple = Math.max(1, Math.abs(leverage));
        return new Rates(Math.min(EQUITY.basePct() * multiple, 1), Math.min(EQUITY.minPct() * multiple, 1));
    }

    /** Equity and ETF options: 20 % of the underlying, minimum 10 %. */
    public static final Rates EQUITY = new Rates(0.20, 0.10);

    /** The percentages of one option class: the basic requirement and the minimum. */
    public record Rates(double basePct, double minPct) {
    }

    private MarginRules() {
    }

    /** The out-of-the-money amount of an option with this right and strike when its underlying is at {@code underlying}. */
    public static double outOfTheMoney(OptionRight right, double underlying, double strike) {
        return Math.max(right == OptionRight.PUT ? underlying - strike : strike - underlying, 0);
    }

    /**
     * The requirement in points per unit of one uncovered short option: {@code premium + max(base·U − OTM, min·X)},
     * X = U for a call and the strike for a put. Multiply by the multiplier and the contracts for dollars.
     */
    public static double uncoveredShort(OptionRight right, double underlying, double strike, double premium, Rates rates) {
        double basic = rates.basePct() * underlying - outOfTheMoney(right, underlying, strike);
        double minimum = rates.minPct() * (right == OptionRight.PUT ? strike : underlying);
        return premium + Math.max(basic, minimum);
    }

    /**
     * A short put and a short call on the same underlying (a strangle or straddle), points per unit: the larger of
     * the two uncovered requirements plus the other side's proceeds (Cboe Margin Manual, "Short Put and Short Call").
     */
    public static double shortStrangle(double putRequirement, double putPremium, double callRequirement,
                                       double callPremium) {
        return putRequirement >= callRequirement ? putRequirement + callPremium : callRequirement + putPremium;
    }

    /**
     * The requirement of a vertical spread in points per unit, the long expiring with or after the short: the amount
     * by which the long put's strike is below the short put's (call: the long call's above the short call's), 0 for a
     * debit spread (Cboe Margin Manual, "Put Spread or Call Spread"). The long is paid for in full; the short's
     * proceeds may be applied.
     */
    public static double spread(OptionRight right, double shortStrike, double longStrike) {
        return Math.max(right == OptionRight.PUT ? shortStrike - longStrike : longStrike - shortStrike, 0);
    }
}
