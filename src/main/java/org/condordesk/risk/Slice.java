package org.condordesk.risk;

import java.util.Arrays;

import org.condordesk.market.MarketState;
import org.condordesk.market.SpxSmile;
import org.condordesk.market.Tenor;
import org.condordesk.market.VixFuturesCurve;
import org.condordesk.market.VolFactor;
import org.condordesk.model.InstrumentKind;
import org.condordesk.model.OptionRight;
import org.condordesk.pricing.Black;
import org.condordesk.pricing.Black76;
import org.condordesk.pricing.Bsm;
import org.condordesk.pricing.PricingDomain;
import org.condordesk.pricing.OptionGreeks;

/**
 * The position fixed at one date: everything that depends on time alone is computed once (remaining
 * tenors, rolled-down futures, vol-factor weights), so valuing at many SPX levels and VIX levels costs one
 * option price per option leg (docs/model.md, "Valuation under a shock").
 */
final class Slice {

    /** Floor on a shocked implied vol (decimal): a large VIX fall never makes a vol negative. */
    static final double MIN_VOL = 0.005;
    /** Floor on a shocked VIX future or spot VIX (points). */
    static final double MIN_VIX = 0.5;

    private final PositionModel position;
    private final double rate;
    private final double yield;
    private final double vixAtValuation;
    final double elapsedDays;
    private final double[] yearsLeft;
    private final double[] daysLeft;
    /** SPX legs: the leg's vol rolled along today's ATM term structure to the remaining tenor. */
    private final double[] baseVol;
    /** SPX legs: w(τ), vol points per VIX point. VIX legs and ETFs: b(τ), points per VIX point. */
    private final double[] factor;
    /** VIX futures and options: the future rolled down the curve. ETFs: price after roll decay. */
    private final double[] basePrice;
    /** ETFs: the constant-maturity future level. */
    private final double[] cmFuture;
    /** Options: the discount applied to the underlying (e^(−qτ) for SPX, e^(−rτ) for VIX) and √τ. */
    private final double[] underlyingDiscount;
    private final double[] discountedStrike;
    private final double[] sqrtYears;

    Slice(PositionModel position, double elapsedDays) {
        this.position = position;
        MarketState market = position.market;
        this.rate = market.rate();
        this.yield = market.dividendYield();
        this.vixAtValuation = market.vixSpot();
        this.elapsedDays = elapsedDays;
        int n = position.legCount;
        yearsLeft = new double[n];
        daysLeft = new double[n];
        baseVol = new double[n];
        factor = new double[n];
        basePrice = new double[n];
        cmFuture = new double[n];
        underlyingDiscount = new double[n];
        discountedStrike = new double[n];
        sqrtYears = new double[n];
        for (int i = 0; i < n; i++) {
            prepare(i, market);
        }
    }

    private void prepare(int i, MarketState market) {
        VolFactor volFactor = market.volFactor();
        VixFuturesCurve curve = market.futures();
        double days = position.expiryDays[i] - elapsedDays;
        daysLeft[i] = days;
        yearsLeft[i] = days / Tenor.DAYS_PER_YEAR;
        if (days > 0 && position.right[i] != null) {
            double rateDiscount = Math.exp(-rate * yearsLeft[i]);
            underlyingDiscount[i] = position.kind[i] == InstrumentKind.SPX_OPTION
                    ? Math.exp(-yield * yearsLeft[i]) : rateDiscount;
            discountedStrike[i] = position.strike[i] * rateDiscount;
            sqrtYears[i] = Math.sqrt(yearsLeft[i]);
        }
        switch (position.kind[i]) {
            case SPX_OPTION -> {
                SpxSmile smile = market.smile();
                double roll = elapsedDays == 0 || days <= 0 ? 0
                        : smile.atmVol(days) - smile.atmVol(position.expiryDays[i]);
                baseVol[i] = position.vol[i] + roll;
                factor[i] = volFactor.timeWeight(days);
            }
            case VIX_FUTURE, VIX_OPTION -> {
                basePrice[i] = curve.priceAt(days);
                factor[i] = volFactor.futuresBeta(days);
            }
            case VIX_ETF -> {
                double target = position.etfTargetDays[i];
                cmFuture[i] = curve.priceAt(target);
                double dailyReturn = position.leverage[i] * curve.rollDownPerDay(target) / cmFuture[i];
                basePrice[i] = position.etfPrice[i] * Math.pow(Math.max(1 + dailyReturn, 0), elapsedDays);
                factor[i] = volFactor.futuresBeta(target);
                daysLeft[i] = target;
                yearsLeft[i] = target / Tenor.DAYS_PER_YEAR;
            }
        }
    }

