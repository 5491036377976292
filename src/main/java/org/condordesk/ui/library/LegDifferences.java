package org.condordesk.ui.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.condordesk.model.Instrument;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;

/**
 * What changed in the legs between two versions, in words a trader reads at a glance: per layer (matched by
 * name), a leg whose contract is in both with another quantity ("7350 PUT 2026-12-09: qty -10 → -12"), a leg
 * moved to another strike or expiry (one removed and one added of the same kind and right), and legs added or
 * removed. Entry prices and vols are not listed: the greeks above show what they did.
 */
public final class LegDifferences {

    private LegDifferences() {
    }

    /** One line per difference, "Layer: what", in the layers' order (A's, then layers only in B). */
    public static List<String> between(Scenario a, Scenario b) {
        Map<String, Layer> inA = byName(a);
        Map<String, Layer> inB = byName(b);
        List<String> names = new ArrayList<>(inA.keySet());
        inB.keySet().stream().filter(n -> !inA.containsKey(n)).forEach(names::add);
        List<String> lines = new ArrayList<>();
        for (String name : names) {
            Layer layerA = inA.get(name);
            Layer layerB = inB.get(name);
            if (layerA == null) {
                lines.add(name + ": layer added (" + layerB.legs().size() + " legs)");
            } else if (layerB == null) {
                lines.add(name + ": layer removed");
            } else {
                legs(layerA.legs(), layerB.legs()).forEach(line -> lines.add(name + ": " + line));
            }
        }
        return lines;
    }

    private static List<String> legs(List<Leg> a, List<Leg> b) {
        List<Leg> onlyA = new ArrayList<>();
        List<Leg> onlyB = new ArrayList<>(b);
        List<String> lines = new ArrayList<>();
        for (Leg leg : a) {
            Leg same = onlyB.stream().filter(other -> other.instrument().equals(leg.instrument())).findFirst().orElse(null);
            if (same == null) {
                onlyA.add(leg);
                continue;
            }
            onlyB.remove(same);
            if (same.quantity() != leg.quantity()) {
                lines.add(leg.instrument().label() + ": qty " + signed(leg.quantity()) + " → " + signed(same.quantity()));
            }
        }
        for (Leg removed : new ArrayList<>(onlyA)) {
            Leg moved = onlyB.stream().filter(added -> sameKind(removed.instrument(), added.instrument())).findFirst().orElse(null);
            if (moved != null) {
                onlyA.remove(removed);
                onlyB.remove(moved);
                lines.add(moved(removed, moved));
            }
        }
        onlyA.forEach(leg -> lines.add("removed " + signed(leg.quantity()) + " " + leg.instrument().label()));
        onlyB.forEach(leg -> lines.add("added " + signed(leg.quantity()) + " " + leg.instrument().label()));
        return lines;
    }

    private static boolean sameKind(Instrument a, Instrument b) {
        return a.kind() == b.kind() && Objects.equals(a.optionRight(), b.optionRight());
    }

    /** "PUT strike 7350 → 7300, expiry 2026-12-09 → 2026-12-11, qty -10 → -12", only the parts that changed. */
    private static String moved(Leg from, Leg to) {
        List<String> parts = new ArrayList<>();
        Instrument a = from.instrument();
        Instrument b = to.instrument();
        if (!a.optionStrike().equals(b.optionStrike())) {
            parts.add("strike " + strike(a) + " → " + strike(b));
        }
        if (!a.expiryDate().equals(b.expiryDate())) {
            parts.add("expiry " + a.expiryDate().map(Object::toString).orElse("—") + " → "
                    + b.expiryDate().map(Object::toString).orElse("—"));
        }
        if (from.quantity() != to.quantity()) {
            parts.add("qty " + signed(from.quantity()) + " → " + signed(to.quantity()));
        }
        if (parts.isEmpty()) {
            parts.add("now " + b.label());
        }
        return a.label() + ": " + String.join(", ", parts);
    }

    private static String strike(Instrument instrument) {
        double strike = instrument.optionStrike().orElse(Double.NaN);
        return strike == Math.rint(strike) ? Long.toString(Math.round(strike)) : Double.toString(strike);
    }

    private static String signed(int quantity) {
        return quantity > 0 ? "+" + quantity : Integer.toString(quantity);
    }

    private static Map<String, Layer> byName(Scenario scenario) {
        Map<String, Layer> layers = new LinkedHashMap<>();
        scenario.layers().forEach(layer -> layers.putIfAbsent(layer.name(), layer));
        return layers;
    }
}
