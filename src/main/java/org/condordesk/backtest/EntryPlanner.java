package org.condordesk.backtest;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.condordesk.capital.Margin;
import org.condordesk.market.ExchangeCalendar;
import org.condordesk.market.MarketState;
import org.condordesk.market.SpxExpiries;
import org.condordesk.market.VixCalendar;
import org.condordesk.model.AlvhRuleSet;
import org.condordesk.model.CapitalSettings;
import org.condordesk.model.EtfQuote;
import org.condordesk.model.OptionRight;
import org.condordesk.model.VixEtf;
import org.condordesk.model.FuturesProduct;
import org.condordesk.model.FuturesQuote;
import org.condordesk.model.Instrument;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.PositionStatus;
import org.condordesk.model.Scenario;
import org.condordesk.model.Settlement;
import org.condordesk.model.VolFactorModel;
import org.condordesk.template.Templates;

/**
 * What is opened on an entry day, decided with that day's data only and the workstation's own pieces: the condor by
 * delta from {@link Templates} on the day's market, each hedge's unit layer, their VIX vegas in the backtest's own
 * market ({@link #vixVegas}) and their Reg-T capital from {@link Margin} (docs/capital.md §1).
 */
final class EntryPlanner {

    /** The VIX shock (points) the hedge is sized against: VIX vega is $ per +1.00 point (DESIGN.md §3). */
    static final double VIX_SHOCK_POINTS = 1;
    private static final int CURVE_MONTHS = 6;

    private EntryPlanner() {
    }

    /** A hedge's unit layer (one spread or one future), its VIX vega ($/pt) and its capital ($) at entry. */
    record HedgePlan(Layer unit, double unitVixVega, double unitCapital) {
    }

    /** The condor (at the entry's contracts), its VIX vega and capital, and a plan per hedge spec. */
    record EntryPlan(int day, Layer condor, double condorVixVega, double condorCapital,
                     Map<BacktestConfig.Hedge, HedgePlan> hedges) {
    }

    static EntryPlan plan(BacktestMarket market, int day, BacktestConfig config, List<BacktestConfig.Hedge> hedges) {
        return plan(market, day, config, hedges, market.date(day));
    }

    /**
     * The plan with every hedge contract settling after both the condor's expiry and {@code hedgeAfter} (a shared
     * hedge book's roll: the contract nearest the tenor among those its roll rule would not roll again at once).
     */
    static EntryPlan plan(BacktestMarket market, int day, BacktestConfig config, List<BacktestConfig.Hedge> hedges,
                          LocalDate hedgeAfter) {
        LocalDate today = market.date(day);
        MarketSnapshot snapshot = snapshot(market, day);
        MarketState state = new MarketState(BacktestMarket.closeInstant(today), snapshot, VolFactorModel.defaults());
        BacktestConfig.Entry entry = config.entry();
        LocalDate expiry = condorExpiry(today, entry.daysToExpiry());
        Layer condor = condor(state, entry, expiry, entry.strikeStep(today, expiry), market.spx(day));
        List<Layer> layers = new ArrayList<>(List.of(condor));
        boolean priced = market.hedgeable(day);
        if (priced) {
            for (BacktestConfig.Hedge hedge : hedges) {
                layers.add(hedgeUnit(market, day, state, hedge, hedgeAfter.isAfter(expiry) ? hedgeAfter : expiry));
            }
        }
        Scenario scenario = scenario(today, snapshot, layers, config.capital());
        double[] vegas = vixVegas(market, day, layers);
        Margin.Result margin = Margin.of(scenario, market.spx(day), market.vix(day));
        Map<BacktestConfig.Hedge, HedgePlan> plans = new LinkedHashMap<>();
        for (int h = 0; priced && h < hedges.size(); h++) {
            plans.put(hedges.get(h), new HedgePlan(layers.get(h + 1), vegas[h + 1], margin.layer(h + 1).capital()));
        }
        return new EntryPlan(day, condor, vegas[0], margin.layer(0).capital(), plans);
    }

