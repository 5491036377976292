package org.condordesk.model;

/**
 * The default SPX smile used where a leg has no typed implied vol (templates that pick strikes by delta, the backtest).
 * Two calibrations (docs/model.md §3, docs/backtest.md §2a):
 * <ul>
 * <li>{@link Calibration#VIX_STRIP} (the default): the ATM level at 30 and 93 days is solved so that the smile's own
 * Cboe variance strip equals that day's VIX and VIX3M; the smile is relative and its skew depends on the VIX level:
 * {@code σ = σ_atm·(1 − s_p(V)·m)} for {@code m < 0}, {@code σ = σ_atm·max(1 − s_c(V)·m, callFloor)} for {@code m > 0},
 * {@code m = ln(K/F)/√max(τ, 7 days)}, {@code s(V) = skew·(V/20)^(−levelExponent)}. {@code putSkew} and
 * {@code callSkew} are the relative skews at VIX 20; {@code atmToVixRatio} is not used (the ratio is an output).</li>
 * <li>{@link Calibration#FIXED_RATIO} (files before issue 28): ATM = {@code atmToVixRatio}·VIX at 30 days and
 * ·VIX3M at 93 days, skewed linearly in absolute vol: {@code σ = σ_atm − skew·m}.</li>
 * </ul>
 */
public record SmileParameters(double atmToVixRatio, double putSkew, double callSkew, Calibration calibration) {

    /** How the ATM level is tied to VIX and how the skews are read. */
    public enum Calibration { FIXED_RATIO, VIX_STRIP }

    /** VIX_STRIP: relative put skew at VIX 20, from Cboe's 2013-07-17 30-day smile (docs/backtest.md §2a). */
    public static final double DEFAULT_PUT_SKEW = 0.81;
    /** VIX_STRIP: relative call skew at VIX 20, same source. */
    public static final double DEFAULT_CALL_SKEW = 0.48;

    public SmileParameters {
        Check.between("atmToVixRatio", atmToVixRatio, 0.3, 1.5);
        Check.between("putSkew", putSkew, -1, 2);
        Check.between("callSkew", callSkew, -1, 2);
        Check.present("calibration", calibration);
        if (calibration == Calibration.VIX_STRIP) {
            // A relative skew of 2 or more would drive the vol of a 1-sd call to zero; negative put skew is no equity smile.
            Check.between("putSkew", putSkew, 0, 2);
            Check.between("callSkew", callSkew, 0, 1.5);
        }
    }

    /** The pre-issue-28 smile: ATM a fixed fraction of VIX, linear absolute skews (every file that spells these out). */
    public SmileParameters(double atmToVixRatio, double putSkew, double callSkew) {
        this(atmToVixRatio, putSkew, callSkew, Calibration.FIXED_RATIO);
    }

    /** The default: calibrated to the day's VIX and VIX3M through their own variance strips (issue 28). */
    public static SmileParameters defaults() {
        return new SmileParameters(1.0, DEFAULT_PUT_SKEW, DEFAULT_CALL_SKEW, Calibration.VIX_STRIP);
    }

    /** The smile every test and sample before issue 28 used: ATM = 0.9·VIX, skews 0.20 / 0.08 (absolute). */
    public static SmileParameters fixedRatioDefaults() {
        return new SmileParameters(0.9, 0.20, 0.08, Calibration.FIXED_RATIO);
    }

    public SmileParameters withAtmToVixRatio(double value) {
        return new SmileParameters(value, putSkew, callSkew, calibration);
    }

    public SmileParameters withPutSkew(double value) {
        return new SmileParameters(atmToVixRatio, value, callSkew, calibration);
    }

    public SmileParameters withCallSkew(double value) {
        return new SmileParameters(atmToVixRatio, putSkew, value, calibration);
    }
}
