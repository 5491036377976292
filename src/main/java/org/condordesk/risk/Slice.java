package org.condordesk.risk;

import java.util.Arrays;

import org.condordesk.market.MarketState;
import org.condordesk.market.SpxSmile;
import org.condordesk.market.Tenor;
import org.condordesk.market.VarianceClock;
import org.condordesk.market.VixFuturesCurve;
import org.condordesk.market.VolFactor;
import org.condordesk.model.InstrumentKind;
import org.condordesk.model.OptionRight;
import org.condordesk.model.VolResponse;
import org.condordesk.pricing.Black;
import org.condordesk.pricing.Black76;
import org.condordesk.pricing.Bsm;
import org.condordesk.pricing.PricingDomain;
import org.condordesk.pricing.OptionGreeks;

/**
 * The position fixed at one date: everything that depends on time alone is computed once (remaining
 * tenors, variance time, rolled-down futures, vol-factor slopes), so valuing at many SPX levels and VIX levels
 * costs one option price per option leg (docs/model.md §6).
 */
final class Slice {

    /** Floor on a shocked implied vol (decimal): a large VIX fall never makes a vol negative. */
    static final double MIN_VOL = 0.005;
    /** Floor on a shocked VIX future (points): the model's futures never reach zero. */
    static final double MIN_FUTURE_POINTS = 0.5;

    private final PositionModel position;
    private final double rate;
    private final double yield;
    private final double vixAtValuation;
    final double elapsedDays;
    private final double[] calendarYears;
    private final double[] daysLeft;
    /** SPX legs: the leg's vol rolled along today's ATM term structure to the remaining tenor. */
    private final double[] baseVol;
    /** SPX legs: dσ/dVIX under the scenario's response and under the other one (decimal vol per VIX point). */
    private final double[] volSlope;
    private final double[] otherVolSlope;
    /** VIX legs and ETFs: b(τ), points of their future per VIX point. */
    private final double[] beta;
    /** VIX futures and options: the future rolled down the curve. ETFs: price after roll decay. */
    private final double[] basePrice;
    /** ETFs: the constant-maturity future level. */
    private final double[] cmFuture;
    /** Options: the discount applied to the underlying (e^(−qτ) for SPX, e^(−rτ) for VIX) and to the strike. */
    private final double[] underlyingDiscount;
    private final double[] discountedStrike;
    /** Options: √(variance years) and √(variance years / calendar years), 1 on the calendar clock. */
    private final double[] sqrtVarianceYears;
    private final double[] clockVolScale;

    Slice(PositionModel position, double elapsedDays) {
        this.position = position;
        MarketState market = position.market;
        this.rate = market.rate();
        this.yield = market.dividendYield();
        this.vixAtValuation = market.vixSpot();
        this.elapsedDays = elapsedDays;
        int n = position.legCount;
        calendarYears = new double[n];
        daysLeft = new double[n];
        baseVol = new double[n];
        volSlope = new double[n];
        otherVolSlope = new double[n];
        beta = new double[n];
        basePrice = new double[n];
        cmFuture = new double[n];
        underlyingDiscount = new double[n];
        discountedStrike = new double[n];
        sqrtVarianceYears = new double[n];
        clockVolScale = new double[n];
        for (int i = 0; i < n; i++) {
            prepare(i, market);
        }
    }

    private void prepare(int i, MarketState market) {
        double days = position.expiryDays[i] - elapsedDays;
        daysLeft[i] = days;
        calendarYears[i] = days / Tenor.DAYS_PER_YEAR;
        if (days > 0 && position.right[i] != null) {
            double rateDiscount = Math.exp(-rate * calendarYears[i]);
            // BSM on SPX (yield q), Black-76 on a VIX future (the future discounted), BSM on an ETF (no yield).
            underlyingDiscount[i] = switch (position.kind[i]) {
                case SPX_OPTION -> Math.exp(-yield * calendarYears[i]);
                case VIX_ETF_OPTION -> 1;
                default -> rateDiscount;
            };
            discountedStrike[i] = position.strike[i] * rateDiscount;
            VarianceClock clock = market.varianceClock();
            double varianceYears = clock.years(elapsedDays, position.expiryDays[i]);
            sqrtVarianceYears[i] = Math.sqrt(varianceYears);
            clockVolScale[i] = Math.sqrt(varianceYears / calendarYears[i]);
        }
        VolFactor volFactor = market.volFactor();
        VixFuturesCurve curve = market.futures();
        switch (position.kind[i]) {
            case SPX_OPTION -> {
                SpxSmile smile = market.smile();
                double roll = elapsedDays == 0 || days <= 0 ? 0
                        : smile.atmVol(days) - smile.atmVol(position.expiryDays[i]);
                baseVol[i] = position.vol[i] + roll;
                VolResponse response = volFactor.response();
                volSlope[i] = volFactor.volPerVixPoint(response, baseVol[i], days);
                otherVolSlope[i] = volFactor.volPerVixPoint(response.other(), baseVol[i], days);
            }
            case VIX_FUTURE, VIX_OPTION -> {
                basePrice[i] = curve.priceAt(days);
                beta[i] = volFactor.futuresBeta(days);
            }
            case VIX_ETF -> {
                prepareEtf(i, curve, volFactor);
                daysLeft[i] = position.etfTargetDays[i];
                calendarYears[i] = position.etfTargetDays[i] / Tenor.DAYS_PER_YEAR;
            }
            case VIX_ETF_OPTION -> prepareEtf(i, curve, volFactor);
        }
    }

