package org.condordesk.capital;

import java.util.List;

import org.condordesk.model.Check;
import org.condordesk.model.ExpiryIvShift;
import org.condordesk.model.UserStress;

/**
 * One stress applied to today's position at the analysis time (docs/capital.md §4): SPX moves by {@code spxMovePct}
 * (simple %, S' = S·(1 + pct/100)); spot VIX moves by {@code vixMovePoints} on top of the spot–vol map's response at
 * {@code mapScale} (NaN: no map, the points alone); the position is valued {@code daysElapsed} later. SPX implied vols
 * shift by {@code spxIvShiftPoints} (and per expiry) on top of the vol factor model; the VIX futures curve moves by the
 * factor model's b(τ)·ΔVIX plus {@code curveShiftPoints + curveTwistPoints·τ/90}, or, when {@code vix3mMovePoints} is
 * a number (a historical day with VIX3M), by the day's term-structure move: ΔVIX at τ = 0 to ΔVIX3M at 93 days,
 * linear in tenor, flat beyond.
 */
public record Shock(String name, double spxMovePct, double vixMovePoints, double mapScale, double daysElapsed,
                   double spxIvShiftPoints, List<ExpiryIvShift> ivShiftsByExpiry, double curveShiftPoints,
                   double curveTwistPoints, double vix3mMovePoints) {

    /** The tenor (days) a curve twist is quoted at: the curve moves by {@code twist} points more at 90 days than at spot. */
    public static final double TWIST_TENOR_DAYS = 90;

    public Shock {
        Check.name("name", name, Check.NAME_CHARS);
        Check.between("spxMovePct", spxMovePct, -99, 1000);
        Check.finite("vixMovePoints", vixMovePoints);
        if (!Double.isNaN(mapScale)) {
            Check.between("mapScale", mapScale, 0, 1.5);
        }
        Check.between("daysElapsed", daysElapsed, 0, 3650);
        Check.finite("spxIvShiftPoints", spxIvShiftPoints);
        ivShiftsByExpiry = Check.list("ivShiftsByExpiry", ivShiftsByExpiry, UserStress.MAX_EXPIRY_SHIFTS);
        Check.finite("curveShiftPoints", curveShiftPoints);
        Check.finite("curveTwistPoints", curveTwistPoints);
    }

    /** SPX by {@code spxMovePct} and spot VIX by {@code vixMovePoints}, instantly, nothing else. */
    public static Shock move(String name, double spxMovePct, double vixMovePoints) {
        return new Shock(name, spxMovePct, vixMovePoints, Double.NaN, 0, 0, List.of(), 0, 0, Double.NaN);
    }

    /** SPX by {@code spxMovePct}, spot VIX through the spot–vol map at {@code mapScale}, valued {@code days} later. */
    public static Shock alongMap(String name, double spxMovePct, double mapScale, double days) {
        return new Shock(name, spxMovePct, 0, mapScale, days, 0, List.of(), 0, 0, Double.NaN);
    }

    /** A user's stress; {@code mapScale} is the scenario's spot–vol map scale (used when the stress follows the map). */
    public static Shock of(UserStress stress, double mapScale) {
        return new Shock(stress.name(), stress.spxMovePct(), stress.vixMovePoints(),
                stress.vixByMap() ? mapScale : Double.NaN, stress.daysElapsed(), stress.spxIvShiftPoints(),
                stress.ivShiftsByExpiry(), stress.vxCurveShiftPoints(), stress.vxCurveTwistPoints(), Double.NaN);
    }

    /** The SPX log move in percent, {@code 100·ln(S'/S)}, the spot–vol map's argument. */
    public double spxLogMovePct() {
        return 100 * Math.log1p(spxMovePct / 100);
    }

    /** True when SPX legs' vols move beyond the factor model or the futures curve beyond b(τ)·ΔVIX. */
    boolean changesInputs() {
        return spxIvShiftPoints != 0 || !ivShiftsByExpiry.isEmpty() || curveShiftPoints != 0 || curveTwistPoints != 0
                || !Double.isNaN(vix3mMovePoints);
    }
}