    /** The entry's condor by its wing rule (BacktestConfig.Entry): longs by delta, by credit share, or by width. */
    private static Layer condor(MarketState state, BacktestConfig.Entry entry, LocalDate expiry, double step,
                                double spot) {
        if (entry.wingDelta() > 0) {
            return Templates.ironCondorByDeltas(state, "Condor", expiry, Settlement.PM, entry.shortDelta(),
                    entry.wingDelta(), step, entry.contracts());
        }
        if (entry.wingCreditPctOfWidth() > 0) {
            return Templates.ironCondorByCreditShare(state, "Condor", expiry, Settlement.PM, entry.shortDelta(),
                    entry.wingCreditPctOfWidth(), step, entry.contracts());
        }
        return Templates.ironCondorByDelta(state, "Condor", expiry, Settlement.PM, entry.shortDelta(),
                entry.wingPoints(spot, step), step, entry.contracts());
    }

    /**
     * The SPX/SPXW expiry listed on {@code today} nearest {@code today + days} ({@link SpxExpiries}): before Friday
     * Weeklys only the monthlies exist, so a 14-day target in 1995 lands on the nearest third Friday.
     */
    static LocalDate condorExpiry(LocalDate today, int days) {
        return SpxExpiries.nearest(today, days);
    }

    /** The monthly VIX settlement after the condor's expiry whose tenor from today is nearest the target. */
    static LocalDate hedgeExpiry(LocalDate today, LocalDate condorExpiry, int tenorDays) {
        LocalDate best = null;
        for (LocalDate settlement : VixCalendar.upcoming(condorExpiry.plusDays(1), CURVE_MONTHS)) {
            long tenor = settlement.toEpochDay() - today.toEpochDay();
            if (best == null || Math.abs(tenor - tenorDays) < Math.abs(best.toEpochDay() - today.toEpochDay() - tenorDays)) {
                best = settlement;
            }
        }
        return best;
    }

    private static Layer hedgeUnit(BacktestMarket market, int day, MarketState state, BacktestConfig.Hedge hedge,
                                   LocalDate condorExpiry) {
        LocalDate expiry = hedgeExpiry(market.date(day), condorExpiry, hedge.tenorDays());
        return switch (hedge.instrument()) {
            case VX -> Templates.vixLongFuture(state, "Hedge", expiry, 1, FuturesProduct.VX);
            case VXM -> Templates.vixLongFuture(state, "Hedge", expiry, 1, FuturesProduct.VXM);
            case CALL_SPREAD -> Templates.vixCallSpread(state, "Hedge", expiry, longStrike(market, day, hedge, expiry),
                    longStrike(market, day, hedge, expiry) + hedge.widthPoints(), 1, market.volOfVol(day));
            case CALL -> Templates.vixLongCall(state, "Hedge", expiry, longStrike(market, day, hedge, expiry), 1,
                    market.volOfVol(day));
            case ETF_SHARES -> Templates.vixEtfShares("Hedge", BacktestMarket.ETF_SYMBOL, BacktestMarket.ETF_TENOR_DAYS,
                    BacktestMarket.ETF_LEVERAGE, ETF_SHARES_PER_UNIT, market.etf(day));
            case ETF_CALL -> {
                LocalDate optionExpiry = etfOptionExpiry(market.date(day), condorExpiry, hedge.tenorDays());
                VixEtf etf = new VixEtf(BacktestMarket.ETF_SYMBOL, BacktestMarket.ETF_TENOR_DAYS,
                        BacktestMarket.ETF_LEVERAGE);
                yield Templates.vixEtfOptions(state, "Hedge", etf, OptionRight.CALL, optionExpiry,
                        etfStrike(market, day, hedge), 1, market.etfVol(day));
            }
            case DIAGONAL -> {
                LocalDate near = VixCalendar.upcoming(condorExpiry.plusDays(1), 1).get(0);
                LocalDate far = expiry.isAfter(near) ? expiry : VixCalendar.upcoming(near.plusDays(1), 1).get(0);
                double longStrike = longStrike(market, day, hedge, far);
                yield Templates.vixCallDiagonal(state, "Hedge", near, longStrike + hedge.widthPoints(), far, longStrike,
                        1, market.volOfVol(day));
            }
        };
    }

    /** One ETF hedge unit: 100 shares, the size of one ETF option's deliverable. */
    static final int ETF_SHARES_PER_UNIT = 100;

    /**
     * The ETF call's strike by moneyness to the future: the ETF price the constant-maturity future's moving by the
     * hedge's offset would give, {@code P·(1 + L·offset/F_c)}, to a whole dollar (at least 1).
     */
    static double etfStrike(BacktestMarket market, int day, BacktestConfig.Hedge hedge) {
        double future = market.proxyFuture(day, BacktestMarket.ETF_TENOR_DAYS);
        double price = market.etf(day) * (1 + BacktestMarket.ETF_LEVERAGE * hedge.longStrikeOffsetPoints() / future);
        return Math.max(1, Math.round(price));
    }