    /** The ETF's constant-maturity future, its price after this slice's roll decay, and the future's beta. */
    private void prepareEtf(int i, VixFuturesCurve curve, VolFactor volFactor) {
        double target = position.etfTargetDays[i];
        cmFuture[i] = curve.priceAt(target);
        double dailyReturn = position.leverage[i] * curve.rollDownPerDay(target) / cmFuture[i];
        basePrice[i] = position.etfPrice[i] * Math.pow(Math.max(1 + dailyReturn, 0), elapsedDays);
        beta[i] = volFactor.futuresBeta(target);
    }

    /** True when the leg settles at or before this slice's time (its value is its settlement value). */
    boolean expired(int leg) {
        return daysLeft[leg] <= 0;
    }

    double daysLeft(int leg) {
        return daysLeft[leg];
    }

    /** SPX option leg: its implied vol at spot VIX {@code vix}, floored at {@link #MIN_VOL}, capped at the pricers' maximum. */
    double spxVol(int leg, double vix) {
        return spxVol(leg, vix, volSlope);
    }

    private double spxVol(int leg, double vix, double[] slope) {
        // Capped at the pricers' domain: a VIX shock through a large time weight could ask for more than 1000 %.
        return Math.min(Math.max(baseVol[leg] + slope[leg] * (vix - vixAtValuation), MIN_VOL), PricingDomain.MAX_VOL);
    }

    /** VIX future / option leg: its future at spot VIX {@code vix}; spot VIX itself once it settles. */
    double vixFuture(int leg, double vix) {
        if (expired(leg)) {
            return vix;
        }
        return Math.max(basePrice[leg] + beta[leg] * (vix - vixAtValuation), MIN_FUTURE_POINTS);
    }

    /** ETF leg: the factor {@code 1 + L·b(c)·ΔVIX/F_c} its price is multiplied by at spot VIX {@code vix}. */
    private double etfMove(int leg, double vix) {
        return 1 + position.leverage[leg] * beta[leg] * (vix - vixAtValuation) / cmFuture[leg];
    }

    /** ETF or ETF-option leg: the ETF's price per share at spot VIX {@code vix}, floored at 0. */
    double etfPrice(int leg, double vix) {
        return Math.max(basePrice[leg] * etfMove(leg, vix), 0);
    }

    /**
     * Value per unit (points) of one leg at SPX level {@code spx} and spot VIX {@code vix}. A leg that settled
     * before the analysis time keeps its frozen value; one settling by this slice's time settles at the level given.
     */
    double unitValue(int leg, double spx, double vix) {
        if (position.settledBefore[leg]) {
            return position.frozenValue[leg];
        }
        OptionRight right = position.right[leg];
        return switch (position.kind[leg]) {
            case SPX_OPTION -> expired(leg) ? intrinsic(right, spx, position.strike[leg])
                    : Black.price(right, spx * underlyingDiscount[leg], discountedStrike[leg],
                            spxVol(leg, vix) * sqrtVarianceYears[leg]);
            case VIX_FUTURE -> vixFuture(leg, vix);
            case VIX_OPTION -> expired(leg) ? intrinsic(right, vix, position.strike[leg])
                    : Black.price(right, vixFuture(leg, vix) * underlyingDiscount[leg], discountedStrike[leg],
                            position.vol[leg] * sqrtVarianceYears[leg]);
            case VIX_ETF -> etfPrice(leg, vix);
            case VIX_ETF_OPTION -> expired(leg) ? intrinsic(right, etfPrice(leg, vix), position.strike[leg])
                    : Black.price(right, etfPrice(leg, vix), discountedStrike[leg],
                            position.vol[leg] * sqrtVarianceYears[leg]);
        };
    }

