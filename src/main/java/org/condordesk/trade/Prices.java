package org.condordesk.trade;

import java.time.LocalDateTime;

import org.condordesk.market.MarketState;
import org.condordesk.model.Check;
import org.condordesk.model.Leg;
import org.condordesk.model.Quote;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.risk.PositionValuation;

/**
 * Prices fills of a scenario's legs: the quote (mid or the executable side) or the engine's model price at the
 * fill's time (SPX and VIX held, futures rolled down the curve; a time before the valuation time prices at it).
 */
final class Prices {

    private final Scenario scenario;
    private final MarketState market;

    Prices(Scenario scenario) {
        this.scenario = scenario;
        this.market = MarketState.of(scenario);
    }

    /** A price and, when it is not what was asked for, why (a note for the trader); {@code note} is empty otherwise. */
    record Priced(double price, String note) {
    }

    /** The price of {@code quantity} (signed: + buys) of leg {@code legIndex} of layer {@code layerIndex} at {@code time}. */
    Priced of(int layerIndex, int legIndex, int quantity, TradePrice source, LocalDateTime time) {
        Leg leg = scenario.layers().get(layerIndex).legs().get(legIndex);
        String label = leg.instrument().label();
        return switch (source.kind()) {
            case TYPED -> new Priced(source.typed(), "");
            case MODEL -> new Priced(model(layerIndex, legIndex, time), "");
            case MID -> leg.quote().isPresent() ? new Priced(mid(leg.quote().get()), "")
                    : new Priced(model(layerIndex, legIndex, time), label + ": at model (no bid/ask)");
            case BID_ASK -> {
                Quote quote = leg.quote().orElseThrow(() -> new ValidationException("price", label
                        + " has no bid/ask: trade it at mid, at model or at a typed price"));
                yield new Priced(quantity > 0 ? quote.ask() : quote.bid(), "");
            }
        };
    }

    /** The engine's price per unit at {@code time}, spot and VIX held. */
    double model(int layerIndex, int legIndex, LocalDateTime time) {
        double days = Math.max(0, market.daysTo(time.atZone(org.condordesk.model.Instrument.NEW_YORK)));
        double price = PositionValuation.of(scenario, market, days).on(days)
                .unitPrice(layerIndex, legIndex, market.spxSpot(), market.vixSpot());
        return Check.nonNegative("price", price);
    }

    static double mid(Quote quote) {
        return (quote.bid() + quote.ask()) / 2;
    }
}
