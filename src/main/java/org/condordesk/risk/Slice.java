package org.condordesk.risk;

import java.util.Arrays;

/**
 * The position fixed at one date: one {@link InstrumentPricer} per leg computes once what depends on time alone
 * (remaining tenors, variance time, rolled-down futures, vol-factor slopes), so valuing at many SPX levels and VIX
 * levels costs one option price per option leg (docs/model.md §6).
 */
final class Slice {

    private final PositionModel position;
    final double elapsedDays;
    private final InstrumentPricer[] pricers;

    Slice(PositionModel position, double elapsedDays) {
        this.position = position;
        this.elapsedDays = elapsedDays;
        pricers = new InstrumentPricer[position.legCount];
        for (int i = 0; i < pricers.length; i++) {
            pricers[i] = InstrumentPricer.of(position.legs[i].instrument(), position.vol[i], position.market,
                    position.expiryDays[i], elapsedDays);
        }
    }

    /**
     * Value per unit (points) of one leg at SPX level {@code spx} and spot VIX {@code vix}. A leg that settled
     * before the analysis time keeps its frozen value; one settling by this slice's time settles at the level given.
     */
    double unitValue(int leg, double spx, double vix) {
        if (position.settledBefore[leg]) {
            return position.frozenValue[leg];
        }
        return pricers[leg].price(spx, vix);
    }

    /** Strikes of the SPX options that settle by this slice's time at the shocked level: the expiry payoff's kinks. */
    double[] settlingStrikes() {
        double[] strikes = new double[position.legCount];
        int n = 0;
        for (int i = 0; i < position.legCount; i++) {
            double kink = pricers[i].spxKink();
            if (!Double.isNaN(kink) && pricers[i].expired() && !position.settledBefore[i] && position.weight(i) != 0) {
                strikes[n++] = kink;
            }
        }
        return Arrays.copyOf(strikes, n);
    }

    /** P&L in dollars of the whole position (closed lots' realised P&L included: a constant). */
    double pnl(double spx, double vix) {
        double total = position.constantPnl;
        for (int i = 0; i < position.legCount; i++) {
            double weight = position.weight(i);
            if (weight != 0) {
                total += (unitValue(i, spx, vix) - position.entry[i]) * weight;
            }
        }
        return total;
    }

    /** Value in dollars of the whole position: premiums, futures' variation margin, ETF shares at price. */
    double value(double spx, double vix) {
        double total = 0;
        for (int i = 0; i < position.legCount; i++) {
            total += legValue(i, spx, vix);
        }
        return total;
    }

    /** Value in dollars of one leg in the position (0 when its layer weighs 0). */
    private double legValue(int leg, double spx, double vix) {
        double weight = position.weight(leg);
        if (weight == 0) {
            return 0;
        }
        double unit = unitValue(leg, spx, vix);
        return (pricers[leg].variationMargined() ? unit - position.entry[leg] : unit) * weight;
    }

    int legCount() {
        return position.legCount;
    }

    /** Value in dollars of each leg, written into {@code out} (one slot per leg). */
    void legValues(double spx, double vix, double[] out) {
        for (int i = 0; i < position.legCount; i++) {
            out[i] = legValue(i, spx, vix);
        }
    }

    int layerCount() {
        return position.layers.size();
    }

    /** P&L in dollars of each layer, written into {@code out} (one slot per layer). */
    void layerPnl(double spx, double vix, double[] out) {
        System.arraycopy(position.layerConstantPnl, 0, out, 0, out.length);
        for (int i = 0; i < position.legCount; i++) {
            double weight = position.weight(i);
            if (weight != 0) {
                out[position.layerOf[i]] += (unitValue(i, spx, vix) - position.entry[i]) * weight;
            }
        }
    }

    /**
     * One leg's value and dollar greeks at layer size 1 (quantity × multiplier, whether or not the layer is
     * enabled) at SPX {@code spx} and spot VIX {@code vix}; every figure is linear in the layer's size. Theta is
     * the change of value to {@code nextDay}, the slice one day later (a leg settling sooner settles there at
     * the same SPX and VIX): the decay over min(1 day, time left).
     */
    LegRisk unitRisk(int leg, double spx, double vix, Slice nextDay) {
        InstrumentPricer pricer = pricers[leg];
        double weight = position.unitWeight[leg];
        double unitValue = unitValue(leg, spx, vix);
        double pnl = (unitValue - position.entry[leg]) * weight + position.constantPnl(leg);
        double value = pricer.variationMargined() ? (unitValue - position.entry[leg]) * weight : unitValue * weight;
        boolean before = position.settledBefore[leg];
        // An ETF never expires (its days left are its target tenor).
        if (before || pricer.expired()) {
            return legRisk(leg, pricer.settledLevel(spx, vix, before), 0, unitValue, 0, Greeks.settled(value, pnl));
        }
        double theta = (nextDay.unitValue(leg, spx, vix) - unitValue) * weight;
        InstrumentPricer.PricedGreeks priced = pricer.greeks(spx, vix, unitValue, weight, pnl, theta);
        // A future's value is the variation margin of its open lots; its P&L adds what closed lots realised
        // (issue 25 §5: the value must not count the realised part twice).
        Greeks greeks = pricer.variationMargined() ? priced.greeks().withValue(value) : priced.greeks();
        return legRisk(leg, priced.level(), priced.vol(), unitValue, priced.vixDelta(), greeks);
    }

    /**
     * The leg's VIX vega (unit size) under the other vol response: SPX options re-weighted by the other
     * response's slope (vega taken at the vol that response gives under a VIX shift); VIX legs unchanged.
     */
    double vixVegaUnderOtherResponse(int leg, LegRisk unit, double spx, double vix) {
        return pricers[leg].vixVegaUnderOtherResponse(unit.greeks(), spx, vix, position.unitWeight[leg],
                unit.settledBefore());
    }

    private LegRisk legRisk(int leg, double level, double vol, double unitValue, double vixDelta, Greeks greeks) {
        return new LegRisk(position.layerOf[leg], position.legIndexOf[leg], position.legs[leg],
                pricers[leg].underlyingLabel(), level, vol, Math.max(pricers[leg].daysLeft(), 0), unitValue, vixDelta,
                position.settledBefore[leg], greeks, position.realized[leg]);
    }
}
