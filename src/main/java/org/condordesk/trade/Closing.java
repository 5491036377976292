package org.condordesk.trade;

import java.time.LocalDateTime;
import java.util.OptionalInt;

import org.condordesk.market.ChainQuotes;
import org.condordesk.model.Fill;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;

/**
 * Closes a live leg, or every open leg of a layer, at a chosen price on a chosen date: one fill of minus its open
 * quantity per leg, matched FIFO, its P&L realised and kept in the position (docs/model.md §15).
 */
public final class Closing {

    private Closing() {
    }

    /**
     * Closes leg {@code legIndex} of layer {@code layerIndex} (0-based; all of the layer's open legs when empty) at
     * {@code price} with fills at {@code time}. A typed price closes one leg; a closed leg has nothing to close.
     * "Mid" and "bid/ask" take {@code chain}'s quotes where it has the contract ({@link ChainQuotes#none()}: none).
     */
    public static TradeResult close(Scenario live, int layerIndex, OptionalInt legIndex, TradePrice price,
                                    LocalDateTime time, ChainQuotes chain) {
        Lifecycle.requireLive(live);
        Layer layer = Lifecycle.layer(live, layerIndex);
        Ticket ticket = new Ticket(live);
        Prices prices = new Prices(live, chain);
        if (legIndex.isPresent()) {
            int j = legIndex.getAsInt();
            if (j < 0 || j >= layer.legs().size()) {
                throw new ValidationException("leg", "layer " + (layerIndex + 1) + " '" + layer.name() + "' has no leg "
                        + (j + 1) + " (it has " + layer.legs().size() + ")");
            }
            if (layer.legs().get(j).quantity() == 0) {
                throw new ValidationException("leg", "leg " + (j + 1) + " of '" + layer.name() + "' is already closed");
            }
            closeLeg(ticket, prices, layerIndex, j, price, time);
            return ticket.result();
        }
        long open = layer.legs().stream().filter(l -> l.quantity() != 0).count();
        if (open == 0) {
            throw new ValidationException("layer", "'" + layer.name() + "' has no open legs");
        }
        if (price.kind() == TradePrice.Kind.TYPED && open > 1) {
            throw new ValidationException("price", "a typed price closes one leg: name the leg, or close the layer "
                    + "at mid or at model");
        }
        for (int j = 0; j < layer.legs().size(); j++) {
            if (layer.legs().get(j).quantity() != 0) {
                closeLeg(ticket, prices, layerIndex, j, price, time);
            }
        }
        return ticket.result();
    }

    /**
     * Closes {@code contracts} (at most the open quantity, counted unsigned) of leg {@code legIndex} of layer
     * {@code layerIndex}: a partial close, the oldest lots first, priced from {@code chain}'s quotes where it has the
     * contract.
     */
    public static TradeResult closePart(Scenario live, int layerIndex, int legIndex, int contracts, TradePrice price,
                                        LocalDateTime time, ChainQuotes chain) {
        Lifecycle.requireLive(live);
        Layer layer = Lifecycle.layer(live, layerIndex);
        if (legIndex < 0 || legIndex >= layer.legs().size()) {
            throw new ValidationException("leg", "layer " + (layerIndex + 1) + " '" + layer.name() + "' has no leg "
                    + (legIndex + 1) + " (it has " + layer.legs().size() + ")");
        }
        int open = layer.legs().get(legIndex).quantity();
        if (contracts <= 0 || contracts > Math.abs(open)) {
            throw new ValidationException("quantity", "closes 1 to " + Math.abs(open) + " contracts of leg "
                    + (legIndex + 1) + ", got " + contracts);
        }
        Ticket ticket = new Ticket(live);
        trade(ticket, new Prices(live, chain), layerIndex, legIndex, -Integer.signum(open) * contracts, price, time);
        return ticket.result();
    }

    static void closeLeg(Ticket ticket, Prices prices, int layerIndex, int legIndex, TradePrice price,
                         LocalDateTime time) {
        Leg leg = ticket.scenario().layers().get(layerIndex).legs().get(legIndex);
        trade(ticket, prices, layerIndex, legIndex, -leg.quantity(), price, time);
    }

    /** Adds a fill of {@code quantity} (signed) to an existing leg, priced by {@code price}. */
    static void trade(Ticket ticket, Prices prices, int layerIndex, int legIndex, int quantity, TradePrice price,
                      LocalDateTime time) {
        Prices.Priced priced = prices.of(layerIndex, legIndex, quantity, price, time);
        ticket.note(priced.note());
        ticket.fill(layerIndex, legIndex, Fill.of(time, quantity, priced.price()), priced.source());
    }
}
