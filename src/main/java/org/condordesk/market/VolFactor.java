package org.condordesk.market;

import java.util.List;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.UnivariateFunction;
import org.apache.commons.math3.analysis.differentiation.DerivativeStructure;
import org.apache.commons.math3.analysis.differentiation.UnivariateDifferentiableFunction;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.analysis.solvers.NewtonRaphsonSolver;
import org.apache.commons.math3.exception.MathIllegalArgumentException;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.condordesk.model.TenorBeta;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VolFactorModel;
import org.condordesk.model.VolResponse;
import org.condordesk.pricing.PricingException;

/**
 * Evaluates the vol factor model (docs/model.md §4): how an SPX option's implied vol moves per point of spot VIX
 * ({@link #volPerVixPoint}) under either response, and how many points a VIX future moves ({@link #futuresBeta}).
 * Each response carries a consistency scale s, calibrated once here (Newton's method with the strip's derivative,
 * Brent's method as the fallback) so that the 30-day
 * variance strip of the model's own smile ({@link SmileStrip}) rises by exactly 1.00 point when spot VIX does.
 */
public final class VolFactor {

    /** The tenor of VIX, days: where the time weight is 1 and the consistency scale is calibrated. */
    public static final double VIX_TENOR_DAYS = 30;
    /**
     * The consistency scale is searched from this bracket outward (the default smile needs about 0.8–0.9; a very
     * steep smile, whose far wing dominates its strip, needs far less).
     */
    static final double MIN_SCALE = 0.05;
    static final double MAX_SCALE = 20;
    /** The bracket widens by this factor at most this many times each way before the smile is refused. */
    private static final double BRACKET_GROWTH = 10;
    private static final int BRACKET_STEPS = 6;
    private static final int MAX_EVALUATIONS = 100;
    /** Newton stops when a step moves s by less than this; the lift is then within ~1e-12 of a point. */
    private static final double NEWTON_ACCURACY = 1e-12;
    private static final int NEWTON_EVALUATIONS = 20;

    private final VolFactorModel model;
    private final double vixSpot;
    private final double[] betaDays;
    private final double[] betas;
    private final SmileStrip strip;
    /** {parallel, proportional} consistency scales, calibrated on first use (templates and previews never need them). */
    private volatile double[] scales;

    /** The model's weights; its consistency scales are calibrated on {@code strip} at spot VIX {@code vixSpot} when first needed. */
    public VolFactor(VolFactorModel model, SmileStrip strip, double vixSpot) {
        this.model = model;
        this.vixSpot = vixSpot;
        this.strip = strip;
        List<TenorBeta> table = model.futuresBetas();
        this.betaDays = table.stream().mapToDouble(TenorBeta::days).toArray();
        this.betas = table.stream().mapToDouble(TenorBeta::beta).toArray();
    }

    private double[] scales() {
        double[] calibrated = scales;
        if (calibrated == null) {
            synchronized (this) {
                calibrated = scales;
                if (calibrated == null) {
                    double base = strip.vix();
                    calibrated = new double[] {calibrate(base, VolResponse.PARALLEL), calibrate(base, VolResponse.PROPORTIONAL)};
                    scales = calibrated;
                }
            }
        }
        return calibrated;
    }

    /** The response the scenario chose. */
    public VolResponse response() {
        return model.volResponse();
    }

    /** {@code w(τ) = clamp((30/τ)^α, min, max)}: the tenor weight of the SPX response at τ calendar days. */
    public double timeWeight(double days) {
        return timeWeight(model, days);
    }

    /** {@code w(τ)} of {@code model}, without calibrating anything (for previews). */
    public static double timeWeight(VolFactorModel model, double days) {
        if (days <= 0) {
            return model.timeWeightMax();
        }
        double weight = Math.pow(VIX_TENOR_DAYS / days, model.timeWeightExponent());
        return Math.min(model.timeWeightMax(), Math.max(model.timeWeightMin(), weight));
    }

