package org.condordesk.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A named group of legs with a role, an enabled flag and a size multiplier that scales every leg's
 * quantity (the hedge-tuning slider moves it). A disabled layer is shown but valued at zero.
 */
public record Layer(String name, LayerRole role, boolean enabled, double sizeMultiplier, List<Leg> legs) {

    public static final int MAX_LEGS = 64;
    public static final int MAX_NAME_CHARS = 80;
    public static final double MAX_SIZE_MULTIPLIER = 1000;

    public Layer {
        Check.name("name", name, MAX_NAME_CHARS);
        Check.present("role", role);
        Check.between("sizeMultiplier", sizeMultiplier, 0, MAX_SIZE_MULTIPLIER);
        legs = Check.list("legs", legs, MAX_LEGS);
    }

    public static Layer of(String name, LayerRole role, List<Leg> legs) {
        return new Layer(name, role, true, 1.0, legs);
    }

    /** The weight this layer's legs carry in the position: 0 when disabled, else the size multiplier. */
    public double weight() {
        return enabled ? sizeMultiplier : 0;
    }

    /** {@code name} cut to {@link #MAX_NAME_CHARS} characters (never inside a surrogate pair). */
    public static String shortened(String name) {
        return name.codePointCount(0, name.length()) <= MAX_NAME_CHARS ? name
                : name.substring(0, name.offsetByCodePoints(0, MAX_NAME_CHARS));
    }

    public Layer withName(String newName) {
        return new Layer(newName, role, enabled, sizeMultiplier, legs);
    }

    public Layer withRole(LayerRole newRole) {
        return new Layer(name, newRole, enabled, sizeMultiplier, legs);
    }

    public Layer withEnabled(boolean newEnabled) {
        return new Layer(name, role, newEnabled, sizeMultiplier, legs);
    }

    public Layer withSize(double newSizeMultiplier) {
        return new Layer(name, role, enabled, newSizeMultiplier, legs);
    }

    public Layer withLegs(List<Leg> newLegs) {
        return new Layer(name, role, enabled, sizeMultiplier, newLegs);
    }

    public Layer withLeg(int index, Leg leg) {
        List<Leg> copy = new ArrayList<>(legs);
        copy.set(index, leg);
        return withLegs(copy);
    }

    public Layer plusLeg(Leg leg) {
        List<Leg> copy = new ArrayList<>(legs);
        copy.add(leg);
        return withLegs(copy);
    }

    public Layer minusLeg(int index) {
        List<Leg> copy = new ArrayList<>(legs);
        copy.remove(index);
        return withLegs(copy);
    }
}
