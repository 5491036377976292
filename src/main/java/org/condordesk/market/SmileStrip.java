package org.condordesk.market;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;

import org.condordesk.model.OptionRight;
import org.condordesk.pricing.Black;
import org.condordesk.pricing.Black76;
import org.condordesk.pricing.OptionGreeks;
import org.condordesk.pricing.VarianceStrip;

/**
 * The Cboe variance strip of a model smile (docs/model.md §4): out-of-the-money model prices on a fine strike
 * grid, summed by {@link VarianceStrip} into the VIX-style index of one term. The grid is uniform in log-strike
 * with the forward itself as K₀ (so the strip's {@code (F/K₀ − 1)²} term vanishes), a step of 1/16 of the ATM
 * standard deviation {@code σ_atm·√T}, and it ends, as Cboe's does after two zero bids, at the second consecutive
 * strike whose out-of-the-money price is below 10⁻⁵ of the forward (0.08 points at SPX 7 600, near SPX's
 * 0.05 tick). The option-chain importer computes the same index from quoted strikes with the same
 * {@link VarianceStrip}.
 */
public final class SmileStrip {

    /** Grid points per ATM standard deviation of log-strike. */
    static final double STEPS_PER_STD = 16;
    /** The strip stops at two consecutive strikes priced below this fraction of the forward. */
    static final double MIN_PRICE_PER_FORWARD = 1e-5;
    /** At most this many strikes on either side of the forward (a smile whose wing never cheapens). */
    static final int MAX_STRIKES_PER_SIDE = 2000;

    private final double forward;
    private final double years;
    private final double rate;
    private final double discount;
    private final double sqrtYears;
    private final double[] strikes;
    private final double[] vols;
    private final int atForward;

    private SmileStrip(double forward, double years, double rate, double[] strikes, double[] vols, int atForward) {
        this.forward = forward;
        this.years = years;
        this.rate = rate;
        this.discount = Math.exp(-rate * years);
        this.sqrtYears = Math.sqrt(years);
        this.strikes = strikes;
        this.vols = vols;
        this.atForward = atForward;
    }

    /**
     * The strip of the smile {@code volOfStrike} (decimal vol by strike) for the term of {@code years} with
     * forward {@code forward} and continuous rate {@code rate}; {@code atmVol} sets the grid step.
     */
    public static SmileStrip of(DoubleUnaryOperator volOfStrike, double forward, double years, double rate,
                                double atmVol) {
        double step = Math.max(atmVol, 1e-4) * Math.sqrt(years) / STEPS_PER_STD;
        double discount = Math.exp(-rate * years);
        int low = Math.min(lastPriced(volOfStrike, forward, years, discount, step, -1), -1);
        int high = Math.max(lastPriced(volOfStrike, forward, years, discount, step, +1), 1);
        double[] strikes = new double[high - low + 1];
        double[] vols = new double[strikes.length];
        for (int i = low; i <= high; i++) {
            strikes[i - low] = i == 0 ? forward : forward * Math.exp(i * step);
            vols[i - low] = volOfStrike.applyAsDouble(strikes[i - low]);
        }
        return new SmileStrip(forward, years, rate, strikes, vols, -low);
    }

    /** The grid index of the farthest strike on one side ({@code side} −1 puts, +1 calls) before two cheap ones. */
    private static int lastPriced(DoubleUnaryOperator volOfStrike, double forward, double years, double discount,
                                  double step, int side) {
        OptionRight right = side < 0 ? OptionRight.PUT : OptionRight.CALL;
        int last = 0;
        int cheap = 0;
        for (int i = side; Math.abs(i) <= MAX_STRIKES_PER_SIDE && cheap < 2; i += side) {
            double strike = forward * Math.exp(i * step);
            double price = Black.price(right, forward * discount, strike * discount,
                    volOfStrike.applyAsDouble(strike) * Math.sqrt(years));
            if (price < MIN_PRICE_PER_FORWARD * forward) {
                cheap++;
            } else {
                cheap = 0;
                last = i;
            }
        }
        return last;
    }

    /** The index (points, 100·σ) of the unshocked strip. */
    public double vix() {
        return vix(DoubleUnaryOperator.identity());
    }

    /** The index (points) with every strike's vol σ replaced by {@code shock(σ)}; same strikes. */
    public double vix(DoubleUnaryOperator shock) {
        double[] prices = new double[strikes.length];
        for (int i = 0; i < strikes.length; i++) {
            double totalVol = Math.max(shock.applyAsDouble(vols[i]), 0) * sqrtYears;
            double f = forward * discount;
            double k = strikes[i] * discount;
            prices[i] = i < atForward ? Black.price(OptionRight.PUT, f, k, totalVol)
                    : i > atForward ? Black.price(OptionRight.CALL, f, k, totalVol)
                    : 0.5 * (Black.price(OptionRight.PUT, f, k, totalVol) + Black.price(OptionRight.CALL, f, k, totalVol));
        }
        double variance = VarianceStrip.variance(strikes, prices, forward, forward, years, rate);
        return 100 * Math.sqrt(Math.max(variance, 0));
    }

    /**
     * The index (points) with every strike's vol moved to {@code σᵢ + s·slope(σᵢ)}, and its derivative in s:
     * {@code dVIX/ds = 100·(dσ²/ds)/(2·VIX/100)}, {@code dσ²/ds = (2/T)·e^{RT}·Σ ΔKᵢ/Kᵢ²·vegaᵢ·slope(σᵢ)} (same
     * strikes, so the (F/K₀ − 1)² term stays 0). For a Newton solve of the vol response's consistency scale.
     */
    double[] vixAndDerivative(double s, DoubleUnaryOperator slope) {
        double[] prices = new double[strikes.length];
        double growth = Math.exp(rate * years);
        double dVariance = 0;
        for (int i = 0; i < strikes.length; i++) {
            double dVol = slope.applyAsDouble(vols[i]);
            double vol = vols[i] + s * dVol;
            if (vol <= 0) {
                OptionRight right = i < atForward ? OptionRight.PUT : OptionRight.CALL;
                prices[i] = Black.price(right, forward * discount, strikes[i] * discount, 0);
                continue;
            }
            OptionGreeks otm = Black76.greeks(i < atForward ? OptionRight.PUT : OptionRight.CALL, forward, strikes[i],
                    years, rate, vol);
            prices[i] = i != atForward ? otm.price()
                    : 0.5 * (otm.price() + Black76.greeks(OptionRight.PUT, forward, strikes[i], years, rate, vol).price());
            // A put and a call at one strike have the same vega.
            dVariance += VarianceStrip.deltaK(strikes, i) / (strikes[i] * strikes[i]) * otm.vega() * dVol;
        }
        double variance = VarianceStrip.variance(strikes, prices, forward, forward, years, rate);
        double vix = 100 * Math.sqrt(Math.max(variance, 0));
        double derivative = vix > 0 ? 100 * (2 / years * growth * dVariance) / (2 * vix / 100) : 0;
        return new double[] {vix, derivative};
    }

    /** The strikes of the strip, increasing. */
    public double[] strikes() {
        return Arrays.copyOf(strikes, strikes.length);
    }
}
