package org.condordesk.trade;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.condordesk.market.ChainQuotes;
import org.condordesk.model.Check;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.model.SpxOption;
import org.condordesk.model.ValidationException;

/**
 * Adjusts a live condor as one trade (docs/model.md §15): a wing (the vertical of one right: its short leg and the
 * long leg beyond it) closed and re-opened at a new short strike with the same width, its cash in the result.
 */
public final class Adjusting {

    private Adjusting() {
    }

    /**
     * Moves the {@code side} wing of layer {@code layerIndex} so that its short strike is {@code newShortStrike}
     * (its long leg the same width beyond), at {@code price} at {@code time}; a typed price is refused (two legs
     * close and two open).
     */
    public static TradeResult moveWing(Scenario live, int layerIndex, OptionRight side, double newShortStrike,
                                       TradePrice price, LocalDateTime time) {
        return moveWing(live, layerIndex, side, newShortStrike, price, time, ChainQuotes.none());
    }

    /** As {@link #moveWing}, "mid" and "bid/ask" from {@code chain}'s quotes where it has the contract. */
    public static TradeResult moveWing(Scenario live, int layerIndex, OptionRight side, double newShortStrike,
                                       TradePrice price, LocalDateTime time, ChainQuotes chain) {
        Lifecycle.requireLive(live);
        Layer layer = Lifecycle.layer(live, layerIndex);
        Check.positive("newShortStrike", newShortStrike);
        if (price.kind() == TradePrice.Kind.TYPED) {
            throw new ValidationException("price", "a wing moves at mid, bid/ask or model, not at one typed price");
        }
        int shortIndex = wingLeg(layer, side, true).orElseThrow(() -> new ValidationException("layer", "'"
                + layer.name() + "' has no open short " + side.name().toLowerCase() + " to move"));
        Leg shortLeg = layer.legs().get(shortIndex);
        double shortStrike = shortLeg.instrument().optionStrike().getAsDouble();
        int longIndex = wingLeg(layer, side, false).filter(j -> beyond(layer.legs().get(j), side, shortStrike))
                .orElseThrow(() -> new ValidationException("layer", "'" + layer.name() + "' has no open long "
                        + side.name().toLowerCase() + " beyond the short " + Check.format(shortStrike)));
        Leg longLeg = layer.legs().get(longIndex);
        double width = longLeg.instrument().optionStrike().getAsDouble() - shortStrike;
        if (newShortStrike + width <= 0) {
            throw new ValidationException("newShortStrike", "the long wing would sit at a strike <= 0");
        }
        org.condordesk.market.MarketState market = org.condordesk.market.MarketState.of(live);
        RollStrikes strikes = new RollStrikes(market, market.daysTo(time.atZone(org.condordesk.model.Instrument.NEW_YORK)));
        List<Leg> opened = new ArrayList<>();
        opened.add(moved(strikes, shortLeg, newShortStrike));
        opened.add(moved(strikes, longLeg, newShortStrike + width));
        Ticket ticket = new Ticket(live);
        Prices prices = new Prices(live, chain);
        Closing.closeLeg(ticket, prices, layerIndex, shortIndex, price, time);
        Closing.closeLeg(ticket, prices, layerIndex, longIndex, price, time);
        Rolling.open(ticket, live, layerIndex, opened, price, time, chain);
        return ticket.result();
    }

    /** The open SPX leg of {@code side} nearest the money among the shorts (or the longs). */
    private static Optional<Integer> wingLeg(Layer layer, OptionRight side, boolean isShort) {
        Integer best = null;
        for (int j = 0; j < layer.legs().size(); j++) {
            Leg leg = layer.legs().get(j);
            if (leg.quantity() != 0 && (leg.quantity() < 0) == isShort && leg.instrument() instanceof SpxOption option
                    && option.right() == side && (best == null || nearer(option, layer.legs().get(best), side))) {
                best = j;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Nearer the money: the higher put, the lower call (for longs: the wing nearest its short). */
    private static boolean nearer(SpxOption option, Leg current, OptionRight side) {
        boolean higher = option.strike() > current.instrument().optionStrike().getAsDouble();
        return (side == OptionRight.PUT) == higher;
    }

    private static boolean beyond(Leg leg, OptionRight side, double shortStrike) {
        double strike = leg.instrument().optionStrike().getAsDouble();
        return side == OptionRight.PUT ? strike < shortStrike : strike > shortStrike;
    }

    /** A plan copy of {@code leg} at {@code strike}, its vol moved along the smile (priced at model or mid). */
    private static Leg moved(RollStrikes strikes, Leg leg, double strike) {
        SpxOption option = ((SpxOption) leg.instrument()).withStrike(strike);
        return new Leg(option, leg.quantity(), 0, java.util.OptionalDouble.of(strikes.newLegVol(leg, option)), Optional.empty());
    }
}
