package org.condordesk.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.condordesk.model.Check;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.ValidationException;

/**
 * What to analyse besides the scenario itself: the SPX range and resolution of the P&L curves, the
 * time-shift ({@code shiftDays} clock days after the valuation time: whole days land on its New York clock time
 * across a daylight-saving change, market.Tenor), the date of the T+n curve, a parallel shift of
 * spot VIX (through the vol factor model), the heatmap grid, the hedge layer to solve for, and more P&L curves
 * at fixed offsets from the analysis date ({@code extraCurveOffsetsDays}: 3 and 7 draw T+3 and T+7; an offset
 * that reaches the core expiry, or falls on the T+n date, draws nothing: those curves are there; clock days too).
 */
public record AnalysisSettings(double spxLowPct, double spxHighPct, int curvePoints, double shiftDays,
                               Optional<LocalDate> targetDate, double vixShiftPoints,
                               double heatSpxRangePct, int heatSpxSteps, double heatVixDownPoints,
                               double heatVixUpPoints, int heatVixSteps, int hedgeLayer,
                               boolean withHeatmap, boolean withDecay, List<Double> extraCurveOffsetsDays) {

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
        extraCurveOffsetsDays = List.copyOf(Check.present("extraCurveOffsetsDays", extraCurveOffsetsDays));
        if (extraCurveOffsetsDays.size() > MAX_EXTRA_CURVES) {
            throw new ValidationException("extraCurveOffsetsDays", "at most " + MAX_EXTRA_CURVES + " extra curves");
        }
        for (int i = 0; i < extraCurveOffsetsDays.size(); i++) {
            Check.between("extraCurveOffsetsDays[" + i + "]", extraCurveOffsetsDays.get(i), 0.5, 3650);
        }
    }

    /** More curves than this would not be told apart on the risk graph. */
    public static final int MAX_EXTRA_CURVES = 6;

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
        return new AnalysisSettings(-10, 10, 401, 0, Optional.empty(), 0, 10, 41, 8, 32, 41, LAST_HEDGE_LAYER, true, true,
                List.of());
    }

    public AnalysisSettings withRange(double lowPct, double highPct, int points) {
        return new AnalysisSettings(lowPct, highPct, points, shiftDays, targetDate, vixShiftPoints, heatSpxRangePct,
                heatSpxSteps, heatVixDownPoints, heatVixUpPoints, heatVixSteps, hedgeLayer, withHeatmap, withDecay, extraCurveOffsetsDays);
    }

    public AnalysisSettings withShiftDays(double days) {
        return new AnalysisSettings(spxLowPct, spxHighPct, curvePoints, days, targetDate, vixShiftPoints, heatSpxRangePct,
                heatSpxSteps, heatVixDownPoints, heatVixUpPoints, heatVixSteps, hedgeLayer, withHeatmap, withDecay, extraCurveOffsetsDays);
    }

    public AnalysisSettings withTargetDate(LocalDate date) {
        return new AnalysisSettings(spxLowPct, spxHighPct, curvePoints, shiftDays, Optional.ofNullable(date),
                vixShiftPoints, heatSpxRangePct, heatSpxSteps, heatVixDownPoints, heatVixUpPoints, heatVixSteps,
                hedgeLayer, withHeatmap, withDecay, extraCurveOffsetsDays);
    }

    public AnalysisSettings withVixShift(double points) {
        return new AnalysisSettings(spxLowPct, spxHighPct, curvePoints, shiftDays, targetDate, points, heatSpxRangePct,
                heatSpxSteps, heatVixDownPoints, heatVixUpPoints, heatVixSteps, hedgeLayer, withHeatmap, withDecay, extraCurveOffsetsDays);
    }

    public AnalysisSettings withHedgeLayer(int index) {
        return new AnalysisSettings(spxLowPct, spxHighPct, curvePoints, shiftDays, targetDate, vixShiftPoints,
                heatSpxRangePct, heatSpxSteps, heatVixDownPoints, heatVixUpPoints, heatVixSteps, index, withHeatmap,
                withDecay, extraCurveOffsetsDays);
    }

    /** With more P&L curves at these offsets (days) from the analysis date: T+3, T+7… */
    public AnalysisSettings withExtraCurveOffsetsDays(List<Double> offsetsDays) {
        return new AnalysisSettings(spxLowPct, spxHighPct, curvePoints, shiftDays, targetDate, vixShiftPoints,
                heatSpxRangePct, heatSpxSteps, heatVixDownPoints, heatVixUpPoints, heatVixSteps, hedgeLayer, withHeatmap,
                withDecay, offsetsDays);
    }

    /** Only greeks, curves and break-evens: what a summary or a report needs. */
    public AnalysisSettings withoutHeatmapAndDecay() {
        return new AnalysisSettings(spxLowPct, spxHighPct, curvePoints, shiftDays, targetDate, vixShiftPoints,
                heatSpxRangePct, heatSpxSteps, heatVixDownPoints, heatVixUpPoints, heatVixSteps, hedgeLayer, false,
                false, extraCurveOffsetsDays);
    }
}