    /**
     * The monthly ETF option expiry (the third Friday, the business day before when it is a holiday) after the condor's
     * expiry whose tenor from today is nearest {@code tenorDays}.
     */
    static LocalDate etfOptionExpiry(LocalDate today, LocalDate condorExpiry, int tenorDays) {
        LocalDate best = null;
        LocalDate month = condorExpiry.withDayOfMonth(1);
        for (int i = 0; i < CURVE_MONTHS + 1; i++, month = month.plusMonths(1)) {
            LocalDate expiry = month.with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
            while (!ExchangeCalendar.isBusinessDay(expiry)) {
                expiry = expiry.minusDays(1);
            }
            if (!expiry.isAfter(condorExpiry)) {
                continue;
            }
            long tenor = expiry.toEpochDay() - today.toEpochDay();
            if (best == null || Math.abs(tenor - tenorDays) < Math.abs(best.toEpochDay() - today.toEpochDay() - tenorDays)) {
                best = expiry;
            }
        }
        return best;
    }

    /** The long strike: the proxy future at {@code expiry} plus the hedge's offset, to a whole point (at least 1). */
    private static double longStrike(BacktestMarket market, int day, BacktestConfig.Hedge hedge, LocalDate expiry) {
        double future = market.vixFuture(day, Instrument.vixSettlement(expiry).toEpochSecond());
        return Math.max(1, Math.round(future + hedge.longStrikeOffsetPoints()));
    }

    /** The day's snapshot: SPX, VIX, VIX3M (VIX where it does not exist yet) and the proxy curve at the monthlies. */
    private static MarketSnapshot snapshot(BacktestMarket market, int day) {
        LocalDate today = market.date(day);
        List<FuturesQuote> curve = new ArrayList<>();
        if (market.hedgeable(day)) {
            for (LocalDate settlement : VixCalendar.upcoming(today.plusDays(1), CURVE_MONTHS)) {
                curve.add(new FuturesQuote(settlement,
                        market.vixFuture(day, Instrument.vixSettlement(settlement).toEpochSecond())));
            }
        }
        double vix3m = Double.isNaN(market.vix3m(day)) ? market.vix(day) : market.vix3m(day);
        BacktestConfig.Model model = market.model();
        List<EtfQuote> etfs = Double.isFinite(market.etf(day)) && market.etf(day) > 0
                ? List.of(new EtfQuote(BacktestMarket.ETF_SYMBOL, market.etf(day))) : List.of();
        return new MarketSnapshot(market.spx(day), model.riskFreeRate(), model.dividendYield(), market.vix(day), vix3m,
                curve, etfs, model.smile());
    }

    private static Scenario scenario(LocalDate today, MarketSnapshot snapshot, List<Layer> layers,
                                     BacktestConfig.Capital capital) {
        CapitalSettings settings = new CapitalSettings(capital.vxMarginPerContract(), List.of(), List.of());
        return new Scenario("Backtest entry " + today, "", List.of(), BacktestMarket.closeInstant(today).toLocalDateTime(),
                snapshot, VolFactorModel.defaults(), List.of(), layers, AlvhRuleSet.defaults(), PositionStatus.PLAN,
                settings);
    }

    /**
     * Each layer's VIX vega ($ per +1 VIX point) in the backtest's own market: the change of the layer's marks when spot
     * VIX is one point higher and VIX3M its trailing beta higher ({@link BacktestMarket#shockedMark}), the same curve and
     * smile the trade is then marked on. The engine's vol factor model (docs/model.md §4) would size the hedge in a
     * different world: its futures betas and SPX vol response are not the proxy's.
     */
    static double[] vixVegas(BacktestMarket market, int day, List<Layer> layers) {
        double[] vegas = new double[layers.size()];
        for (int i = 0; i < vegas.length; i++) {
            for (Leg leg : layers.get(i).legs()) {
                Instrument instrument = leg.instrument();
                double change = market.shockedMark(day, instrument, VIX_SHOCK_POINTS)
                        - market.shockedMark(day, instrument, 0);
                vegas[i] += change * leg.quantity() * instrument.multiplier();
            }
        }
        return vegas;
    }
}
