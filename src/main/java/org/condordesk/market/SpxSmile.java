package org.condordesk.market;

import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.SmileParameters;

/**
 * The default SPX smile (DESIGN §2, docs/model.md): ATM vol from VIX and VIX3M interpolated in total
 * variance between 30 and 93 days (flat outside), skewed linearly in {@code m = ln(K/F)/√τ}.
 */
public final class SpxSmile {

    private static final double VIX_TENOR_DAYS = MarketSnapshot.VIX_TENOR_DAYS;
    private static final double VIX3M_TENOR_DAYS = MarketSnapshot.VIX3M_TENOR_DAYS;
    /** A smile vol never drops below this fraction of ATM (keeps far call wings positive). */
    static final double MIN_FRACTION_OF_ATM = 0.25;

    private final SmileParameters parameters;
    private final double atm30;
    private final double variance30;
    private final double variance93;

    public SpxSmile(SmileParameters parameters, double vixSpot, double vix3m) {
        this.parameters = parameters;
        this.atm30 = parameters.atmToVixRatio() * vixSpot / 100;
        double atm93 = parameters.atmToVixRatio() * vix3m / 100;
        this.variance30 = atm30 * atm30 * VIX_TENOR_DAYS;
        // Total variance may not fall with tenor (calendar arbitrage): a deep backwardation is floored flat.
        this.variance93 = Math.max(atm93 * atm93 * VIX3M_TENOR_DAYS, variance30);
    }

    /** ATM implied vol (decimal) at {@code days} calendar days. */
    public double atmVol(double days) {
        if (days <= VIX_TENOR_DAYS) {
            return atm30;
        }
        if (days >= VIX3M_TENOR_DAYS) {
            return Math.sqrt(variance93 / VIX3M_TENOR_DAYS);
        }
        double weight = (days - VIX_TENOR_DAYS) / (VIX3M_TENOR_DAYS - VIX_TENOR_DAYS);
        return Math.sqrt((variance30 + weight * (variance93 - variance30)) / days);
    }

    /** Smile vol (decimal) for strike K against forward F at {@code days} calendar days. */
    public double vol(double strike, double forward, double days) {
        double atm = atmVol(days);
        double years = Math.max(days, 1.0 / 24) / Tenor.DAYS_PER_YEAR;
        double m = Math.log(strike / forward) / Math.sqrt(years);
        double skew = m < 0 ? parameters.putSkew() : parameters.callSkew();
        return Math.max(atm - skew * m, MIN_FRACTION_OF_ATM * atm);
    }
}
