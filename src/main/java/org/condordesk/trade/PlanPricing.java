package org.condordesk.trade;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.condordesk.market.ChainQuotes;
import org.condordesk.model.Check;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.Quote;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;

/**
 * Entries of a plan are what the trade would cost now (docs/model.md §15): an edited leg, or every leg on
 * "Reset entries to market", is re-priced at the loaded chain's mid for its contract (issue 31 §2), else at its
 * quote's mid when it has one, else at the model price, so the plan shows no P&L it could not have. A live position's entries come from its fills and are never re-priced.
 */
public final class PlanPricing {

    private PlanPricing() {
    }

    /** A re-priced plan and what was done, in the trader's words. */
    public record Repriced(Scenario scenario, String message) {
    }

    /** Leg {@code legIndex} of layer {@code layerIndex} at its mid (quote) or model price. */
    public static Repriced repriceLeg(Scenario plan, int layerIndex, int legIndex) {
        return repriceLeg(plan, layerIndex, legIndex, ChainQuotes.none());
    }

    /**
     * Leg {@code legIndex} of layer {@code layerIndex} at the loaded chain's mid for its contract (issue 31 §2), else
     * its own quote's mid, else the model price, and which in the message.
     */
    public static Repriced repriceLeg(Scenario plan, int layerIndex, int legIndex, ChainQuotes chain) {
        requirePlan(plan);
        Leg leg = plan.layers().get(layerIndex).legs().get(legIndex);
        Entry entry = entry(new Prices(plan, chain), plan, layerIndex, legIndex);
        Scenario repriced = plan.withLayer(layerIndex, plan.layers().get(layerIndex).withLeg(legIndex,
                entry.apply(leg)));
        return new Repriced(repriced, leg.instrument().label() + ": entry re-priced " + entry.how() + " "
                + Check.format(Math.round(entry.price() * 100) / 100.0));
    }

    /** Every leg at its mid or model price: "Reset entries to market". */
    public static Repriced resetEntries(Scenario plan) {
        return resetEntries(plan, ChainQuotes.none());
    }

    /** "Reset entries to market" with a loaded chain: every leg at the chain's mid where it quotes the contract. */
    public static Repriced resetEntries(Scenario plan, ChainQuotes chain) {
        requirePlan(plan);
        Prices prices = new Prices(plan, chain);
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < plan.layers().size(); i++) {
            Layer layer = plan.layers().get(i);
            List<Leg> legs = new ArrayList<>();
            for (int j = 0; j < layer.legs().size(); j++) {
                Entry entry = entry(prices, plan, i, j);
                counts.merge(entry.how(), 1, Integer::sum);
                legs.add(entry.apply(layer.legs().get(j)));
            }
            layers.add(layer.withLegs(legs));
        }
        if (!chain.isLoaded()) {
            return new Repriced(plan.withLayers(layers), "Entries reset to market: " + counts.getOrDefault("at mid", 0)
                    + " at mid, " + counts.getOrDefault("at model", 0) + " at model");
        }
        StringBuilder message = new StringBuilder("Entries reset to market:");
        counts.forEach((how, n) -> message.append(' ').append(n).append(' ').append(how).append(';'));
        return new Repriced(plan.withLayers(layers), message.substring(0, message.length() - 1));
    }

    /** An entry price and how it was found: {@code from chain, quoted 15:45}, {@code at mid} or {@code at model}. */
    private record Entry(double price, String how, Optional<Quote> chainQuote) {

        /** The leg at this entry; a chain-priced leg also takes the chain's bid/ask (its spread, its next close). */
        Leg apply(Leg leg) {
            Leg priced = leg.withEntryPrice(price);
            return chainQuote.map(priced::withQuote).orElse(priced);
        }
    }

    private static Entry entry(Prices prices, Scenario plan, int layerIndex, int legIndex) {
        Leg leg = plan.layers().get(layerIndex).legs().get(legIndex);
        Optional<ChainQuotes.Quoted> quoted = prices.chain().find(leg.instrument());
        if (quoted.isPresent()) {
            return new Entry(quoted.get().mid(), quoted.get().describe(), Optional.of(quoted.get().quote()));
        }
        if (leg.quote().isPresent()) {
            return new Entry(Prices.mid(leg.quote().get()), "at mid", Optional.empty());
        }
        double model = prices.model(layerIndex, legIndex, plan.valuationTime());
        return new Entry(model, prices.chain().isLoaded() ? Prices.NO_CHAIN_QUOTE : "at model", Optional.empty());
    }

    private static void requirePlan(Scenario scenario) {
        if (scenario.isLive()) {
            throw new ValidationException("status", "a live position's entries come from its fills and are never "
                    + "re-priced");
        }
    }
}
