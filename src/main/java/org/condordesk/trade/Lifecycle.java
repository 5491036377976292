package org.condordesk.trade;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.condordesk.model.Check;
import org.condordesk.model.Fill;
import org.condordesk.model.Instrument;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.PositionStatus;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.risk.WholeContracts;

/**
 * A plan becomes a live position, a live position gains a layer, legs that have settled are closed at their
 * settlement value. Pure functions on immutable scenarios (docs/model.md §15).
 */
public final class Lifecycle {

    private Lifecycle() {
    }

    /**
     * The plan as a live position traded at {@code time}: every layer at a whole size becomes its contracts (size
     * 1) and every leg one opening fill at its entry price, no fees. A fractional size is refused: pick whole
     * contracts first.
     */
    public static Scenario markLive(Scenario plan, LocalDateTime time) {
        if (plan.isLive()) {
            throw new ValidationException("status", "the scenario is already live");
        }
        Check.present("time", time);
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < plan.layers().size(); i++) {
            Layer layer = plan.layers().get(i);
            if (!WholeContracts.isWhole(layer, layer.sizeMultiplier())) {
                throw new ValidationException("layers[" + i + "].sizeMultiplier", "'" + layer.name() + "' is at a what-if "
                        + "size of ×" + Check.format(layer.sizeMultiplier()) + ": pick whole contracts before marking "
                        + "it live (its whole sizes step by " + Check.format(WholeContracts.step(layer)) + ")");
            }
            layers.add(liveLayer(WholeContracts.atSize(layer, layer.sizeMultiplier()), time));
        }
        return plan.withLayers(List.of()).withStatus(PositionStatus.LIVE).withLayers(layers);
    }

    private static Layer liveLayer(Layer layer, LocalDateTime time) {
        List<Leg> legs = new ArrayList<>();
        for (Leg leg : layer.legs()) {
            legs.add(Leg.live(leg.instrument(), List.of(Fill.of(time, leg.quantity(), leg.entryPrice())),
                    leg.impliedVol(), leg.quote()));
        }
        return layer.withLegs(legs);
    }

    /**
     * Adds {@code layer} (a plan layer, as the add-layer dialog builds it) to a live position: its legs are opened
     * at {@code time}, each priced by {@code price} (a typed price is refused: there are several legs).
     */
    public static TradeResult openLayer(Scenario live, Layer layer, TradePrice price, LocalDateTime time) {
        requireLive(live);
        if (price.kind() == TradePrice.Kind.TYPED && layer.legs().size() > 1) {
            throw new ValidationException("price", "a typed price opens one leg at a time");
        }
        Layer sized = WholeContracts.atSize(layer, layer.sizeMultiplier());
        // Price the legs as plan legs of a plan copy first: the engine prices what is not yet held.
        Scenario probe = live.withLayers(List.of()).withStatus(PositionStatus.PLAN).plusLayer(sized);
        Prices prices = new Prices(probe);
        Ticket ticket = new Ticket(live.plusLayer(sized.withLegs(List.of())));
        int index = live.layers().size();
        for (int j = 0; j < sized.legs().size(); j++) {
            Leg leg = sized.legs().get(j);
            Prices.Priced priced = prices.of(0, j, leg.quantity(), price, time);
            ticket.note(priced.note());
            ticket.open(index, leg, Fill.of(time, leg.quantity(), priced.price()), priced.source());
        }
        return ticket.result();
    }

    /**
     * Opens {@code legs} (plan legs: instrument, quantity, vol) at the end of layer {@code layerIndex} of a live
     * position, each priced by {@code price} (mid falls back to model for a leg without a quote, said in the notes).
     */
    public static TradeResult openLegs(Scenario live, int layerIndex, List<Leg> legs, TradePrice price,
                                       LocalDateTime time) {
        requireLive(live);
        layer(live, layerIndex);
        if (price.kind() == TradePrice.Kind.TYPED && legs.size() > 1) {
            throw new ValidationException("price", "a typed price opens one leg at a time");
        }
        Ticket ticket = new Ticket(live);
        Rolling.open(ticket, live, layerIndex, legs, price, time, org.condordesk.market.ChainQuotes.none());
        return ticket.result();
    }

    /**
     * Every open leg that settled at or before {@code time} closed at its settlement value (SPX options at their
     * intrinsic value on the scenario's SPX, VIX futures and options at spot VIX, ETF options at the ETF's price):
     * the held path of docs/model.md §6. A backtest calls it when it moves a live position past an expiry.
     */
    public static TradeResult settleExpired(Scenario live, LocalDateTime time) {
        requireLive(live);
        ZonedDateTime now = time.atZone(Instrument.NEW_YORK);
        Ticket ticket = new Ticket(live);
        Prices prices = new Prices(live);
        for (int i = 0; i < live.layers().size(); i++) {
            List<Leg> legs = live.layers().get(i).legs();
            for (int j = 0; j < legs.size(); j++) {
                Leg leg = legs.get(j);
                Optional<ZonedDateTime> expiry = leg.instrument().expiryTime();
                if (leg.quantity() != 0 && expiry.isPresent() && !expiry.get().isAfter(now)) {
                    double value = prices.model(i, j, expiry.get().toLocalDateTime().plusSeconds(1));
                    ticket.fill(i, j, Fill.of(latest(time, leg), -leg.quantity(), value), PriceSource.SETTLEMENT);
                }
            }
        }
        return ticket.result();
    }

    /** A fill at {@code time}, or just after the leg's last fill when that is later (fills stay in time order). */
    static LocalDateTime latest(LocalDateTime time, Leg leg) {
        LocalDateTime last = leg.fills().isEmpty() ? time : leg.fills().get(leg.fills().size() - 1).time();
        return last.isAfter(time) ? last : time;
    }

    static void requireLive(Scenario scenario) {
        if (!scenario.isLive()) {
            throw new ValidationException("status", "the scenario is a plan: mark it live first (its legs need fills)");
        }
    }

    static Layer layer(Scenario scenario, int layerIndex) {
        if (layerIndex < 0 || layerIndex >= scenario.layers().size()) {
            throw new ValidationException("layer", "there is no layer " + (layerIndex + 1) + " (the scenario has "
                    + scenario.layers().size() + ")");
        }
        return scenario.layers().get(layerIndex);
    }
}
