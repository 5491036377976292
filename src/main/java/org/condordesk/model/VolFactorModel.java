package org.condordesk.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The vol factor model that makes SPX and VIX vega additive (docs/model.md §4), and the clock option variance
 * runs on (§2). A +1 point move of spot VIX moves SPX implied vol at tenor τ days by
 * {@code s·w(τ)} vol points ({@link VolResponse#PARALLEL}) or by {@code s·w(τ)·σ/VIX} of its own vol σ
 * ({@link VolResponse#PROPORTIONAL}), {@code w(τ) = clamp((30/τ)^timeWeightExponent)} and s the consistency
 * scale the market calibrates; a VIX future τ days from settlement moves {@code b(τ)} points, from the
 * forward-variance formula when {@code futuresBetas} is empty (the default) or interpolated in the user's table.
 * {@code timeBasis} and {@code nonTradingDayVariance} (the share of a trading day's variance a weekend day or
 * exchange holiday carries) set the option clock.
 */
public record VolFactorModel(double timeWeightExponent, double timeWeightMin, double timeWeightMax,
                             List<TenorBeta> futuresBetas, SpotVolMap spotVol, VolResponse volResponse,
                             TimeBasis timeBasis, double nonTradingDayVariance) {

    /**
     * Daily-change beta of VIX3M (93-day SPX implied vol) to VIX (30-day), 2010–2026, measured on the
     * shipped history (SpotVolCalibrationTest). It fixes the default exponent below.
     */
    public static final double MEASURED_VIX3M_BETA = 0.64;

    /** {@code (30/93)^α = 0.64}: the exponent of the power law through the two measured tenors. */
    public static final double DEFAULT_TIME_WEIGHT_EXPONENT = Math.log(MEASURED_VIX3M_BETA) / Math.log(MarketSnapshot.VIX_TENOR_DAYS / MarketSnapshot.VIX3M_TENOR_DAYS);

    /** Cont & da Fonseca (2002): the main factor of SPX implied-vol changes is a level shift of log implied vol. */
    public static final VolResponse DEFAULT_VOL_RESPONSE = VolResponse.PROPORTIONAL;

    /** A weekend day carries a tenth of a trading day's variance (French & Roll 1986; docs/model.md §2). */
    public static final double DEFAULT_NON_TRADING_DAY_VARIANCE = 0.1;

    /** The tenors of the beta table earlier releases saved as their default (derived from α, 3 decimals). */
    public static final double[] LEGACY_BETA_TENORS = {0, 15, 30, 45, 60, 90, 120, 180, 270};

    /** The largest user beta table. */
    public static final int MAX_BETAS = 64;

    public VolFactorModel {
        Check.between("timeWeightExponent", timeWeightExponent, 0, 2);
        Check.between("timeWeightMin", timeWeightMin, 0, 10);
        Check.between("timeWeightMax", timeWeightMax, 0, 10);
        if (timeWeightMax < timeWeightMin) {
            throw new ValidationException("timeWeightMax", "must be >= timeWeightMin (" + timeWeightMin + ")");
        }
        futuresBetas = Check.list("futuresBetas", futuresBetas, MAX_BETAS);
        for (int i = 1; i < futuresBetas.size(); i++) {
            if (futuresBetas.get(i).days() <= futuresBetas.get(i - 1).days()) {
                throw new ValidationException("futuresBetas[" + i + "].days", "must increase from one entry to the next");
            }
        }
        Check.present("spotVol", spotVol);
        Check.present("volResponse", volResponse);
        Check.present("timeBasis", timeBasis);
        Check.between("nonTradingDayVariance", nonTradingDayVariance, 0, 1);
    }

    /** Measured α, clamp [0.25, 3], betas derived from α, proportional response, calendar time. */
    public static VolFactorModel defaults() {
        return new VolFactorModel(DEFAULT_TIME_WEIGHT_EXPONENT, 0.25, 3.0, List.of(), SpotVolMap.defaults(),
                DEFAULT_VOL_RESPONSE, TimeBasis.CALENDAR, DEFAULT_NON_TRADING_DAY_VARIANCE);
    }

    /** True when the futures betas come from the forward-variance formula (no user table). */
    public boolean derivesFuturesBetas() {
        return futuresBetas.isEmpty();
    }

    /**
     * The futures beta implied by a power-law response of implied vol to VIX. A future settling in τ days
     * settles on the 30-day vol over [τ, τ+30]; with forward variance {@code σ_f²·30 = σ(τ+30)²·(τ+30) − σ(τ)²·τ}
     * and a flat term structure, {@code b(τ) = [β(τ+30)·(τ+30) − β(τ)·τ] / 30} with {@code β(T) = (30/T)^α};
     * {@code b(0) = 1}.
     */
    public static double derivedFuturesBeta(double alpha, double tenorDays) {
        double tau = Math.max(tenorDays, 0);
        double far = Math.pow(30.0 / (tau + 30), alpha) * (tau + 30);
        double near = tau == 0 ? 0 : Math.pow(30.0 / tau, alpha) * tau;
        return (far - near) / 30;
    }

    /** The formula's betas at {@code tenorsDays}, rounded to 3 decimals: a starting table for a user to edit. */
    public static List<TenorBeta> derivedFuturesBetas(double alpha, double... tenorsDays) {
        List<TenorBeta> betas = new ArrayList<>();
        for (double tau : tenorsDays) {
            betas.add(new TenorBeta(tau, Math.round(derivedFuturesBeta(alpha, tau) * 1000) / 1000.0));
        }
        return betas;
    }

    /**
     * True when {@code table} is the default table earlier releases saved for exponent {@code alpha}: the
     * formula at {@link #LEGACY_BETA_TENORS}, each to 3 decimals. Such a file meant "derived", and reads so.
     */
    public static boolean isLegacyDefaultTable(double alpha, List<TenorBeta> table) {
        if (table.size() != LEGACY_BETA_TENORS.length) {
            return false;
        }
        for (int i = 0; i < table.size(); i++) {
            TenorBeta node = table.get(i);
            // 3-decimal rounding (5e-4) plus the rounding of α itself in a saved file.
            if (node.days() != LEGACY_BETA_TENORS[i]
                    || Math.abs(node.beta() - derivedFuturesBeta(alpha, node.days())) > 6e-4) {
                return false;
            }
        }
        return true;
    }

    public VolFactorModel withTimeWeight(double exponent, double min, double max) {
        return new VolFactorModel(exponent, min, max, futuresBetas, spotVol, volResponse, timeBasis,
                nonTradingDayVariance);
    }

    /** A user table of betas (interpolated); an empty list returns to the derived betas. */
    public VolFactorModel withFuturesBetas(List<TenorBeta> betas) {
        return new VolFactorModel(timeWeightExponent, timeWeightMin, timeWeightMax, betas, spotVol, volResponse,
                timeBasis, nonTradingDayVariance);
    }

    public VolFactorModel withSpotVol(SpotVolMap map) {
        return new VolFactorModel(timeWeightExponent, timeWeightMin, timeWeightMax, futuresBetas, map, volResponse,
                timeBasis, nonTradingDayVariance);
    }

    public VolFactorModel withVolResponse(VolResponse response) {
        return new VolFactorModel(timeWeightExponent, timeWeightMin, timeWeightMax, futuresBetas, spotVol, response,
                timeBasis, nonTradingDayVariance);
    }

    public VolFactorModel withTimeBasis(TimeBasis basis, double nonTradingVariance) {
        return new VolFactorModel(timeWeightExponent, timeWeightMin, timeWeightMax, futuresBetas, spotVol, volResponse,
                basis, nonTradingVariance);
    }
}
