package org.condordesk.model;

import java.util.List;

/**
 * A stress the trader defines and saves with the scenario (docs/capital.md): an SPX move in percent, a spot-VIX move
 * in points (on top of the spot–vol map's response to the SPX move when {@code vixByMap}), the days that pass before
 * it is valued, an SPX implied-vol shift in vol points for every SPX option and per expiry, and a VIX futures curve
 * shift and twist in points (the curve moves by {@code shift + twist·τ/90} at τ days, on top of the factor model).
 */
public record UserStress(String name, double spxMovePct, double vixMovePoints, boolean vixByMap, double daysElapsed,
                         double spxIvShiftPoints, List<ExpiryIvShift> ivShiftsByExpiry, double vxCurveShiftPoints,
                         double vxCurveTwistPoints) {

    public static final int MAX_EXPIRY_SHIFTS = 32;

    public UserStress {
        Check.name("name", name, 120);
        Check.between("spxMovePct", spxMovePct, -90, 200);
        Check.between("vixMovePoints", vixMovePoints, -100, 300);
        Check.between("daysElapsed", daysElapsed, 0, 3650);
        Check.between("spxIvShiftPoints", spxIvShiftPoints, -100, 500);
        ivShiftsByExpiry = Check.list("ivShiftsByExpiry", ivShiftsByExpiry, MAX_EXPIRY_SHIFTS);
        Check.between("vxCurveShiftPoints", vxCurveShiftPoints, -100, 300);
        Check.between("vxCurveTwistPoints", vxCurveTwistPoints, -100, 300);
    }

    /** SPX by {@code spxMovePct} with spot VIX through the spot–vol map, nothing else. */
    public static UserStress spxMove(String name, double spxMovePct) {
        return new UserStress(name, spxMovePct, 0, true, 0, 0, List.of(), 0, 0);
    }

    public UserStress withName(String value) {
        return new UserStress(value, spxMovePct, vixMovePoints, vixByMap, daysElapsed, spxIvShiftPoints,
                ivShiftsByExpiry, vxCurveShiftPoints, vxCurveTwistPoints);
    }

    public UserStress withSpxMovePct(double value) {
        return new UserStress(name, value, vixMovePoints, vixByMap, daysElapsed, spxIvShiftPoints, ivShiftsByExpiry,
                vxCurveShiftPoints, vxCurveTwistPoints);
    }

    public UserStress withVixMovePoints(double value) {
        return new UserStress(name, spxMovePct, value, vixByMap, daysElapsed, spxIvShiftPoints, ivShiftsByExpiry,
                vxCurveShiftPoints, vxCurveTwistPoints);
    }

    public UserStress withVixByMap(boolean value) {
        return new UserStress(name, spxMovePct, vixMovePoints, value, daysElapsed, spxIvShiftPoints, ivShiftsByExpiry,
                vxCurveShiftPoints, vxCurveTwistPoints);
    }

    public UserStress withDaysElapsed(double value) {
        return new UserStress(name, spxMovePct, vixMovePoints, vixByMap, value, spxIvShiftPoints, ivShiftsByExpiry,
                vxCurveShiftPoints, vxCurveTwistPoints);
    }

    public UserStress withSpxIvShiftPoints(double value) {
        return new UserStress(name, spxMovePct, vixMovePoints, vixByMap, daysElapsed, value, ivShiftsByExpiry,
                vxCurveShiftPoints, vxCurveTwistPoints);
    }

    public UserStress withIvShiftsByExpiry(List<ExpiryIvShift> value) {
        return new UserStress(name, spxMovePct, vixMovePoints, vixByMap, daysElapsed, spxIvShiftPoints, value,
                vxCurveShiftPoints, vxCurveTwistPoints);
    }

    public UserStress withVxCurveShiftPoints(double value) {
        return new UserStress(name, spxMovePct, vixMovePoints, vixByMap, daysElapsed, spxIvShiftPoints,
                ivShiftsByExpiry, value, vxCurveTwistPoints);
    }

    public UserStress withVxCurveTwistPoints(double value) {
        return new UserStress(name, spxMovePct, vixMovePoints, vixByMap, daysElapsed, spxIvShiftPoints,
                ivShiftsByExpiry, vxCurveShiftPoints, value);
    }
}
