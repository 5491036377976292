package org.condordesk.capital;

import org.condordesk.model.Layer;
import org.condordesk.model.Leg;

/**
 * Whole-contract sizing of a layer, in one place so the trade lifecycle's sizing (issue 17) can replace it: a size
 * multiplier is a whole number of contracts on every leg when it is a multiple of {@code 1/g}, g the greatest common
 * divisor of the legs' quantities (a ±40 diagonal moves in steps of 1/40, a 2-lot future in steps of 1/2).
 */
public final class WholeContracts {

    private WholeContracts() {
    }

    /** The smallest size step that keeps every leg whole: 1/gcd(|quantities|); 1 for a layer without legs. */
    public static double sizeStep(Layer layer) {
        long divisor = 0;
        for (Leg leg : layer.legs()) {
            divisor = gcd(divisor, Math.abs((long) leg.quantity()));
        }
        return divisor == 0 ? 1 : 1.0 / divisor;
    }

    /** The number of steps ({@link #sizeStep}) nearest to {@code size}. */
    public static long steps(Layer layer, double size) {
        return Math.round(size / sizeStep(layer));
    }

    /** {@code size} rounded to the nearest whole-contract size. */
    public static double round(Layer layer, double size) {
        return steps(layer, size) * sizeStep(layer);
    }

    /** Contracts of the layer's first leg at {@code size} (the unit a trader counts a one-leg hedge in). */
    public static double firstLegContracts(Layer layer, double size) {
        return layer.legs().isEmpty() ? 0 : Math.abs(layer.legs().get(0).quantity()) * size;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
