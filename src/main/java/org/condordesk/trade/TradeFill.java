package org.condordesk.trade;

import org.condordesk.model.Fill;

/** A fill a trade added: the layer and leg it went to (0-based, scenario order), the leg's label, the fill. */
public record TradeFill(int layerIndex, int legIndex, String label, Fill fill) {
}