    /** The consistency scale s of a response. */
    public double scale(VolResponse response) {
        return scales()[response == VolResponse.PARALLEL ? 0 : 1];
    }

    /**
     * dσ/dVIX, decimal vol per point of spot VIX, of an SPX option whose vol is {@code vol} at {@code days}:
     * {@code s·w(τ)/100} (parallel) or {@code s·w(τ)·σ/VIX₀} (proportional).
     */
    public double volPerVixPoint(VolResponse response, double vol, double days) {
        double weight = scale(response) * timeWeight(days);
        return response == VolResponse.PARALLEL ? weight / 100 : weight * vol / vixSpot;
    }

    /**
     * {@code b(τ)}: points a VIX future τ days from settlement moves per VIX point. From the forward-variance
     * formula ({@link VolFactorModel#derivedFuturesBeta}) unless the scenario carries its own table, which is
     * interpolated linearly and held flat beyond its ends.
     */
    public double futuresBeta(double days) {
        return model.derivesFuturesBetas() ? VolFactorModel.derivedFuturesBeta(model.timeWeightExponent(), days)
                : LinearTable.at(betaDays, betas, days);
    }

    /**
     * The scale s for which a +1 VIX move lifts the strip by 1.00 point: the root of strip(s) − base − 1. Newton's
     * method (Commons Math) with the strip's analytic derivative, from s = 1: the lift is nearly linear in s, so
     * it takes three or four strips. A smile where Newton strays is solved by Brent's method on a widening bracket.
     */
    private double calibrate(double base, VolResponse response) {
        double weight30 = timeWeight(VIX_TENOR_DAYS);
        if (weight30 <= 0) {
            return 1; // no SPX response at all: any scale leaves it at zero
        }
        DoubleUnaryOperator perScale = response == VolResponse.PARALLEL ? vol -> weight30 / 100 : vol -> vol * weight30 / vixSpot;
        UnivariateDifferentiableFunction lift = new UnivariateDifferentiableFunction() {
            @Override
            public double value(double scale) {
                return strip.vix(vol -> vol + scale * perScale.applyAsDouble(vol)) - base - 1;
            }

            @Override
            public DerivativeStructure value(DerivativeStructure scale) {
                double[] vixAndSlope = strip.vixAndDerivative(scale.getValue(), perScale);
                return scale.compose(vixAndSlope[0] - base - 1, vixAndSlope[1]);
            }
        };
        try {
            double scale = new NewtonRaphsonSolver(NEWTON_ACCURACY).solve(NEWTON_EVALUATIONS, lift, MIN_SCALE, MAX_SCALE, 1.0);
            if (scale > 0 && Math.abs(lift.value(scale)) < 1e-9) {
                return scale;
            }
        } catch (MathIllegalStateException | MathIllegalArgumentException | PricingException e) {
            // Newton strayed (to a vol no pricer takes) or did not settle: fall through to the bracketed solve.
        }
        return bracketed(lift, response);
    }

    private static double bracketed(UnivariateFunction lift, VolResponse response) {
        double low = MIN_SCALE;
        double high = MAX_SCALE;
        for (int i = 0; i < BRACKET_STEPS && lift.value(low) > 0; i++) {
            low /= BRACKET_GROWTH;
        }
        for (int i = 0; i < BRACKET_STEPS && lift.value(high) < 0; i++) {
            high *= BRACKET_GROWTH;
        }
        if (!(lift.value(low) <= 0 && lift.value(high) >= 0)) {
            throw new ValidationException("market.smile", "the vol factor model cannot be made consistent with this "
                    + "smile: no " + response.key() + " response in [" + low + ", " + high + "] moves its 30-day strip "
                    + "VIX by one point per VIX point (a skew this steep dominates the strip)");
        }
        return new BrentSolver(1e-12, 1e-10).solve(MAX_EVALUATIONS, lift, low, high, Math.min(Math.max(1.0, low), high));
    }
}