    /** Strikes of the SPX options that settle by this slice's time at the shocked level: the expiry payoff's kinks. */
    double[] settlingStrikes() {
        double[] strikes = new double[position.legCount];
        int n = 0;
        for (int i = 0; i < position.legCount; i++) {
            if (position.kind[i] == InstrumentKind.SPX_OPTION && expired(i) && !position.settledBefore[i]
                    && position.weight(i) != 0) {
                strikes[n++] = position.strike[i];
            }
        }
        return Arrays.copyOf(strikes, n);
    }

    static double intrinsic(OptionRight right, double underlying, double strike) {
        return Math.max(right.sign() * (underlying - strike), 0);
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
        return (position.kind[leg] == InstrumentKind.VIX_FUTURE ? unit - position.entry[leg] : unit) * weight;
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
        double weight = position.unitWeight[leg];
        double unitValue = unitValue(leg, spx, vix);
        double pnl = (unitValue - position.entry[leg]) * weight + position.constantPnl(leg);
        boolean future = position.kind[leg] == InstrumentKind.VIX_FUTURE;
        double value = future ? (unitValue - position.entry[leg]) * weight : unitValue * weight;
        if (position.settledBefore[leg] || (expired(leg) && position.kind[leg] != InstrumentKind.VIX_ETF)) {
            return legRisk(leg, settledLevel(leg, spx, vix), 0, unitValue, 0, Greeks.settled(value, pnl));
        }
        double theta = (nextDay.unitValue(leg, spx, vix) - unitValue) * weight;
        return switch (position.kind[leg]) {
            case SPX_OPTION -> spxRisk(leg, spx, vix, unitValue, pnl, theta);
            case VIX_FUTURE -> {
                double level = vixFuture(leg, vix);
                double vixVega = level > MIN_FUTURE_POINTS ? beta[leg] * weight : 0;
                yield legRisk(leg, level, 0, unitValue, weight, Greeks.vixFuture(pnl, level * weight, theta, vixVega));
            }
            case VIX_OPTION -> vixOptionRisk(leg, vix, unitValue, pnl, theta);
            case VIX_ETF -> etfRisk(leg, vix, unitValue, pnl, theta);
            case VIX_ETF_OPTION -> etfOptionRisk(leg, vix, unitValue, pnl, theta);
        };
    }

    /** The level a settled leg shows: the one it settled at (held path) or settles at in this slice. */
    private double settledLevel(int leg, double spx, double vix) {
        MarketState market = position.market;
        boolean before = position.settledBefore[leg];
        return switch (position.kind[leg]) {
            case SPX_OPTION -> before ? market.spxSpot() : spx;
            case VIX_ETF_OPTION -> before ? position.etfPrice[leg] : etfPrice(leg, vix);
            default -> before ? market.vixSpot() : vix;
        };
    }

    /**
     * Options on ETF shares: BSM on the ETF price with the option's own vol; its VIX vega is BSM delta times the
     * ETF's {@code dP/dVIX = P_n·L·b(c)/F_c} (docs/model.md §16), zero where the ETF's floor binds.
     */
    private LegRisk etfOptionRisk(int leg, double vix, double unitValue, double pnl, double theta) {
        double weight = position.unitWeight[leg];
        double share = etfPrice(leg, vix);
        double etfPerCmPoint = share > 0 ? basePrice[leg] * position.leverage[leg] / cmFuture[leg] : 0;
        OptionGreeks g = Bsm.greeks(position.right[leg], Math.max(share, 1e-12), position.strike[leg],
                calendarYears[leg], rate, 0, position.vol[leg] * clockVolScale[leg]);
        double deltaPerCmPoint = g.delta() * etfPerCmPoint * weight;
        Greeks greeks = Greeks.vixOption(unitValue * weight, pnl, theta,
                g.vegaPerVolPoint() * clockVolScale[leg] * weight, deltaPerCmPoint * beta[leg], g.rhoPerPoint() * weight);
        return legRisk(leg, share, position.vol[leg], unitValue, deltaPerCmPoint, greeks);
    }

