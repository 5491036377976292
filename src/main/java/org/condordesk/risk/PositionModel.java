package org.condordesk.risk;

import java.util.ArrayList;
import java.util.List;

import org.condordesk.market.MarketState;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.model.FifoLedger;

/**
 * A scenario flattened into arrays for fast repeated valuation: one entry per leg with its terms, its
 * dollar weight per point and its layer. {@link #at} fixes a date and returns a {@link Slice} that values
 * the whole position at any SPX level and spot VIX. Shocks happen at the analysis time ({@code analysisDays}
 * after the valuation time): a leg that settled before it settled on the held path, at the scenario's spot
 * and VIX, and keeps that value whatever the shock (docs/model.md §6).
 */
final class PositionModel {

    final MarketState market;
    final List<Layer> layers;
    final int legCount;
    final Leg[] legs;
    final int[] layerOf;
    final int[] legIndexOf;
    /** Calendar days from the valuation time to settlement; NaN for an ETF. */
    final double[] expiryDays;
    final double[] vol;
    /** Quantity × multiplier: dollars per point per unit of layer size. */
    final double[] unitWeight;
    final double[] entry;
    /** Each layer's weight: its size multiplier, or 0 when disabled. */
    final double[] layerWeight;
    /** Calendar days from the valuation time to the analysis time, when shocks happen. */
    final double analysisDays;
    /** Legs that settled before the analysis time: their value per unit is frozen in {@link #frozenValue}. */
    final boolean[] settledBefore;
    final double[] frozenValue;
    /** Live legs: P&L ($, unit layer size) of the closed lots, fees deducted (docs/model.md §15). */
    final double[] realized;
    /** Live legs: fees ($) the open lots carry; the unrealised P&L bears them. */
    final double[] openFees;
    /** Realised P&L less open-lot fees of each layer at its weight, and of the position: constants of every curve. */
    final double[] layerConstantPnl;
    final double constantPnl;

    /** A leg settling within this many days of the analysis time settles at it (float noise of the instants). */
    static final double SAME_INSTANT_DAYS = 1e-9;

    PositionModel(Scenario scenario, MarketState market, double analysisDays) {
        this.market = market;
        this.analysisDays = analysisDays;
        this.layers = scenario.layers();
        List<Leg> flat = new ArrayList<>();
        List<int[]> positions = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            List<Leg> layerLegs = layers.get(i).legs();
            for (int j = 0; j < layerLegs.size(); j++) {
                flat.add(layerLegs.get(j));
                positions.add(new int[] {i, j});
            }
        }
        legCount = flat.size();
        legs = flat.toArray(new Leg[0]);
        layerOf = positions.stream().mapToInt(p -> p[0]).toArray();
        legIndexOf = positions.stream().mapToInt(p -> p[1]).toArray();
        expiryDays = new double[legCount];
        vol = new double[legCount];
        unitWeight = new double[legCount];
        entry = new double[legCount];
        settledBefore = new boolean[legCount];
        frozenValue = new double[legCount];
        realized = new double[legCount];
        openFees = new double[legCount];
        for (int i = 0; i < legCount; i++) {
            describe(i, legs[i]);
            settledBefore[i] = expiryDays[i] < analysisDays - SAME_INSTANT_DAYS;
            frozenValue[i] = settledBefore[i] ? settlementValue(i, market.spxSpot(), market.vixSpot()) : Double.NaN;
        }
        layerWeight = layers.stream().mapToDouble(Layer::weight).toArray();
        layerConstantPnl = new double[layers.size()];
        double constant = 0;
        for (int i = 0; i < legCount; i++) {
            double legConstant = (realized[i] - openFees[i]) * layerWeight[layerOf[i]];
            layerConstantPnl[layerOf[i]] += legConstant;
            constant += legConstant;
        }
        constantPnl = constant;
    }

    private void describe(int i, Leg leg) {
        expiryDays[i] = leg.instrument().expiryTime().map(market::daysTo).orElse(Double.NaN);
        vol[i] = leg.impliedVol().orElse(0);
        unitWeight[i] = leg.quantity() * leg.instrument().multiplier();
        entry[i] = leg.entryPrice();
        if (leg.isLive()) {
            FifoLedger ledger = leg.ledger();
            realized[i] = ledger.realizedPnl();
            openFees[i] = ledger.openFees();
        }
    }

    /** The leg's constant P&L at unit layer size: realised less the fees its open lots carry (0 for a plan leg). */
    double constantPnl(int leg) {
        return realized[leg] - openFees[leg];
    }

    /** Value per unit at settlement with SPX at {@code spx} and spot VIX at {@code vix}: its pricer's settlement value. */
    private double settlementValue(int leg, double spx, double vix) {
        return InstrumentPricer.of(legs[leg].instrument(), vol[leg], market, expiryDays[leg], analysisDays)
                .settlementValue(spx, vix);
    }

    /**
     * True when every leg settled before the analysis time or is closed (and there is a leg): the book's P&L is
     * final.
     */
    boolean settled() {
        if (legCount == 0) {
            return false;
        }
        for (int i = 0; i < legCount; i++) {
            if (!settledBefore[i] && !legs[i].isClosed()) {
                return false;
            }
        }
        return true;
    }

    /** Index into the flat arrays of leg {@code legIndex} of layer {@code layerIndex}. */
    int flatIndex(int layerIndex, int legIndex) {
        for (int i = 0; i < legCount; i++) {
            if (layerOf[i] == layerIndex && legIndexOf[i] == legIndex) {
                return i;
            }
        }
        throw new IndexOutOfBoundsException("no leg " + legIndex + " in layer " + layerIndex);
    }

    /** Dollars per point of this leg in the position: quantity × multiplier × layer weight. */
    double weight(int leg) {
        return unitWeight[leg] * layerWeight[layerOf[leg]];
    }

    /** The position at {@code elapsedDays} after the valuation time. */
    Slice at(double elapsedDays) {
        return new Slice(this, elapsedDays);
    }
}
