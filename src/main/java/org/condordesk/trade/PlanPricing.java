package org.condordesk.trade;

import java.util.ArrayList;
import java.util.List;

import org.condordesk.model.Check;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;

/**
 * Entries of a plan are what the trade would cost now (docs/model.md §15): an edited leg, or every leg on
 * "Reset entries to market", is re-priced at its quote's mid when it has one, else at the model price, so the
 * plan shows no P&L it could not have. A live position's entries come from its fills and are never re-priced.
 */
public final class PlanPricing {

    private PlanPricing() {
    }

    /** A re-priced plan and what was done, in the trader's words. */
    public record Repriced(Scenario scenario, String message) {
    }

    /** Leg {@code legIndex} of layer {@code layerIndex} at its mid (quote) or model price. */
    public static Repriced repriceLeg(Scenario plan, int layerIndex, int legIndex) {
        requirePlan(plan);
        Prices prices = new Prices(plan);
        Leg leg = plan.layers().get(layerIndex).legs().get(legIndex);
        boolean quoted = leg.quote().isPresent();
        double price = quoted ? Prices.mid(leg.quote().get()) : prices.model(layerIndex, legIndex, plan.valuationTime());
        Scenario repriced = plan.withLayer(layerIndex, plan.layers().get(layerIndex).withLeg(legIndex, leg.withEntryPrice(price)));
        return new Repriced(repriced, leg.instrument().label() + ": entry re-priced " + (quoted ? "at mid " : "at model ")
                + Check.format(Math.round(price * 100) / 100.0));
    }

    /** Every leg at its mid or model price: "Reset entries to market". */
    public static Repriced resetEntries(Scenario plan) {
        requirePlan(plan);
        Prices prices = new Prices(plan);
        int quoted = 0;
        int modelled = 0;
        List<Layer> layers = new ArrayList<>();
        for (int i = 0; i < plan.layers().size(); i++) {
            Layer layer = plan.layers().get(i);
            List<Leg> legs = new ArrayList<>();
            for (int j = 0; j < layer.legs().size(); j++) {
                Leg leg = layer.legs().get(j);
                if (leg.quote().isPresent()) {
                    quoted++;
                    legs.add(leg.withEntryPrice(Prices.mid(leg.quote().get())));
                } else {
                    modelled++;
                    legs.add(leg.withEntryPrice(prices.model(i, j, plan.valuationTime())));
                }
            }
            layers.add(layer.withLegs(legs));
        }
        return new Repriced(plan.withLayers(layers), "Entries reset to market: " + quoted + " at mid, " + modelled
                + " at model");
    }

    private static void requirePlan(Scenario scenario) {
        if (scenario.isLive()) {
            throw new ValidationException("status", "a live position's entries come from its fills and are never "
                    + "re-priced");
        }
    }
}
