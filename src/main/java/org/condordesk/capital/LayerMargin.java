package org.condordesk.capital;

import java.util.List;

/**
 * The margin of one layer at its size (0 when disabled): the Reg-T {@code requirement} ($), the {@code capital} ($)
 * committed at the open (requirement + long premiums − short proceeds applied; for a condor its width less the credit)
 * and the {@code collateral} ($) posted beyond the premiums, released when the layer closes (capital = collateral +
 * premiums paid − premiums received). {@code lines} lists the structures the rules found.
 */
public record LayerMargin(int layerIndex, String layerName, double requirement, double capital, double collateral,
                          List<MarginLine> lines) {

    public LayerMargin {
        lines = List.copyOf(lines);
    }
}
