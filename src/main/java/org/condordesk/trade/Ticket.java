package org.condordesk.trade;

import java.util.ArrayList;
import java.util.List;

import org.condordesk.model.FifoLedger;
import org.condordesk.model.Fill;
import org.condordesk.model.InstrumentKind;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;

/**
 * Builds one trade on a scenario fill by fill, keeping its cash and realised P&L (docs/model.md §15): an option or
 * ETF fill moves {@code −quantity × price × multiplier} in premium, a futures fill only the variation margin of
 * the lots it closes; fees are always paid. Legs keep their place; a new leg goes to the end of its layer.
 */
final class Ticket {

    private Scenario scenario;
    private double cash;
    private double realized;
    private final List<TradeFill> fills = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Ticket(Scenario scenario) {
        this.scenario = scenario;
    }

    Scenario scenario() {
        return scenario;
    }

    void note(String note) {
        if (!note.isEmpty() && !notes.contains(note)) {
            notes.add(note);
        }
    }

    /** Adds {@code fill} to leg {@code legIndex} of layer {@code layerIndex}, priced from {@code source}. */
    void fill(int layerIndex, int legIndex, Fill fill, PriceSource source) {
        Layer layer = scenario.layers().get(layerIndex);
        Leg before = layer.legs().get(legIndex);
        List<Fill> all = new ArrayList<>(before.fills());
        all.add(fill);
        Leg after = at(layerIndex, legIndex, () -> before.withFills(all));
        replace(layerIndex, legIndex, after);
        account(before, after, fill);
        fills.add(new TradeFill(layerIndex, legIndex, before.instrument().label(), fill, source));
    }

    /** Opens a new leg (a plan leg: instrument, vol, quote) with {@code fill} at the end of layer {@code layerIndex}, priced from {@code source}. */
    int open(int layerIndex, Leg template, Fill fill, PriceSource source) {
        Layer layer = scenario.layers().get(layerIndex);
        int legIndex = layer.legs().size();
        Leg leg = at(layerIndex, legIndex, () -> Leg.live(template.instrument(), List.of(fill), template.impliedVol(),
                template.quote()));
        Layer grown = at(layerIndex, -1, () -> layer.plusLeg(leg));
        scenario = scenario.withLayer(layerIndex, grown);
        cash += premium(leg, fill);
        fills.add(new TradeFill(layerIndex, legIndex, leg.instrument().label(), fill, source));
        return legIndex;
    }

    void replace(int layerIndex, int legIndex, Leg leg) {
        Layer layer = scenario.layers().get(layerIndex);
        scenario = at(layerIndex, legIndex, () -> scenario.withLayer(layerIndex, layer.withLeg(legIndex, leg)));
    }

    void replaceLayer(int layerIndex, Layer layer) {
        scenario = at(layerIndex, -1, () -> scenario.withLayer(layerIndex, layer));
    }

    private void account(Leg before, Leg after, Fill fill) {
        FifoLedger was = before.ledger();
        FifoLedger now = after.ledger();
        realized += now.realizedPnl() - was.realizedPnl();
        cash += premium(after, fill);
        if (after.instrument().kind() == InstrumentKind.VIX_FUTURE) {
            // A future's cash is the variation margin its closed lots realise (gross of fees; the fee is above).
            double multiplier = after.instrument().multiplier();
            for (FifoLedger.ClosedLot lot : now.closedLots().subList(was.closedLots().size(), now.closedLots().size())) {
                cash += (lot.closePrice() - lot.openPrice()) * lot.quantity() * multiplier;
            }
        }
    }

    /** Premium cash of a fill ($): {@code −q·p·multiplier − fees}; a future exchanges no premium, only the fees. */
    private static double premium(Leg leg, Fill fill) {
        if (leg.instrument().kind() == InstrumentKind.VIX_FUTURE) {
            return -fill.fees();
        }
        return -fill.quantity() * fill.price() * leg.instrument().multiplier() - fill.fees();
    }

    /** Runs a model change, naming the layer and leg (their JSON path) in any refusal. */
    private static <T> T at(int layerIndex, int legIndex, java.util.function.Supplier<T> change) {
        try {
            return change.get();
        } catch (ValidationException e) {
            throw e.under("layers[" + layerIndex + "]" + (legIndex >= 0 ? ".legs[" + legIndex + "]" : ""));
        }
    }

    TradeResult result() {
        return new TradeResult(scenario, cash, realized, fills, notes);
    }
}
