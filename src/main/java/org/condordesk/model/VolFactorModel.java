package org.condordesk.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The vol factor model that makes SPX and VIX vega additive (DESIGN §4, docs/model.md): a +1 point move
 * in spot VIX moves SPX implied vol at tenor τ days by {@code w(τ) = clamp((30/τ)^timeWeightExponent)} vol
 * points and a VIX future τ days from settlement by {@code b(τ)} points (interpolated in {@code futuresBetas}).
 */
public record VolFactorModel(double timeWeightExponent, double timeWeightMin, double timeWeightMax,
                             List<TenorBeta> futuresBetas, SpotVolMap spotVol) {

    /**
     * Daily-change beta of VIX3M (93-day SPX implied vol) to VIX (30-day), 2010–2026, measured on the
     * shipped history (VolFactorCalibrationTest). It fixes the default exponent below.
     */
    public static final double MEASURED_VIX3M_BETA = 0.64;

    /** {@code (30/93)^α = 0.64}: the exponent of the power law through the two measured tenors. */
    public static final double DEFAULT_TIME_WEIGHT_EXPONENT = Math.log(MEASURED_VIX3M_BETA) / Math.log(30.0 / 93.0);

    private static final double[] DEFAULT_BETA_TENORS = {0, 15, 30, 45, 60, 90, 120, 180, 270};

    public VolFactorModel {
        Check.between("timeWeightExponent", timeWeightExponent, 0, 2);
        Check.between("timeWeightMin", timeWeightMin, 0, 10);
        Check.between("timeWeightMax", timeWeightMax, 0, 10);
        if (timeWeightMax < timeWeightMin) {
            throw new ValidationException("timeWeightMax", "must be >= timeWeightMin (" + timeWeightMin + ")");
        }
        futuresBetas = Check.list("futuresBetas", futuresBetas, 64);
        if (futuresBetas.isEmpty()) {
            throw new ValidationException("futuresBetas", "needs at least one tenor");
        }
        for (int i = 1; i < futuresBetas.size(); i++) {
            if (futuresBetas.get(i).days() <= futuresBetas.get(i - 1).days()) {
                throw new ValidationException("futuresBetas[" + i + "].days", "must increase from one entry to the next");
            }
        }
        Check.present("spotVol", spotVol);
    }

    public static VolFactorModel defaults() {
        double alpha = DEFAULT_TIME_WEIGHT_EXPONENT;
        return new VolFactorModel(alpha, 0.25, 3.0, derivedFuturesBetas(alpha, DEFAULT_BETA_TENORS), SpotVolMap.defaults());
    }

    /**
     * Futures betas implied by a power-law response of implied vol to VIX. A future settling in τ days
     * settles on the 30-day vol over [τ, τ+30]; with forward variance
     * {@code σ_f²·30 = σ(τ+30)²·(τ+30) − σ(τ)²·τ} and a flat term structure, its beta is
     * {@code b(τ) = [β(τ+30)·(τ+30) − β(τ)·τ] / 30} with {@code β(T) = (30/T)^α}; {@code b(0) = 1}.
     */
    public static List<TenorBeta> derivedFuturesBetas(double alpha, double... tenorsDays) {
        List<TenorBeta> betas = new ArrayList<>();
        for (double tau : tenorsDays) {
            double far = Math.pow(30.0 / (tau + 30), alpha) * (tau + 30);
            double near = tau == 0 ? 0 : Math.pow(30.0 / tau, alpha) * tau;
            double beta = Math.round((far - near) / 30 * 1000) / 1000.0;
            betas.add(new TenorBeta(tau, beta));
        }
        return betas;
    }

    public VolFactorModel withTimeWeight(double exponent, double min, double max) {
        return new VolFactorModel(exponent, min, max, futuresBetas, spotVol);
    }

    public VolFactorModel withFuturesBetas(List<TenorBeta> betas) {
        return new VolFactorModel(timeWeightExponent, timeWeightMin, timeWeightMax, betas, spotVol);
    }

    public VolFactorModel withSpotVol(SpotVolMap map) {
        return new VolFactorModel(timeWeightExponent, timeWeightMin, timeWeightMax, futuresBetas, map);
    }
}
