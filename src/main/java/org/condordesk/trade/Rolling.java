package org.condordesk.trade;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.condordesk.market.ChainQuotes;
import org.condordesk.market.MarketState;
import org.condordesk.model.Fill;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.PositionStatus;
import org.condordesk.model.RollMode;
import org.condordesk.model.RollRecord;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;

/**
 * Rolls a live layer (docs/model.md §15): its front legs (the open legs of its earliest expiry; every leg of a
 * condor, the near leg of a diagonal) are closed and the same structure opened at a later expiry, strikes by
 * {@link RollMode}; the roll's net cash and realised P&L go into the layer's roll history. One pure function:
 * undo is the scenario before it.
 */
public final class Rolling {

    private Rolling() {
    }

    /** The expiry a roll of {@code layer} moves from: the earliest expiry of its open legs. */
    public static Optional<LocalDate> frontExpiry(Layer layer) {
        return layer.legs().stream().filter(l -> l.quantity() != 0)
                .flatMap(l -> l.instrument().expiryDate().stream()).min(LocalDate::compareTo);
    }

    /**
     * Rolls layer {@code layerIndex} (0-based) to {@code toExpiry} at {@code time}: the old legs closed and the
     * new ones opened at {@code price} (mid and bid/ask fall back to model for the new legs, which have no quote
     * yet, unless a loaded chain quotes them; a typed price is refused: a roll has several prices). With a loaded
     * chain ({@link ChainQuotes#none()} for none), "mid" and "bid/ask" take its quote for each closed and each new
     * contract, the model only where it has none (issue 31 §2).
     */
    public static TradeResult roll(Scenario live, int layerIndex, LocalDate toExpiry, RollMode mode, TradePrice price,
                                   LocalDateTime time, ChainQuotes chain) {
        Lifecycle.requireLive(live);
        Layer layer = Lifecycle.layer(live, layerIndex);
        if (price.kind() == TradePrice.Kind.TYPED) {
            throw new ValidationException("price", "a roll is priced at mid, bid/ask or model, not at one typed price");
        }
        LocalDate from = frontExpiry(layer).orElseThrow(() -> new ValidationException("layer", "'" + layer.name()
                + "' has no open leg that expires: nothing to roll"));
        if (!toExpiry.isAfter(from)) {
            throw new ValidationException("toExpiry", toExpiry + " is not after the expiry rolled from, " + from);
        }
        List<Integer> front = new ArrayList<>();
        List<Leg> rolled = new ArrayList<>();
        for (int j = 0; j < layer.legs().size(); j++) {
            Leg leg = layer.legs().get(j);
            if (leg.quantity() != 0 && leg.instrument().expiryDate().filter(from::equals).isPresent()) {
                front.add(j);
                rolled.add(leg);
            }
        }
        // Strikes and vols at the roll's instant, not at the valuation time (issue 25 §3).
        MarketState market = MarketState.of(live);
        RollStrikes strikes = new RollStrikes(market, market.daysTo(time.atZone(org.condordesk.model.Instrument.NEW_YORK)));
        List<Leg> replacements = new ArrayList<>();
        for (Leg leg : rolled) {
            replacements.add(strikes.replacement(leg, rolled, toExpiry, mode));
        }
        Ticket ticket = new Ticket(live);
        Prices prices = new Prices(live, chain);
        for (int j : front) {
            Closing.closeLeg(ticket, prices, layerIndex, j, price, time);
        }
        open(ticket, live, layerIndex, replacements, price, time, chain);
        TradeResult trade = ticket.result();
        Layer after = trade.scenario().layers().get(layerIndex);
        ticket.replaceLayer(layerIndex, after.plusRoll(new RollRecord(time, from, toExpiry, mode, trade.cash(),
                trade.realizedPnl())));
        return ticket.result();
    }

    /** Opens {@code legs} (plan legs) at the end of the layer, each at its model price (or mid with a quote). */
    static void open(Ticket ticket, Scenario live, int layerIndex, List<Leg> legs, TradePrice price, LocalDateTime time,
                     ChainQuotes chain) {
        Layer probeLayer = Layer.of("new legs", live.layers().get(layerIndex).role(), legs);
        Prices prices = new Prices(live.withLayers(List.of()).withStatus(PositionStatus.PLAN).plusLayer(probeLayer), chain);
        for (int j = 0; j < legs.size(); j++) {
            // a new contract the loaded chain quotes carries its bid/ask from now on (its spread, its next close)
            Leg plain = legs.get(j);
            Leg leg = chain.find(plain.instrument()).map(q -> plain.withQuote(q.quote())).orElse(plain);
            Prices.Priced priced = prices.of(0, j, leg.quantity(), price, time);
            ticket.note(priced.note());
            ticket.open(layerIndex, leg, Fill.of(time, leg.quantity(), priced.price()), priced.source());
        }
    }
}
