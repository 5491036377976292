package org.condordesk.trade;

import java.time.LocalDateTime;
import java.util.Optional;

import org.condordesk.market.ChainQuotes;
import org.condordesk.market.MarketState;
import org.condordesk.model.Check;
import org.condordesk.model.Leg;
import org.condordesk.model.Quote;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.risk.PositionValuation;

/**
 * Prices fills of a scenario's legs: the quote (mid or the executable side) or the engine's model price at the
 * fill's time. While a chain is loaded, "mid" and "bid/ask" take its quote for the contract first (said with the
 * quote's time in the notes); a contract the chain lacks and that carries no quote of its own is priced at the model
 * and said so (SPX and VIX held, futures rolled down the curve; a time before the valuation time prices at it).
 */
final class Prices {

    private final Scenario scenario;
    private final MarketState market;
    private final ChainQuotes chain;

    Prices(Scenario scenario) {
        this(scenario, ChainQuotes.none());
    }

    /** Prices that take a loaded chain's quote for a contract first (issue 31 §2). */
    Prices(Scenario scenario, ChainQuotes chain) {
        this.scenario = scenario;
        this.market = MarketState.of(scenario);
        this.chain = chain;
    }

    ChainQuotes chain() {
        return chain;
    }

    /** The note of a leg a loaded chain does not quote. */
    static final String NO_CHAIN_QUOTE = "model (no quote in the chain)";

    /**
     * A price, where it came from, and, when it is not what was asked for or comes from a chain, a note for the
     * trader ({@code note} is empty otherwise).
     */
    record Priced(double price, String note, PriceSource source) {
    }

    /** The price of {@code quantity} (signed: + buys) of leg {@code legIndex} of layer {@code layerIndex} at {@code time}. */
    Priced of(int layerIndex, int legIndex, int quantity, TradePrice source, LocalDateTime time) {
        Leg leg = scenario.layers().get(layerIndex).legs().get(legIndex);
        String label = leg.instrument().label();
        if (source.kind() == TradePrice.Kind.MID || source.kind() == TradePrice.Kind.BID_ASK) {
            Optional<ChainQuotes.Quoted> quoted = chain.find(leg.instrument());
            if (quoted.isPresent()) {
                Quote quote = quoted.get().quote();
                double price = source.kind() == TradePrice.Kind.MID ? quoted.get().mid()
                        : quantity > 0 ? quote.ask() : quote.bid();
                return new Priced(price, label + ": " + quoted.get().describe(), PriceSource.chain(quoted.get().time()));
            }
            if (chain.isLoaded() && leg.quote().isEmpty()) {
                return new Priced(model(layerIndex, legIndex, time), label + ": " + NO_CHAIN_QUOTE, PriceSource.MODEL);
            }
        }
        return switch (source.kind()) {
            case TYPED -> new Priced(source.typed(), "", PriceSource.TYPED);
            case MODEL -> new Priced(model(layerIndex, legIndex, time), "", PriceSource.MODEL);
            case MID -> leg.quote().isPresent() ? new Priced(mid(leg.quote().get()), "", PriceSource.QUOTE)
                    : new Priced(model(layerIndex, legIndex, time), label + ": at model (no bid/ask)", PriceSource.MODEL);
            case BID_ASK -> {
                Quote quote = leg.quote().orElseThrow(() -> new ValidationException("price", label
                        + " has no bid/ask: trade it at mid, at model or at a typed price"));
                yield new Priced(quantity > 0 ? quote.ask() : quote.bid(), "", PriceSource.QUOTE);
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
