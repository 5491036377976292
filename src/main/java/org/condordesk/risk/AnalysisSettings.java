package org.condordesk.risk;

import java.time.LocalDate;
import java.util.Optional;

import org.condordesk.model.Check;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.ValidationException;

/**
 * What to analyse besides the scenario itself: the SPX range and resolution of the P&L curves, the
 * time-shift ({@code shiftDays} after the valuation time), the date of the T+n curve, a parallel shift of
 * spot VIX (through the vol factor model), the heatmap grid and the hedge layer to solve for.
 */
public record AnalysisSettings(double spxLowPct, double spxHighPct, int curvePoints, double shiftDays,
                               Optional<LocalDate> targetDate, double vixShiftPoints,
                               double heatSpxRangePct, int heatSpxSteps, double heatVixDownPoints,
                               double heatVixUpPoints, int heatVixSteps, int hedgeLayer,
                               boolean withHeatmap, boolean withDecay) {

    /** Picks the last HEDGE layer of the scenario for the vega-neutral solve. */
    public static final int LAST_HEDGE_LAYER = -1;
    /** A time-shift of at most ten years. */
    public static final double MAX_SHIFT_DAYS = 3650;
    /** Spot VIX shifts from -100 to +200 points (floored at the model's minimum VIX). */
    public static final double MIN_VIX_SHIFT_POINTS = -100;
    public static final double MAX_VIX_SHIFT_POINTS = 200;

    public AnalysisSettings {
        Check.between("spxLowPct", spxLowPct, -90, 0);
        Check.between("spxHighPct", spxHighPct, 0, 200);
        if (spxHighPct - spxLowPct <= 0) {
            throw new ValidationException("spxHighPct", "the SPX range is empty");
        }
        Check.between("curvePoints", curvePoints, 3, 20_001);
        Check.between("shiftDays", shiftDays, 0, MAX_SHIFT_DAYS);
        Check.present("targetDate", targetDate);
        Check.between("vixShiftPoints", vixShiftPoints, MIN_VIX_SHIFT_POINTS, MAX_VIX_SHIFT_POINTS);
        Check.between("heatSpxRangePct", heatSpxRangePct, 0.1, 90);
        Check.between("heatSpxSteps", heatSpxSteps, 2, 401);
        Check.between("heatVixDownPoints", heatVixDownPoints, 0, 100);
        Check.between("heatVixUpPoints", heatVixUpPoints, 0, 200);
        Check.between("heatVixSteps", heatVixSteps, 2, 401);
        if (hedgeLayer < LAST_HEDGE_LAYER) {
            throw new ValidationException("hedgeLayer", "must be a layer index or -1 for the last hedge layer");
        }
    }

    /**
     * The lowest VIX shift a market with spot VIX {@code vixSpot} allows: spot VIX may not be shifted below
     * {@link MarketSnapshot#MIN_VIX_SPOT}, the lowest a scenario may hold (the engine refuses, never floors).
     */
    public static double minVixShift(double vixSpot) {
        // Rounded to 1e-9 points so that 1 − 16.4 reads −15.4, as the trader typed it.
        return Math.round((MarketSnapshot.MIN_VIX_SPOT - vixSpot) * 1e9) / 1e9;
    }

    /** True when a shift of {@code shiftPoints} keeps spot VIX {@code vixSpot} at or above the minimum (to rounding). */
    public static boolean allowsVixShift(double vixSpot, double shiftPoints) {
        return shiftPoints >= minVixShift(vixSpot) - 1e-9;
    }

    /** ±10 % SPX in 401 points, no shift, 41 × 41 heatmap (SPX ±10 %, VIX −8 to +32 points). */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(-10, 10, 401, 0, Optional.empty(), 0, 10, 41, 8, 32, 41, LAST_HEDGE_LAYER, true, true);
    }

    public AnalysisSettings withRange(double lowPct, double highPct, int points) {
        return new AnalysisSettings(lowPct, highPct, points, shiftDays, targetDate, vixShiftPoints, heatSpxRangePct,
                heatSpxSteps, heatVixDownPoints, heatVixUpPoints, heatVixSteps, hedgeLayer, withHeatmap, withDecay);
    }

    public AnalysisSettings withShiftDays(double days) {
        return new AnalysisSettings(spxLowPct, spxHighPct, curvePoints, days, targetDate, vixShiftPoints, heatSpxRangePct,
                heatSpxSteps, heatVixDownPoints, heatVixUpPoints, heatVixSteps, hedgeLayer, withHeatmap, withDecay);
    }

    public AnalysisSettings withTargetDate(LocalDate date) {
        return new AnalysisSettings(spxLowPct, spxHighPct, curvePoints, shiftDays, Optional.ofNullable(date),
                vixShiftPoints, heatSpxRangePct, heatSpxSteps, heatVixDownPoints, heatVixUpPoints, heatVixSteps,
                hedgeLayer, withHeatmap, withDecay);
    }

    public AnalysisSettings withVixShift(double points) {
        return new AnalysisSettings(spxLowPct, spxHighPct, curvePoints, shiftDays, targetDate, points, heatSpxRangePct,
                heatSpxSteps, heatVixDownPoints, heatVixUpPoints, heatVixSteps, hedgeLayer, withHeatmap, withDecay);
    }

    public AnalysisSettings withHedgeLayer(int index) {
        return new AnalysisSettings(spxLowPct, spxHighPct, curvePoints, shiftDays, targetDate, vixShiftPoints,
                heatSpxRangePct, heatSpxSteps, heatVixDownPoints, heatVixUpPoints, heatVixSteps, index, withHeatmap,
                withDecay);
    }

    /** Only greeks, curves and break-evens: what a summary or a report needs. */
    public AnalysisSettings withoutHeatmapAndDecay() {
        return new AnalysisSettings(spxLowPct, spxHighPct, curvePoints, shiftDays, targetDate, vixShiftPoints,
                heatSpxRangePct, heatSpxSteps, heatVixDownPoints, heatVixUpPoints, heatVixSteps, hedgeLayer, false,
                false);
    }
}
