package org.condordesk.market;

import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.SmileParameters;

/**
 * The default SPX smile (DESIGN §2, docs/model.md §3, docs/backtest.md §2a). ATM vol at 30 and 93 days, interpolated
 * in total variance between them (flat outside), shaped in {@code m = ln(K/F)/√τ}:
 * <ul>
 * <li>{@code VIX_STRIP}: the ATM levels are those whose smile's Cboe variance strip ({@link SmileStrip}) equals the
 * day's VIX at 30 days and VIX3M at 93 days ({@link StripCalibration}); the skews are relative and fall as VIX
 * rises, {@code s(V) = skew·(V/20)^(−2)}, V held in [11, 80];</li>
 * <li>{@code FIXED_RATIO}: ATM = ratio·VIX (·VIX3M), absolute linear skews, as before issue 28.</li>
 * </ul>
 */
public final class SpxSmile {

    static final double VIX_TENOR_DAYS = MarketSnapshot.VIX_TENOR_DAYS;
    static final double VIX3M_TENOR_DAYS = MarketSnapshot.VIX3M_TENOR_DAYS;
    /** FIXED_RATIO: a smile vol never drops below this fraction of ATM (keeps far call wings positive). */
    static final double MIN_FRACTION_OF_ATM = 0.25;
    /** VIX_STRIP: the short-end power law's bounds and the shortest tenor it is read at. */
    static final double MIN_EXPONENT = -0.45;
    static final double MAX_EXPONENT = 1;
    static final double MIN_SHORT_DAYS = 1;

    private final SmileParameters parameters;
    private final boolean relative;
    private final double putSkew;
    private final double callSkew;
    /** VIX_STRIP: the 93-day smile's skews (the 30-day ones are putSkew, callSkew). */
    private final double putSkew93;
    private final double callSkew93;
    private final double atm30;
    private final double variance30;
    private final double variance93;
    /** VIX_STRIP: the exponent of the ATM power law below 30 days. */
    private final double shortExponent;

    public SpxSmile(SmileParameters parameters, double vixSpot, double vix3m) {
        this.parameters = parameters;
        this.relative = parameters.calibration() == SmileParameters.Calibration.VIX_STRIP;
        double atm93;
        if (relative) {
            // Each tenor's skew is set by its own index level (VIX at 30 days, VIX3M at 93), so each strip is
            // matched exactly by a one-dimensional table; between them the skews interpolate like the variance.
            double level = StripCalibration.levelFactor(vixSpot);
            double level93 = StripCalibration.levelFactor(vix3m);
            this.putSkew = parameters.putSkew() * level;
            this.callSkew = parameters.callSkew() * level;
            this.putSkew93 = parameters.putSkew() * level93;
            this.callSkew93 = parameters.callSkew() * level93;
            StripCalibration calibration = StripCalibration.of(parameters);
            this.atm30 = calibration.atmPerIndex(vixSpot, VIX_TENOR_DAYS) * vixSpot / 100;
            atm93 = calibration.atmPerIndex(vix3m, VIX3M_TENOR_DAYS) * vix3m / 100;
        } else {
            this.putSkew = parameters.putSkew();
            this.callSkew = parameters.callSkew();
            this.putSkew93 = putSkew;
            this.callSkew93 = callSkew;
            this.atm30 = parameters.atmToVixRatio() * vixSpot / 100;
            atm93 = parameters.atmToVixRatio() * vix3m / 100;
        }
        this.variance30 = atm30 * atm30 * VIX_TENOR_DAYS;
        // Total variance may not fall with tenor (calendar arbitrage): a deep backwardation is floored flat.
        this.variance93 = Math.max(atm93 * atm93 * VIX3M_TENOR_DAYS, variance30);
        double exponent = Math.log(Math.sqrt(variance93 / VIX3M_TENOR_DAYS) / atm30) / Math.log(VIX3M_TENOR_DAYS / VIX_TENOR_DAYS);
        this.shortExponent = Math.min(Math.max(exponent, MIN_EXPONENT), MAX_EXPONENT);
    }

    /** The parameters this smile was built from. */
    public SmileParameters parameters() {
        return parameters;
    }

    /** ATM implied vol (decimal) at {@code days} calendar days. */
    public double atmVol(double days) {
        if (days <= VIX_TENOR_DAYS) {
            // VIX_STRIP: below 30 days the ATM term structure continues the power law through the 30- and 93-day
            // points, σ(T) = σ30·(T/30)^p, p = ln(σ93/σ30)/ln(93/30) within [−0.45, 1] (the proxy curve's law,
            // docs/backtest.md §2a): in contango a week's ATM vol is below the month's. FIXED_RATIO keeps it flat.
            return relative ? atm30 * Math.pow(Math.max(days, MIN_SHORT_DAYS) / VIX_TENOR_DAYS, shortExponent) : atm30;
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
        if (relative) {
            double w = Math.min(Math.max((days - VIX_TENOR_DAYS) / (VIX3M_TENOR_DAYS - VIX_TENOR_DAYS), 0), 1);
            return atm * StripCalibration.shape(Math.log(strike / forward), days, putSkew + w * (putSkew93 - putSkew),
                    callSkew + w * (callSkew93 - callSkew));
        }
        double years = Math.max(days, 1.0 / 24) / Tenor.DAYS_PER_YEAR;
        double m = Math.log(strike / forward) / Math.sqrt(years);
        double skew = m < 0 ? putSkew : callSkew;
        return Math.max(atm - skew * m, MIN_FRACTION_OF_ATM * atm);
    }
}
