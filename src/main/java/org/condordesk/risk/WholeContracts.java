package org.condordesk.risk;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.condordesk.model.FuturesProduct;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VixFuture;

/**
 * Whole-contract sizing of a layer (docs/model.md §17), the one place that turns a size multiplier into
 * contracts (the hedge solve, the capital optimisers and the trade lifecycle all use it). A layer's size
 * {@code m} holds {@code q_i·m} contracts of each open leg i; whole sizes keep the structure's ratios, so they
 * are the multiples of {@code step = 1/gcd(|q_i|)}: a 1-lot VX layer steps by 1 contract, a 10×10 call spread
 * by one spread (0.1). Where the layer holds standard VX futures, mini VXM futures (a tenth of a VX, same
 * settlement) added to the lower whole size come closer to neutral.
 */
public final class WholeContracts {

    /** A product of a size and a quantity within this of a whole number is whole (float noise of the products). */
    static final double WHOLE_TOLERANCE = 1e-9;

    private WholeContracts() {
    }

    /** The step between whole sizes: {@code 1/gcd(|q_i|)} over the open legs, 1 for a layer without any. */
    public static double step(Layer layer) {
        int gcd = 0;
        for (Leg leg : layer.legs()) {
            gcd = gcd(gcd, Math.abs(leg.quantity()));
        }
        return gcd == 0 ? 1 : 1.0 / gcd;
    }

    /** True when {@code size} gives every leg a whole number of contracts. */
    public static boolean isWhole(Layer layer, double size) {
        for (Leg leg : layer.legs()) {
            double contracts = leg.quantity() * size;
            if (Math.abs(contracts - Math.rint(contracts)) > WHOLE_TOLERANCE * Math.max(1, Math.abs(contracts))) {
                return false;
            }
        }
        return true;
    }

    /** Contracts of each leg (scenario order) at a whole {@code size}; a fractional size is refused. */
    public static List<Integer> contracts(Layer layer, double size) {
        if (!isWhole(layer, size)) {
            throw new ValidationException("sizeMultiplier", "×" + size + " is not a whole number of contracts of '"
                    + layer.name() + "' (its whole sizes step by " + step(layer) + ")");
        }
        List<Integer> contracts = new ArrayList<>();
        for (Leg leg : layer.legs()) {
            contracts.add((int) Math.rint(leg.quantity() * size));
        }
        return contracts;
    }

    /** The whole sizes around {@code size}: the largest at or below it (at least 0) and the next one up. */
    public static double[] bracket(Layer layer, double size) {
        double step = step(layer);
        double steps = Math.floor(size / step + WHOLE_TOLERANCE);
        double lower = Math.max(steps, 0) * step;
        return new double[] {lower, lower + step};
    }

    /**
     * The layer as real contracts at a whole {@code size}: every leg's quantity multiplied, size 1 (a plan
     * leg's entry is kept; a leg that would hold none is dropped). A live layer is resized by trading instead.
     */
    public static Layer atSize(Layer layer, double size) {
        if (layer.isLive()) {
            throw new ValidationException("sizeMultiplier", "'" + layer.name() + "' is live: resize it by trading");
        }
        List<Integer> contracts = contracts(layer, size);
        List<Leg> legs = new ArrayList<>();
        for (int i = 0; i < contracts.size(); i++) {
            if (contracts.get(i) != 0) {
                legs.add(layer.legs().get(i).withQuantity(contracts.get(i)));
            }
        }
        return layer.withLegs(legs).withSize(1);
    }

    /**
     * The plan layer at {@code choice}: {@link #atSize} plus its minis as a VXM leg at {@code miniEntryPrice}
     * (merged into a VXM leg of that expiry the layer already holds).
     */
    public static Layer apply(Layer layer, WholeContractSize choice, double miniEntryPrice) {
        Layer sized = atSize(layer, choice.size());
        if (!choice.mixesMinis()) {
            return sized;
        }
        VixFuture mini = VixFuture.mini(choice.miniExpiry().orElseThrow());
        List<Leg> legs = new ArrayList<>(sized.legs());
        for (int i = 0; i < legs.size(); i++) {
            if (legs.get(i).instrument().equals(mini)) {
                int total = legs.get(i).quantity() + choice.minis();
                if (total == 0) {
                    legs.remove(i);
                } else {
                    legs.set(i, legs.get(i).withQuantity(total));
                }
                return sized.withLegs(legs);
            }
        }
        legs.add(Leg.linear(mini, choice.minis(), miniEntryPrice));
        return sized.withLegs(legs);
    }

    /**
     * The two whole sizes around the neutral size {@code neutralSize} with the position's net VIX vega at each,
     * and, where the layer holds a standard VX future, the lower one with the VXM minis that bring it closest to
     * neutral. {@code netVixVega} is the position's net now, {@code layerVixVega} the layer's share of it,
     * {@code unitVixVega} the layer's VIX vega at size 1 and {@code unitLegVixVega} each leg's at size 1.
     */
    public static List<WholeContractSize> around(Layer layer, double neutralSize, double netVixVega,
                                                 double layerVixVega, double unitVixVega, double[] unitLegVixVega) {
        if (!Double.isFinite(neutralSize) || neutralSize < 0 || neutralSize > Layer.MAX_SIZE_MULTIPLIER) {
            return List.of();
        }
        double others = netVixVega - layerVixVega;
        List<WholeContractSize> sizes = new ArrayList<>();
        double[] bracket = bracket(layer, neutralSize);
        for (double size : bracket) {
            sizes.add(new WholeContractSize(size, contracts(layer, size), 0, Optional.empty(), others + unitVixVega * size));
        }
        mini(layer, bracket[0], others + unitVixVega * bracket[0], unitLegVixVega).ifPresent(sizes::add);
        return sizes;
    }

    /** The lower size plus the VXM count (a tenth of the first VX leg's vega per contract each) nearest neutral. */
    private static Optional<WholeContractSize> mini(Layer layer, double lower, double netAtLower, double[] unitLegVixVega) {
        for (int i = 0; i < layer.legs().size(); i++) {
            Leg leg = layer.legs().get(i);
            if (leg.quantity() != 0 && leg.instrument() instanceof VixFuture future
                    && future.product() == FuturesProduct.VX && unitLegVixVega[i] != 0) {
                double vegaPerMini = unitLegVixVega[i] / leg.quantity()
                        * FuturesProduct.VXM.multiplier() / FuturesProduct.VX.multiplier();
                long minis = Math.round(-netAtLower / vegaPerMini);
                if (minis == 0 || Math.abs(minis) > Leg.MAX_QUANTITY) {
                    return Optional.empty();
                }
                LocalDate expiry = future.expiry();
                return Optional.of(new WholeContractSize(lower, contracts(layer, lower), (int) minis, Optional.of(expiry),
                        netAtLower + minis * vegaPerMini));
            }
        }
        return Optional.empty();
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