    boolean expired(int leg) {
        return daysLeft[leg] <= 0;
    }

    double daysLeft(int leg) {
        return daysLeft[leg];
    }

    /** SPX option leg: its implied vol at spot VIX {@code vix}. */
    double spxVol(int leg, double vix) {
        // Capped at the pricers' domain: a VIX shock through a large time weight could ask for more than 1000 %.
        return Math.min(Math.max(baseVol[leg] + factor[leg] * (vix - vixAtValuation) / 100, MIN_VOL), PricingDomain.MAX_VOL);
    }

    /** VIX future / option leg: its future at spot VIX {@code vix}; the settlement value once expired. */
    double vixFuture(int leg, double vix) {
        if (expired(leg)) {
            return vix;
        }
        return Math.max(basePrice[leg] + factor[leg] * (vix - vixAtValuation), MIN_VIX);
    }

    /** ETF leg: price per share at spot VIX {@code vix}. */
    double etfPrice(int leg, double vix) {
        double cmMove = factor[leg] * (vix - vixAtValuation) / cmFuture[leg];
        return Math.max(basePrice[leg] * (1 + position.leverage[leg] * cmMove), 0);
    }

    /** Value per unit (points) of one leg at SPX level {@code spx} and spot VIX {@code vix}. */
    double unitValue(int leg, double spx, double vix) {
        OptionRight right = position.right[leg];
        double strike = position.strike[leg];
        return switch (position.kind[leg]) {
            case SPX_OPTION -> expired(leg) ? intrinsic(right, spx, strike)
                    : Black.price(right, spx * underlyingDiscount[leg], discountedStrike[leg],
                            spxVol(leg, vix) * sqrtYears[leg]);
            case VIX_FUTURE -> vixFuture(leg, vix);
            case VIX_OPTION -> expired(leg) ? intrinsic(right, vix, strike)
                    : Black.price(right, vixFuture(leg, vix) * underlyingDiscount[leg], discountedStrike[leg],
                            position.vol[leg] * sqrtYears[leg]);
            case VIX_ETF -> etfPrice(leg, vix);
        };
    }

    static double intrinsic(OptionRight right, double underlying, double strike) {
        return Math.max(right.sign() * (underlying - strike), 0);
    }

    /** P&L in dollars of the whole position. */
    double pnl(double spx, double vix) {
        double total = 0;
        for (int i = 0; i < position.legCount; i++) {
            double weight = position.weight(i);
            if (weight != 0) {
                total += (unitValue(i, spx, vix) - position.entry[i]) * weight;
            }
        }
        return total;
    }

    /** P&L in dollars of each layer, written into {@code out} (one slot per layer). */
    void layerPnl(double spx, double vix, double[] out) {
        Arrays.fill(out, 0);
        for (int i = 0; i < position.legCount; i++) {
            double weight = position.weight(i);
            if (weight != 0) {
                out[position.layerOf[i]] += (unitValue(i, spx, vix) - position.entry[i]) * weight;
            }
        }
    }