    private LegRisk spxRisk(int leg, double spx, double vix, double unitValue, double pnl, double theta) {
        double weight = position.unitWeight[leg];
        double vol = spxVol(leg, vix);
        OptionGreeks g = Bsm.greeks(position.right[leg], spx, position.strike[leg], calendarYears[leg], rate, yield,
                vol * clockVolScale[leg]);
        // Vega per point of the leg's own (calendar-quoted) vol: the clock scales σ, so ∂V/∂σ gains that scale.
        double vega = g.vegaPerVolPoint() * clockVolScale[leg] * weight;
        double slope = vol > MIN_VOL ? volSlope[leg] : 0;
        Greeks greeks = Greeks.spxOption(unitValue * weight, pnl, g.delta() * weight, g.gamma() * weight, theta, vega,
                vega * 100 * slope, g.rhoPerPoint() * weight);
        return legRisk(leg, spx, vol, unitValue, 0, greeks);
    }

    private LegRisk vixOptionRisk(int leg, double vix, double unitValue, double pnl, double theta) {
        double weight = position.unitWeight[leg];
        double future = vixFuture(leg, vix);
        OptionGreeks g = Black76.greeks(position.right[leg], future, position.strike[leg], calendarYears[leg], rate,
                position.vol[leg] * clockVolScale[leg]);
        double deltaDollars = g.delta() * weight;
        double vixVega = future > MIN_FUTURE_POINTS ? deltaDollars * beta[leg] : 0;
        Greeks greeks = Greeks.vixOption(unitValue * weight, pnl, theta,
                g.vegaPerVolPoint() * clockVolScale[leg] * weight, vixVega, g.rhoPerPoint() * weight);
        return legRisk(leg, future, position.vol[leg], unitValue, deltaDollars, greeks);
    }

    /** ETF shares: the derivatives of {@code P = max(P_n·(1 + L·b·ΔVIX/F_c), 0)}, zero where the floor binds. */
    private LegRisk etfRisk(int leg, double vix, double unitValue, double pnl, double theta) {
        double weight = position.unitWeight[leg];
        double deltaPerCmPoint = unitValue > 0 ? basePrice[leg] * position.leverage[leg] / cmFuture[leg] : 0;
        double cmLevel = cmFuture[leg] + beta[leg] * (vix - vixAtValuation);
        Greeks greeks = Greeks.vixEtf(unitValue * weight, pnl, theta, deltaPerCmPoint * beta[leg] * weight);
        return legRisk(leg, cmLevel, 0, unitValue, deltaPerCmPoint * weight, greeks);
    }

    /**
     * The leg's VIX vega (unit size) under the other vol response: SPX options re-weighted by the other
     * response's slope (vega taken at the vol that response gives under a VIX shift); VIX legs unchanged.
     */
    double vixVegaUnderOtherResponse(int leg, LegRisk unit, double spx, double vix) {
        if (position.kind[leg] != InstrumentKind.SPX_OPTION) {
            return unit.greeks().vixVega();
        }
        if (unit.settledBefore() || expired(leg)) {
            return 0;
        }
        double vol = spxVol(leg, vix, otherVolSlope);
        if (vol <= MIN_VOL) {
            return 0;
        }
        double vega = vix == vixAtValuation ? unit.greeks().spxVega()
                : Bsm.greeks(position.right[leg], spx, position.strike[leg], calendarYears[leg], rate, yield,
                        vol * clockVolScale[leg]).vegaPerVolPoint() * clockVolScale[leg] * position.unitWeight[leg];
        return vega * 100 * otherVolSlope[leg];
    }

    private LegRisk legRisk(int leg, double level, double vol, double unitValue, double vixDelta, Greeks greeks) {
        return new LegRisk(position.layerOf[leg], position.legIndexOf[leg], position.legs[leg], underlying(leg), level,
                vol, Math.max(daysLeft[leg], 0), unitValue, vixDelta, position.settledBefore[leg], greeks,
                position.realized[leg]);
    }

    private String underlying(int leg) {
        return switch (position.kind[leg]) {
            case SPX_OPTION -> "SPX";
            case VIX_FUTURE, VIX_OPTION -> "VX " + position.legs[leg].instrument().expiryDate().orElseThrow();
            case VIX_ETF -> "VX CM" + (int) position.etfTargetDays[leg] + "d";
            case VIX_ETF_OPTION -> ((org.condordesk.model.VixEtfOption) position.legs[leg].instrument()).underlying().symbol();
        };
    }
}
