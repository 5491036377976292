package org.condordesk.trade;

import org.condordesk.model.Fill;

/**
 * A fill a trade added: the layer and leg it went to (0-based, scenario order), the leg's label, the fill, and where
 * its price came from (a chain's quote, the leg's quote, the model …: issue 31 §2).
 */
public record TradeFill(int layerIndex, int legIndex, String label, Fill fill, PriceSource source) {

    public TradeFill {
        org.condordesk.model.Check.present("source", source);
    }
}
