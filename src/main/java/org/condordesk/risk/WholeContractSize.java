package org.condordesk.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A whole-contract size of a layer ({@link WholeContracts}): the size multiplier {@code size} on the layer's
 * grid, the contracts each of its legs then holds (scenario order, closed legs 0), any mini VIX futures
 * (VXM, signed) added on {@code miniExpiry} to come closer to neutral, and the position's net VIX vega at
 * that size ($ per VIX point): {@code net − layerNow + unitVega·size + minis·vegaPerMini}.
 */
public record WholeContractSize(double size, List<Integer> legContracts, int minis, Optional<LocalDate> miniExpiry,
                                double netVixVega) {

    public WholeContractSize {
        legContracts = List.copyOf(legContracts);
        if (minis != 0 && miniExpiry.isEmpty()) {
            throw new IllegalArgumentException("minis need their expiry");
        }
    }

    /** True when the size adds mini futures to the layer's own structure. */
    public boolean mixesMinis() {
        return minis != 0;
    }
}
