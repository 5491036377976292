package org.condordesk.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A named group of legs with a role, an enabled flag and a size multiplier that scales every leg's
 * quantity (the hedge-tuning slider moves it). A disabled layer is shown but valued at zero. A layer of a
 * live position holds real contracts: its multiplier is 1 (it is resized by trading) and it keeps its closed
 * legs (for their realised P&L) and its roll history.
 */
public record Layer(String name, LayerRole role, boolean enabled, double sizeMultiplier, List<Leg> legs,
                    List<RollRecord> rolls) {

    /** Legs that are not closed: what the engine values and the legs table edits. */
    public static final int MAX_LEGS = 64;
    /** All legs including closed ones (a layer rolled weekly for years keeps every closed leg). */
    public static final int MAX_LEGS_WITH_CLOSED = 1024;
    public static final int MAX_ROLLS = 1000;
    public static final int MAX_NAME_CHARS = Check.SHORT_NAME_CHARS;
    public static final double MAX_SIZE_MULTIPLIER = 1000;

    public Layer {
        Check.name("name", name, MAX_NAME_CHARS);
        Check.present("role", role);
        Check.between("sizeMultiplier", sizeMultiplier, 0, MAX_SIZE_MULTIPLIER);
        legs = Check.list("legs", legs, MAX_LEGS_WITH_CLOSED);
        rolls = Check.list("rolls", rolls, MAX_ROLLS);
        long open = legs.stream().filter(leg -> !leg.isClosed()).count();
        if (open > MAX_LEGS) {
            throw new ValidationException("legs", "has " + open + " open legs, at most " + MAX_LEGS + " allowed");
        }
        if (sizeMultiplier != 1 && legs.stream().anyMatch(Leg::isLive)) {
            throw new ValidationException("sizeMultiplier", "must be 1 for a layer of a live position (its legs are "
                    + "real contracts; resize it by trading), got " + Check.format(sizeMultiplier));
        }
    }

    /** A layer without roll history. */
    public Layer(String name, LayerRole role, boolean enabled, double sizeMultiplier, List<Leg> legs) {
        this(name, role, enabled, sizeMultiplier, legs, List.of());
    }

    public static Layer of(String name, LayerRole role, List<Leg> legs) {
        return new Layer(name, role, true, 1.0, legs);
    }

    /** The weight this layer's legs carry in the position: 0 when disabled, else the size multiplier. */
    public double weight() {
        return enabled ? sizeMultiplier : 0;
    }

    /** True when any leg carries fills. */
    public boolean isLive() {
        return legs.stream().anyMatch(Leg::isLive);
    }

    /** {@code name} cut to {@link #MAX_NAME_CHARS} characters (never inside a surrogate pair). */
    public static String shortened(String name) {
        return name.codePointCount(0, name.length()) <= MAX_NAME_CHARS ? name
                : name.substring(0, name.offsetByCodePoints(0, MAX_NAME_CHARS));
    }

    public Layer withName(String newName) {
        return new Layer(newName, role, enabled, sizeMultiplier, legs, rolls);
    }

    public Layer withRole(LayerRole newRole) {
        return new Layer(name, newRole, enabled, sizeMultiplier, legs, rolls);
    }

    public Layer withEnabled(boolean newEnabled) {
        return new Layer(name, role, newEnabled, sizeMultiplier, legs, rolls);
    }

    public Layer withSize(double newSizeMultiplier) {
        return new Layer(name, role, enabled, newSizeMultiplier, legs, rolls);
    }

    public Layer withLegs(List<Leg> newLegs) {
        return new Layer(name, role, enabled, sizeMultiplier, newLegs, rolls);
    }

    public Layer withRolls(List<RollRecord> newRolls) {
        return new Layer(name, role, enabled, sizeMultiplier, legs, newRolls);
    }

    public Layer plusRoll(RollRecord roll) {
        List<RollRecord> copy = new ArrayList<>(rolls);
        copy.add(roll);
        return withRolls(copy);
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
