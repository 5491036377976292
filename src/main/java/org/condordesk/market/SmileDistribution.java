package org.condordesk.market;

import org.condordesk.model.OptionRight;
import org.condordesk.pricing.Black76;
import org.condordesk.pricing.Normal;

/**
 * The risk-neutral distribution of SPX on one date implied by the model's smile (docs/model.md §20), by
 * Breeden–Litzenberger: with {@code c(K)} the undiscounted call price, {@code P(S_T ≤ K) = 1 + ∂c/∂K}. With the
 * smile's vol {@code σ(K)} and total vol {@code v(K) = σ(K)·√T_var} that is, differentiating Black's formula,
 * {@code P(S_T ≤ K) = N(−d₂) + F·φ(d₁)·√T_var·σ′(K)} (Breeden and Litzenberger, J. Business 51 (1978); Gatheral,
 * "The Volatility Surface", ch. 1). Under a flat smile it is the lognormal {@code N(−d₂)}.
 *
 * <p>The CDF is tabulated on a log-strike grid of {@value #GRID_POINTS} points from −{@value #LEFT_SDS} to
 * +{@value #RIGHT_SDS} ATM standard deviations and held non-decreasing within [0, 1]: where a far wing of the linear
 * skew implies a negative density (a butterfly arbitrage), the CDF stays flat until it rises again.
 */
public final class SmileDistribution {

    static final int GRID_POINTS = 4001;
    static final double LEFT_SDS = 16;
    static final double RIGHT_SDS = 10;

    private final double spot;
    private final double forward;
    private final double calendarYears;
    private final double varianceYears;
    private final double atmVol;
    private final double[] logStrike;
    private final double[] cdf;

    private SmileDistribution(double spot, double forward, double calendarYears, double varianceYears, double atmVol,
                              SmileVol smile) {
        this.spot = spot;
        this.forward = forward;
        this.calendarYears = calendarYears;
        this.varianceYears = varianceYears;
        this.atmVol = atmVol;
        this.logStrike = new double[GRID_POINTS];
        this.cdf = new double[GRID_POINTS];
        double sd = Math.max(atmVol * Math.sqrt(varianceYears), 1e-6);
        double low = Math.log(forward) - LEFT_SDS * sd;
        double step = (LEFT_SDS + RIGHT_SDS) * sd / (GRID_POINTS - 1);
        double running = 0;
        for (int i = 0; i < GRID_POINTS; i++) {
            logStrike[i] = low + i * step;
            running = Math.max(running, Math.min(1, rawCdf(Math.exp(logStrike[i]), smile)));
            cdf[i] = running;
        }
    }

    /** The smile's vol (decimal, quoted on calendar time) at a strike. */
    @FunctionalInterface
    public interface SmileVol {
        double vol(double strike);
    }

    /**
     * SPX on the date {@code toDays} after the valuation time, seen from {@code fromDays} (both calendar days, spot
     * at {@code fromDays} = today's spot, as the engine shocks at the analysis time), under {@code market}'s smile.
     */
    public static SmileDistribution of(MarketState market, double fromDays, double toDays) {
        double tenorDays = Math.max(toDays - fromDays, 0);
        double calendarYears = tenorDays / Tenor.DAYS_PER_YEAR;
        double varianceYears = market.varianceClock().years(fromDays, toDays);
        double forward = market.spxForward(calendarYears);
        SpxSmile smile = market.smile();
        return new SmileDistribution(market.spxSpot(), forward, calendarYears, varianceYears, smile.atmVol(tenorDays),
                strike -> smile.vol(strike, forward, tenorDays));
    }

    /** A distribution from any smile: tests build a flat one with it. */
    public static SmileDistribution of(double spot, double forward, double calendarYears, double varianceYears,
                                       double atmVol, SmileVol smile) {
        return new SmileDistribution(spot, forward, calendarYears, varianceYears, atmVol, smile);
    }

    private double rawCdf(double strike, SmileVol smile) {
        if (varianceYears <= 0) {
            return strike >= forward ? 1 : 0;
        }
        double root = Math.sqrt(varianceYears);
        double vol = smile.vol(strike);
        double total = vol * root;
        double d1 = Math.log(forward / strike) / total + total / 2;
        double h = strike * 1e-4;
        double slope = (smile.vol(strike + h) - smile.vol(strike - h)) / (2 * h);
        return Normal.cdf(-(d1 - total)) + forward * Normal.pdf(d1) * root * slope;
    }

    /** {@code P(S_T ≤ spx)}, linear in log strike between grid points, constant beyond the grid's ends. */
    public double cdf(double spx) {
        if (!(spx > 0)) {
            return 0;
        }
        double x = Math.log(spx);
        if (x <= logStrike[0]) {
            return cdf[0]; // the mass below the grid (≈ 0 but for a steep put skew) is counted at its lowest point
        }
        if (x >= logStrike[GRID_POINTS - 1]) {
            return cdf[GRID_POINTS - 1];
        }
        double position = (x - logStrike[0]) / (logStrike[1] - logStrike[0]);
        int i = Math.min((int) position, GRID_POINTS - 2);
        double w = position - i;
        return cdf[i] + w * (cdf[i + 1] - cdf[i]);
    }

    /** The grid's lowest and highest SPX level: below and above them lie {@link #cdf}(low) and 1 − cdf(high). */
    public double low() {
        return Math.exp(logStrike[0]);
    }

    public double high() {
        return Math.exp(logStrike[GRID_POINTS - 1]);
    }

    public double spot() {
        return spot;
    }

    public double forward() {
        return forward;
    }

    public double calendarYears() {
        return calendarYears;
    }

    /** Years of variance (the variance clock) from the start to the date. */
    public double varianceYears() {
        return varianceYears;
    }

    /** The smile's ATM vol (decimal) at this tenor. */
    public double atmVol() {
        return atmVol;
    }

    /** One standard deviation of SPX from the ATM vol: {@code S·σ_ATM·√T_var}, points. */
    public double impliedVolMove() {
        return spot * atmVol * Math.sqrt(varianceYears);
    }

    /**
     * The ATM-forward straddle's price (points, discounted at {@code rate}): the market's expected absolute move,
     * {@code E|S_T − F| = straddle·e^{rT}} under any distribution with mean F; under a lognormal ≈ 0.8·S·σ√T.
     */
    public double straddleMove(double rate) {
        double vol = Math.sqrt(varianceYears / Math.max(calendarYears, 1e-12)) * atmVol;
        return Black76.price(OptionRight.CALL, forward, forward, calendarYears, rate, vol)
                + Black76.price(OptionRight.PUT, forward, forward, calendarYears, rate, vol);
    }
}
