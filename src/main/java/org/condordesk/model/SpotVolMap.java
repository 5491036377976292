package org.condordesk.model;

/**
 * How spot VIX follows SPX along a P&L curve: {@code ln VIX} changes by {@code −kDown·r} on a fall and
 * {@code −kUp·r} on a rise, r the SPX log move in percent ({@code 100·ln(S'/S)}), times {@code scale}
 * (0–1.5, correlation slippage), floored at {@code vixFloor}. {@code stickyVol} switches the map off.
 */
public record SpotVolMap(double kDown, double kUp, double scale, double vixFloor, boolean stickyVol) {

    public SpotVolMap {
        Check.between("kDown", kDown, 0, 1);
        Check.between("kUp", kUp, 0, 1);
        Check.between("scale", scale, 0, 1.5);
        Check.between("vixFloor", vixFloor, 1, 100);
    }

    /** Measured on daily SPX and VIX closes 2010–2026 (docs/model.md, SpotVolCalibrationTest): 5.6 % and 3.8 %. */
    public static SpotVolMap defaults() {
        return new SpotVolMap(0.056, 0.038, 1.0, 9.0, false);
    }

    /** The scale actually applied: zero under sticky vol. */
    public double effectiveScale() {
        return stickyVol ? 0 : scale;
    }

    /** Spot VIX after an SPX log move of {@code spxLogMovePct} percent ({@code 100·ln(S'/S)}) from a VIX of {@code vix}. */
    public double vixAfter(double vix, double spxLogMovePct) {
        double k = spxLogMovePct < 0 ? kDown : kUp;
        double moved = vix * Math.exp(-k * spxLogMovePct * effectiveScale());
        return Math.max(moved, Math.min(vix, vixFloor));
    }

    public SpotVolMap withKDown(double value) {
        return new SpotVolMap(value, kUp, scale, vixFloor, stickyVol);
    }

    public SpotVolMap withKUp(double value) {
        return new SpotVolMap(kDown, value, scale, vixFloor, stickyVol);
    }

    public SpotVolMap withScale(double value) {
        return new SpotVolMap(kDown, kUp, value, vixFloor, stickyVol);
    }

    public SpotVolMap withVixFloor(double value) {
        return new SpotVolMap(kDown, kUp, scale, value, stickyVol);
    }

    public SpotVolMap withStickyVol(boolean value) {
        return new SpotVolMap(kDown, kUp, scale, vixFloor, value);
    }
}