    /**
     * One leg's value and dollar greeks at layer size 1 (quantity × multiplier, whether or not the layer is
     * enabled) at SPX {@code spx} and spot VIX {@code vix}; every figure is linear in the layer's size.
     */
    LegRisk unitRisk(int leg, double spx, double vix) {
        double weight = position.unitWeight[leg];
        double unitValue = unitValue(leg, spx, vix);
        double pnl = (unitValue - position.entry[leg]) * weight;
        double value = unitValue * weight;
        return switch (position.kind[leg]) {
            case SPX_OPTION -> spxRisk(leg, spx, vix, unitValue, value, pnl);
            case VIX_FUTURE -> {
                double future = vixFuture(leg, vix);
                double theta = expired(leg) ? 0 : position.market.futures().rollDownPerDay(daysLeft[leg]);
                double delta = expired(leg) ? 0 : weight;
                Greeks greeks = new Greeks(value, pnl, 0, 0, delta, theta * weight, 0, 0, factor[leg] * delta, 0);
                yield legRisk(leg, "VX " + position.legs[leg].instrument().expiryDate().orElseThrow(), future, 0,
                        unitValue, greeks);
            }
            case VIX_OPTION -> vixOptionRisk(leg, vix, unitValue, value, pnl);
            case VIX_ETF -> {
                double deltaPerCmPoint = position.leverage[leg] * unitValue / cmFuture[leg];
                double theta = basePrice[leg] * position.leverage[leg]
                        * position.market.futures().rollDownPerDay(position.etfTargetDays[leg]) / cmFuture[leg];
                Greeks greeks = new Greeks(value, pnl, 0, 0, deltaPerCmPoint * weight, theta * weight, 0, 0,
                        deltaPerCmPoint * factor[leg] * weight, 0);
                yield legRisk(leg, "VX CM" + (int) position.etfTargetDays[leg] + "d", cmFuture[leg], 0, unitValue,
                        greeks);
            }
        };
    }

    private LegRisk spxRisk(int leg, double spx, double vix, double unitValue, double value, double pnl) {
        double weight = position.unitWeight[leg];
        if (expired(leg)) {
            return legRisk(leg, "SPX", spx, 0, unitValue, new Greeks(value, pnl, 0, 0, 0, 0, 0, 0, 0, 0));
        }
        double vol = spxVol(leg, vix);
        OptionGreeks g = Bsm.greeks(position.right[leg], spx, position.strike[leg], yearsLeft[leg], rate, yield, vol);
        double vega = g.vegaPerVolPoint() * weight;
        Greeks greeks = new Greeks(value, pnl, g.delta() * weight, g.gamma() * weight, 0, g.thetaPerDay() * weight,
                vega, 0, vega * factor[leg], g.rhoPerPoint() * weight);
        return legRisk(leg, "SPX", spx, vol, unitValue, greeks);
    }

    private LegRisk vixOptionRisk(int leg, double vix, double unitValue, double value, double pnl) {
        double weight = position.unitWeight[leg];
        String underlying = "VX " + position.legs[leg].instrument().expiryDate().orElseThrow();
        if (expired(leg)) {
            return legRisk(leg, underlying, vix, 0, unitValue, new Greeks(value, pnl, 0, 0, 0, 0, 0, 0, 0, 0));
        }
        double future = vixFuture(leg, vix);
        OptionGreeks g = Black76.greeks(position.right[leg], future, position.strike[leg], yearsLeft[leg], rate,
                position.vol[leg]);
        double deltaDollars = g.delta() * weight;
        // Theta with carry: Black-76 time decay at a fixed future, plus the future rolling down the curve.
        double roll = position.market.futures().rollDownPerDay(daysLeft[leg]);
        Greeks greeks = new Greeks(value, pnl, 0, 0, deltaDollars, g.thetaPerDay() * weight + deltaDollars * roll, 0,
                g.vegaPerVolPoint() * weight, deltaDollars * factor[leg], g.rhoPerPoint() * weight);
        return legRisk(leg, underlying, future, position.vol[leg], unitValue, greeks);
    }

    private LegRisk legRisk(int leg, String underlying, double level, double vol, double unitValue, Greeks greeks) {
        return new LegRisk(position.layerOf[leg], position.legIndexOf[leg], position.legs[leg], underlying, level, vol,
                Math.max(daysLeft[leg], 0), unitValue, greeks);
    }
}
