package org.condordesk.capital;

import java.util.ArrayList;
import java.util.List;

import org.condordesk.model.Fill;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.Quote;
import org.condordesk.model.Scenario;
import org.condordesk.model.VixFuture;
import org.condordesk.risk.PositionValuation;
import org.condordesk.risk.WholeContracts;

/**
 * A live layer answers a hedge size in trades (docs/capital.md §5): its multiplier is always 1 (its legs are real
 * contracts), so a candidate size {@code m} means holding {@code q_i·m} contracts of each leg, reached by buying or
 * selling the difference now. The figures after the trades are those of the layer with one more fill per traded
 * leg at the valuation time, at mid (the model price where a leg has no quote): the same holdings a plan at size
 * {@code m} values, so a live book and its plan get the same stress, margin and vega figures. The cost is the
 * premium paid or received (none for a future, whose fill only sets the level its variation margin runs from).
 */
final class LiveHedgeTrades {

    private LiveHedgeTrades() {
    }

    /** The trades from the contracts {@code layerIndex} holds now to its whole {@code size}, and their cost. */
    static HedgeSolution.Trades of(Scenario scenario, PositionValuation.Dated today, int layerIndex, double size) {
        Layer layer = scenario.layers().get(layerIndex);
        List<Integer> target = WholeContracts.contracts(layer, size);
        List<HedgeSolution.Trade> trades = new ArrayList<>();
        double costAtMid = 0;
        double costAtBidAsk = 0;
        boolean everyQuoted = true;
        for (int j = 0; j < target.size(); j++) {
            Leg leg = layer.legs().get(j);
            int change = target.get(j) - leg.quantity();
            if (change == 0) {
                continue;
            }
            double multiplier = leg.instrument().multiplier();
            double mid = price(scenario, today, layerIndex, j);
            double side = leg.quote().map(q -> change > 0 ? q.ask() : q.bid()).orElse(Double.NaN);
            everyQuoted &= leg.quote().isPresent();
            trades.add(new HedgeSolution.Trade(j, leg.instrument().label(), change > 0 ? "buy" : "sell",
                    Math.abs(change), mid, leg.quote().isPresent() ? "mid" : "model", side));
            // Cost in $ paid (negative: received): contracts × price per unit × multiplier. A future is not paid
            // for (it is marked to market daily): trading it costs only the distance of the fill from mid.
            double premium = leg.instrument() instanceof VixFuture ? 0 : mid;
            costAtMid += change * premium * multiplier;
            costAtBidAsk += change * ((Double.isNaN(side) ? mid : side) - mid + premium) * multiplier;
        }
        return new HedgeSolution.Trades(trades, costAtMid, costAtBidAsk, everyQuoted);
    }

    /** The live layer after {@code trades}: one fill per traded leg at the valuation time at the trade's price. */
    static Layer traded(Scenario scenario, int layerIndex, HedgeSolution.Trades trades) {
        Layer layer = scenario.layers().get(layerIndex);
        List<Leg> legs = new ArrayList<>(layer.legs());
        for (HedgeSolution.Trade trade : trades.trades()) {
            Leg leg = legs.get(trade.legIndex());
            List<Fill> fills = new ArrayList<>(leg.fills());
            fills.add(Fill.of(scenario.valuationTime(), trade.signedContracts(), trade.price()));
            legs.set(trade.legIndex(), leg.withFills(fills));
        }
        return layer.withLegs(legs);
    }

    /** The price a trade is counted at: the quote's mid, else the engine's price now (SPX and VIX held). */
    private static double price(Scenario scenario, PositionValuation.Dated today, int layerIndex, int legIndex) {
        Leg leg = scenario.layers().get(layerIndex).legs().get(legIndex);
        if (leg.quote().isPresent()) {
            Quote quote = leg.quote().get();
            return (quote.bid() + quote.ask()) / 2;
        }
        return Math.max(0, today.unitPrice(layerIndex, legIndex, scenario.market().spxSpot(),
                scenario.market().vixSpot()));
    }
}
