package org.condordesk.trade;

import java.time.LocalDateTime;
import java.util.List;

import org.condordesk.model.Check;
import org.condordesk.model.Fill;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.model.VixFuture;
import org.condordesk.risk.WholeContractSize;
import org.condordesk.risk.WholeContracts;

/**
 * Resizes a live layer by trading, never by scaling old entries: growing it opens new lots at today's price,
 * shrinking it closes the oldest lots first and realises their P&L (docs/model.md §15, §17).
 */
public final class Resizing {

    private Resizing() {
    }

    /**
     * Layer {@code layerIndex} at {@code factor} times its open contracts (a whole size of the layer: 1.5 turns
     * 2 VX into 3, 0.5 into 1), each leg's difference traded at {@code price} at {@code time}.
     */
    public static TradeResult resize(Scenario live, int layerIndex, double factor, TradePrice price, LocalDateTime time) {
        Lifecycle.requireLive(live);
        Layer layer = Lifecycle.layer(live, layerIndex);
        Check.nonNegative("size", factor);
        List<Integer> target = WholeContracts.contracts(layer, factor);
        Ticket ticket = new Ticket(live);
        trade(ticket, new Prices(live), layerIndex, target, price, time);
        return ticket.result();
    }

    /**
     * Layer {@code layerIndex} at a whole-contract size of the hedge solve, its VXM minis included (added to a VXM
     * leg of that expiry, or opened as one).
     */
    public static TradeResult resize(Scenario live, int layerIndex, WholeContractSize choice, TradePrice price,
                                     LocalDateTime time) {
        Lifecycle.requireLive(live);
        Layer layer = Lifecycle.layer(live, layerIndex);
        if (choice.legContracts().size() != layer.legs().size()) {
            throw new ValidationException("size", "the size was solved for another version of '" + layer.name() + "'");
        }
        Ticket ticket = new Ticket(live);
        Prices prices = new Prices(live);
        trade(ticket, prices, layerIndex, choice.legContracts(), price, time);
        if (choice.mixesMinis()) {
            VixFuture mini = VixFuture.mini(choice.miniExpiry().orElseThrow());
            int existing = indexOf(layer, mini);
            if (existing >= 0) {
                Closing.trade(ticket, prices, layerIndex, existing, choice.minis(), price, time);
            } else {
                Scenario probe = live.withLayers(List.of()).withStatus(org.condordesk.model.PositionStatus.PLAN)
                        .plusLayer(Layer.of("VXM", layer.role(), List.of(Leg.linear(mini, choice.minis(), 0))));
                double model = new Prices(probe).model(0, 0, time);
                double fillPrice = price.kind() == TradePrice.Kind.TYPED ? price.typed() : model;
                if (price.kind() == TradePrice.Kind.MID || price.kind() == TradePrice.Kind.BID_ASK) {
                    ticket.note(mini.label() + ": at model (no bid/ask)");
                }
                ticket.open(layerIndex, Leg.linear(mini, choice.minis(), 0), Fill.of(time, choice.minis(), fillPrice),
                        price.kind() == TradePrice.Kind.TYPED ? PriceSource.TYPED : PriceSource.MODEL);
            }
        }
        return ticket.result();
    }

    private static void trade(Ticket ticket, Prices prices, int layerIndex, List<Integer> target, TradePrice price,
                              LocalDateTime time) {
        Layer layer = ticket.scenario().layers().get(layerIndex);
        boolean typedUsed = false;
        for (int j = 0; j < target.size(); j++) {
            int change = target.get(j) - layer.legs().get(j).quantity();
            if (change == 0) {
                continue;
            }
            if (price.kind() == TradePrice.Kind.TYPED && typedUsed) {
                throw new ValidationException("price", "a typed price trades one leg: resize at mid or at model");
            }
            typedUsed = true;
            Closing.trade(ticket, prices, layerIndex, j, change, price, time);
        }
    }

    private static int indexOf(Layer layer, VixFuture mini) {
        for (int j = 0; j < layer.legs().size(); j++) {
            if (layer.legs().get(j).instrument().equals(mini)) {
                return j;
            }
        }
        return -1;
    }
}
