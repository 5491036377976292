package org.condordesk.backtest;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.condordesk.model.AlvhRuleSet;
import org.condordesk.model.Check;
import org.condordesk.model.SmileParameters;
import org.condordesk.model.ValidationException;

/**
 * What a backtest replays (docs/backtest.md): the window, the condor's entry rule, the exits, the costs, the market
 * model's inputs the history does not give, the capital charge, the ALVH rules and the hedge variants run side by
 * side on the same entry dates. Every part has a documented default ({@link #defaults()}).
 */
public record BacktestConfig(Optional<LocalDate> from, Optional<LocalDate> to, Entry entry, Exits exits, Costs costs,
                             Model model, Capital capital, AlvhRuleSet rules, List<Variant> variants) {

    public static final int MAX_VARIANTS = 8;

    public BacktestConfig {
        Check.present("from", from);
        Check.present("to", to);
        Check.present("entry", entry);
        Check.present("exits", exits);
        Check.present("costs", costs);
        Check.present("model", model);
        Check.present("capital", capital);
        Check.present("rules", rules);
        variants = Check.list("variants", variants, MAX_VARIANTS);
        if (variants.isEmpty()) {
            throw new ValidationException("variants", "needs at least one variant");
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < variants.size(); i++) {
            if (!names.add(variants.get(i).name())) {
                throw new ValidationException("variants[" + i + "].name", "duplicate name '" + variants.get(i).name() + "'");
            }
        }
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new ValidationException("to", to.get() + " is before from " + from.get());
        }
    }

    /** The defaults: weekly 14-day 16-delta condors, 50-point wings, the three standard variants. */
    public static BacktestConfig defaults() {
        return new BacktestConfig(Optional.empty(), Optional.empty(), Entry.defaults(), Exits.defaults(),
                Costs.defaults(), Model.defaults(), Capital.defaults(), AlvhRuleSet.defaults(), Variant.standard());
    }

    /** True when any variant holds a VIX hedge (they need VIX3M for the proxy futures curve). */
    public boolean anyHedged() {
        return variants.stream().anyMatch(v -> v.kind() != HedgeKind.NONE);
    }

    public BacktestConfig withFrom(Optional<LocalDate> value) {
        return new BacktestConfig(value, to, entry, exits, costs, model, capital, rules, variants);
    }

    public BacktestConfig withTo(Optional<LocalDate> value) {
        return new BacktestConfig(from, value, entry, exits, costs, model, capital, rules, variants);
    }

    public BacktestConfig withEntry(Entry value) {
        return new BacktestConfig(from, to, value, exits, costs, model, capital, rules, variants);
    }

    public BacktestConfig withExits(Exits value) {
        return new BacktestConfig(from, to, entry, value, costs, model, capital, rules, variants);
    }

    public BacktestConfig withCosts(Costs value) {
        return new BacktestConfig(from, to, entry, exits, value, model, capital, rules, variants);
    }

    public BacktestConfig withCapital(Capital value) {
        return new BacktestConfig(from, to, entry, exits, costs, model, value, rules, variants);
    }

    public BacktestConfig withRules(AlvhRuleSet value) {
        return new BacktestConfig(from, to, entry, exits, costs, model, capital, value, variants);
    }

    public BacktestConfig withVariants(List<Variant> value) {
        return new BacktestConfig(from, to, entry, exits, costs, model, capital, rules, value);
    }

    /**
     * The entry rule: every {@code everyTradingDays} trading days from the window's first day, an iron condor of
     * {@code contracts} lots expiring {@code daysToExpiry} calendar days out (the business day on or before), PM
     * settled, short strikes at |delta| {@code shortDelta} on that day's default smile, wings {@code wingWidthPoints}
     * further out, strikes rounded to {@code strikeStepPoints}. The event filter {@code skipEvents}: no entry on a day
     * whose condor would live through (entry date to expiry date, both inclusive) a bundled event of these kinds
     * (market.EventCalendar: FOMC decisions, CPI and PPI releases; empty: enter on schedule).
     */
    public record Entry(int everyTradingDays, int daysToExpiry, double shortDelta, double wingWidthPoints,
                        double strikeStepPoints, int contracts, java.util.Set<org.condordesk.model.EventKind> skipEvents,
                        double wingPercentOfSpot, double wingDelta, double wingCreditPctOfWidth,
                        double farStrikeStepPoints) {

        /** SPX's strike interval in its far months (Cboe SPX specification; {@link #strikeStep}). */
        public static final double FAR_MONTH_STRIKE_STEP = 25;

        /**
         * Wings in points (issue 28 §2: {@code wingPercentOfSpot} 0): fixed 50-point wings were 4.6 % of SPX in 2009 and
         * under 1 % in 2025; with {@code wingPercentOfSpot} &gt; 0 each entry's wing is that % of the day's SPX, on
         * the strike grid (at least one step); with {@code wingDelta} &gt; 0 the longs sit at that |delta| (Cboe CNDR's
         * 0.05); with {@code wingCreditPctOfWidth} &gt; 0 the wing is the width whose credit is nearest that % of it (at
         * most one of the three). Strikes are on {@code strikeStepPoints} in the three near-term expiration months and
         * on {@code farStrikeStepPoints} beyond (docs/backtest.md §2a).
         */
        public Entry(int everyTradingDays, int daysToExpiry, double shortDelta, double wingWidthPoints,
                     double strikeStepPoints, int contracts, java.util.Set<org.condordesk.model.EventKind> skipEvents) {
            this(everyTradingDays, daysToExpiry, shortDelta, wingWidthPoints, strikeStepPoints, contracts, skipEvents, 0,
                    0, 0, FAR_MONTH_STRIKE_STEP);
        }

        /** The wing (points) on a day with SPX at {@code spot}, on a grid of {@code step} points. */
        public double wingPoints(double spot, double step) {
            if (wingPercentOfSpot <= 0) {
                return step == strikeStepPoints ? wingWidthPoints : Math.max(step, Math.round(wingWidthPoints / step) * step);
            }
            return Math.max(step, Math.round(spot * wingPercentOfSpot / 100 / step) * step);
        }

        /** The strike step of an expiry seen from {@code today}: near-term months or far months. */
        public double strikeStep(LocalDate today, LocalDate expiry) {
            return org.condordesk.market.SpxExpiries.inNearTermMonths(today, expiry) ? strikeStepPoints
                    : Math.max(strikeStepPoints, farStrikeStepPoints);
        }

        public Entry withWingPercentOfSpot(double value) {
            return new Entry(everyTradingDays, daysToExpiry, shortDelta, wingWidthPoints, strikeStepPoints, contracts,
                    skipEvents, value, wingDelta, wingCreditPctOfWidth, farStrikeStepPoints);
        }

        Entry withWingDelta(double value) {
            return new Entry(everyTradingDays, daysToExpiry, shortDelta, wingWidthPoints, strikeStepPoints, contracts,
                    skipEvents, wingPercentOfSpot, value, wingCreditPctOfWidth, farStrikeStepPoints);
        }

        /** An entry rule without an event filter. */
        public Entry(int everyTradingDays, int daysToExpiry, double shortDelta, double wingWidthPoints,
                     double strikeStepPoints, int contracts) {
            this(everyTradingDays, daysToExpiry, shortDelta, wingWidthPoints, strikeStepPoints, contracts,
                    java.util.Set.of());
        }

        public Entry {
            skipEvents = java.util.Set.copyOf(Check.present("skipEvents", skipEvents));
            Check.between("everyTradingDays", everyTradingDays, 1, 250);
            Check.between("daysToExpiry", daysToExpiry, 1, 365);
            Check.shortDelta("shortDelta", shortDelta);
            Check.positive("wingWidthPoints", wingWidthPoints);
            Check.positive("strikeStepPoints", strikeStepPoints);
            Check.between("contracts", contracts, 1, 10_000);
            Check.between("wingPercentOfSpot", wingPercentOfSpot, 0, 50);
            Check.between("wingDelta", wingDelta, 0, 0.49);
            Check.between("wingCreditPctOfWidth", wingCreditPctOfWidth, 0, 99);
            Check.positive("farStrikeStepPoints", farStrikeStepPoints);
            if (wingDelta >= shortDelta) {
                throw new ValidationException("wingDelta", "must be below shortDelta " + Check.format(shortDelta)
                        + ", got " + Check.format(wingDelta));
            }
            if ((wingPercentOfSpot > 0 ? 1 : 0) + (wingDelta > 0 ? 1 : 0) + (wingCreditPctOfWidth > 0 ? 1 : 0) > 1) {
                throw new ValidationException("wingDelta", "set at most one of wingPercentOfSpot, wingDelta and "
                        + "wingCreditPctOfWidth");
            }
        }

        public static Entry defaults() {
            return new Entry(5, 14, 0.16, 50, 5, 10);
        }

        public Entry withShortDelta(double value) {
            return new Entry(everyTradingDays, daysToExpiry, value, wingWidthPoints, strikeStepPoints, contracts,
                    skipEvents, wingPercentOfSpot, wingDelta, wingCreditPctOfWidth, farStrikeStepPoints);
        }

        public Entry withDaysToExpiry(int value) {
            return new Entry(everyTradingDays, value, shortDelta, wingWidthPoints, strikeStepPoints, contracts,
                    skipEvents, wingPercentOfSpot, wingDelta, wingCreditPctOfWidth, farStrikeStepPoints);
        }

        public Entry withSkipEvents(java.util.Set<org.condordesk.model.EventKind> kinds) {
            return new Entry(everyTradingDays, daysToExpiry, shortDelta, wingWidthPoints, strikeStepPoints, contracts,
                    kinds, wingPercentOfSpot, wingDelta, wingCreditPctOfWidth, farStrikeStepPoints);
        }
    }

    /**
     * Exits: take profit when the condor has earned {@code takeProfitPctOfCredit} % of its credit, stop when it has
     * lost {@code stopLossPctOfCredit} % of it (both on mid prices, so costs never change a decision), close when at
     * most {@code closeDaysBeforeExpiry} calendar days are left (0: hold to expiry).
     */
    public record Exits(OptionalDouble takeProfitPctOfCredit, OptionalDouble stopLossPctOfCredit,
                        int closeDaysBeforeExpiry) {

        public Exits {
            Check.present("takeProfitPctOfCredit", takeProfitPctOfCredit);
            Check.present("stopLossPctOfCredit", stopLossPctOfCredit);
            takeProfitPctOfCredit.ifPresent(v -> Check.between("takeProfitPctOfCredit", v, 1, 100));
            stopLossPctOfCredit.ifPresent(v -> Check.between("stopLossPctOfCredit", v, 1, 10_000));
            Check.between("closeDaysBeforeExpiry", closeDaysBeforeExpiry, 0, 365);
        }

        /** Hold every condor to expiry. */
        public static Exits defaults() {
            return new Exits(OptionalDouble.empty(), OptionalDouble.empty(), 0);
        }
    }

    /**
     * Costs per fill: half the bid–ask spread in points per unit against the model mid (a purchase pays mid +
     * half-spread, a sale gets mid − half-spread), VIX products' half-spread widened by {@code vixWideningPer30Days}
     * (a fraction) for every 30 days of tenor beyond 30, and a commission in $ per contract. Settlement is free. A
     * hedge of more than one leg (a call spread or diagonal) fills as a combo at {@code comboFillFraction} of its legs'
     * summed half-spreads (1: each leg crosses its own half-spread, as legged in). VIX-ETF shares pay
     * {@code etfShareHalfSpread} $ a share and {@code etfShareCommission} $ a share; ETF options
     * {@code etfOptionHalfSpread} points and the VIX option commission.
     */
    public record Costs(double spxOptionHalfSpread, double vixOptionHalfSpread, double vixFutureHalfSpread,
                        double vixWideningPer30Days, double spxOptionCommission, double vixOptionCommission,
                        double vxCommission, double vxmCommission, double spxHalfSpreadVolPoints,
                        double comboFillFraction, double etfShareHalfSpread, double etfShareCommission,
                        double etfOptionHalfSpread) {

        /** The ETF figures' illustrative defaults: a cent a share each way, half a cent commission, 0.05 an option. */
        public static final double ETF_SHARE_HALF_SPREAD = 0.01;
        public static final double ETF_SHARE_COMMISSION = 0.005;
        public static final double ETF_OPTION_HALF_SPREAD = 0.05;

        /** Legged hedge fills (combo fraction 1) and the default ETF costs. */
        public Costs(double spxOptionHalfSpread, double vixOptionHalfSpread, double vixFutureHalfSpread,
                     double vixWideningPer30Days, double spxOptionCommission, double vixOptionCommission,
                     double vxCommission, double vxmCommission, double spxHalfSpreadVolPoints) {
            this(spxOptionHalfSpread, vixOptionHalfSpread, vixFutureHalfSpread, vixWideningPer30Days,
                    spxOptionCommission, vixOptionCommission, vxCommission, vxmCommission, spxHalfSpreadVolPoints, 1.0,
                    ETF_SHARE_HALF_SPREAD, ETF_SHARE_COMMISSION, ETF_OPTION_HALF_SPREAD);
        }

        /** The same costs with a multi-leg hedge filling at {@code value} of its summed half-spreads. */
        public Costs withComboFillFraction(double value) {
            return new Costs(spxOptionHalfSpread, vixOptionHalfSpread, vixFutureHalfSpread, vixWideningPer30Days,
                    spxOptionCommission, vixOptionCommission, vxCommission, vxmCommission, spxHalfSpreadVolPoints,
                    value, etfShareHalfSpread, etfShareCommission, etfOptionHalfSpread);
        }

        public Costs {
            Check.between("spxOptionHalfSpread", spxOptionHalfSpread, 0, 100);
            Check.between("vixOptionHalfSpread", vixOptionHalfSpread, 0, 10);
            Check.between("vixFutureHalfSpread", vixFutureHalfSpread, 0, 10);
            Check.between("vixWideningPer30Days", vixWideningPer30Days, 0, 10);
            Check.between("spxOptionCommission", spxOptionCommission, 0, 1000);
            Check.between("vixOptionCommission", vixOptionCommission, 0, 1000);
            Check.between("vxCommission", vxCommission, 0, 1000);
            Check.between("vxmCommission", vxmCommission, 0, 1000);
            Check.between("spxHalfSpreadVolPoints", spxHalfSpreadVolPoints, 0, 10);
            Check.between("comboFillFraction", comboFillFraction, 0, 1);
            Check.between("etfShareHalfSpread", etfShareHalfSpread, 0, 10);
            Check.between("etfShareCommission", etfShareCommission, 0, 10);
            Check.between("etfOptionHalfSpread", etfOptionHalfSpread, 0, 10);
        }

        /** Flat SPX half-spreads (no part in vol terms): the costs before issue 28. */
        public Costs(double spxOptionHalfSpread, double vixOptionHalfSpread, double vixFutureHalfSpread,
                     double vixWideningPer30Days, double spxOptionCommission, double vixOptionCommission,
                     double vxCommission, double vxmCommission) {
            this(spxOptionHalfSpread, vixOptionHalfSpread, vixFutureHalfSpread, vixWideningPer30Days,
                    spxOptionCommission, vixOptionCommission, vxCommission, vxmCommission, 0);
        }

        /**
         * Defaults (docs/backtest.md §1 costs): an SPX option pays the larger of 0.05 points (half a one-tick 0.10
         * market, Cboe's SPX tick table) and 0.10 vol points of its vega × VIX/20, so the half-spread grows towards the
         * money, with tenor (vega ∝ √T) and with VIX. The 0.10 is CondorDesk's estimate (no published SPX schedule
         * was found), kept below the 8.6 %-of-price quoted half-spread Muravyev &amp; Pearson (RFS 2020) report for
         * options on S&amp;P 500 stocks. VIX side: one-tick markets of the CFE/Cboe tick tables (VX 0.05, VIX options
         * 0.10 above 3.00).
         */
        public static Costs defaults() {
            return new Costs(0.05, 0.05, 0.025, 0.5, 1.00, 1.00, 2.50, 1.00, 0.10);
        }

        /** The SPX half-spread (points) of an option with {@code vegaPerVolPoint} points per vol point at {@code vix}. */
        public double spxHalfSpread(double vegaPerVolPoint, double vix) {
            return Math.max(spxOptionHalfSpread, spxHalfSpreadVolPoints * vegaPerVolPoint * vix / 20);
        }

        /** No spreads, no commissions. */
        public static Costs none() {
            return new Costs(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0);
        }
    }

    /**
     * What the daily history does not give: one flat rate and dividend yield, the default smile's parameters, and the
     * VIX options' vol of vol: the realised vol of the 30-day proxy future over {@code volOfVolLookbackDays} trading
     * days, times {@code volOfVolScale}, kept within [{@code volOfVolFloor}, {@code volOfVolCap}].
     */
    public record Model(double riskFreeRate, double dividendYield, SmileParameters smile, int volOfVolLookbackDays,
                        double volOfVolScale, double volOfVolFloor, double volOfVolCap) {

        public Model {
            Check.between("riskFreeRate", riskFreeRate, -0.1, 0.5);
            Check.between("dividendYield", dividendYield, -0.1, 0.5);
            Check.present("smile", smile);
            Check.between("volOfVolLookbackDays", volOfVolLookbackDays, 5, 250);
            Check.between("volOfVolScale", volOfVolScale, 0.1, 5);
            Check.between("volOfVolFloor", volOfVolFloor, 0.05, 5);
            Check.between("volOfVolCap", volOfVolCap, volOfVolFloor, 5);
        }

        public static Model defaults() {
            return new Model(0.02, 0.018, SmileParameters.defaults(), 20, 1.0, 0.40, 1.50);
        }
    }

    /**
     * The capital charge: the annual effective cost of capital the IRR is set against, and the VX initial margin per
     * contract (empty: capital's labelled placeholder, docs/capital.md §1).
     */
    /**
     * The capital charge and the account: {@code baseDollars} is the account a variant trades from (default: the most
     * Reg-T capital the variant's open trades ever tie up at once, found by a first pass); {@code equityFraction},
     * when set (it needs {@code baseDollars}), sizes each condor to that fraction of the account's equity at entry in
     * Reg-T margin, in whole lots, instead of {@code entry.contracts}. A variant whose equity reaches zero closes its
     * trades at that close and stops trading.
     */
    public record Capital(double costOfCapital, OptionalDouble vxMarginPerContract, OptionalDouble baseDollars,
                          OptionalDouble equityFraction) {

        public Capital {
            Check.between("costOfCapital", costOfCapital, -0.5, 5);
            Check.present("vxMarginPerContract", vxMarginPerContract);
            vxMarginPerContract.ifPresent(v -> Check.between("vxMarginPerContract", v, 0, 1_000_000));
            Check.present("baseDollars", baseDollars);
            Check.present("equityFraction", equityFraction);
            baseDollars.ifPresent(v -> Check.between("baseDollars", v, 1, 1e12));
            equityFraction.ifPresent(v -> Check.between("equityFraction", v, 0.001, 1));
            if (equityFraction.isPresent() && baseDollars.isEmpty()) {
                throw new ValidationException("equityFraction", "needs baseDollars (the account the fraction is of)");
            }
        }

        public Capital(double costOfCapital, OptionalDouble vxMarginPerContract) {
            this(costOfCapital, vxMarginPerContract, OptionalDouble.empty(), OptionalDouble.empty());
        }

        public static Capital defaults() {
            return new Capital(0.05, OptionalDouble.empty());
        }
    }

    /** Which hedge a variant carries. */
    public enum HedgeKind { NONE, FIXED, ALVH }

    /**
     * The hedge instrument: a VIX call spread, standard VX futures, mini VXM futures, a long VIX call, or a VIX call
     * diagonal (long the hedge's tenor, short the first monthly after the condor's expiry {@code widthPoints} higher);
     * or 100 shares of a VIX-futures ETF on the proxy's 30-day constant-maturity future, or a call on that ETF
     * (docs/backtest.md §ETF hedges).
     */
    public enum HedgeInstrument { CALL_SPREAD, VX, VXM, CALL, DIAGONAL, ETF_SHARES, ETF_CALL;

        /** True for the instruments without a premium to budget: futures and ETF shares. */
        public boolean linear() {
            return this == VX || this == VXM || this == ETF_SHARES;
        }
    }

    /** The longest hedge tenor in days (issue 30: 30–120). */
    public static final int MAX_HEDGE_TENOR_DAYS = 120;

    /**
     * How the hedge is sized at entry: vega-neutral (times a ratio) in whole contracts, a fixed count, or a premium
     * budget (the hedge's cost at entry a set % of the condor's credit).
     */
    public enum SizingRule { VEGA_NEUTRAL, CONTRACTS, PREMIUM_BUDGET }

    /**
     * The hedge of a variant: the instrument on the monthly VIX settlement whose tenor is nearest
     * {@code tenorDays} (30–120) after the condor's expiry; an option's long strike at the proxy future plus
     * {@code longStrikeOffsetPoints} and a spread's or diagonal's short strike {@code widthPoints} higher (whole points).
     */
    public record Hedge(HedgeInstrument instrument, int tenorDays, double longStrikeOffsetPoints, double widthPoints) {

        public Hedge {
            Check.present("instrument", instrument);
            Check.between("tenorDays", tenorDays, 30, MAX_HEDGE_TENOR_DAYS);
            Check.between("longStrikeOffsetPoints", longStrikeOffsetPoints, -20, 50);
            Check.between("widthPoints", widthPoints, 1, 100);
        }

        public static Hedge defaults() {
            return new Hedge(HedgeInstrument.CALL_SPREAD, 60, 0, 10);
        }
    }

    /**
     * The hedge's size. VEGA_NEUTRAL: {@code hedgeRatio} × the contracts that make the condor's VIX vega zero at
     * entry; CONTRACTS: {@code contracts}. An ALVH variant holds {@code layer1Share} of it fixed (layer 1) and sizes
     * {@code layer2Share} of it each day by the rules' output (layer 2: 0, 1, 2 × that base under the default rules).
     * PREMIUM_BUDGET: {@code floor(budgetPctOfCredit / 100 × condor credit / hedge unit premium)}, both at entry mids.
     */
    public record Sizing(SizingRule rule, double hedgeRatio, int contracts, double layer1Share, double layer2Share,
                         double budgetPctOfCredit) {

        /** No premium budget (0 %). */
        public Sizing(SizingRule rule, double hedgeRatio, int contracts, double layer1Share, double layer2Share) {
            this(rule, hedgeRatio, contracts, layer1Share, layer2Share, 0);
        }

        public Sizing {
            Check.present("rule", rule);
            Check.between("hedgeRatio", hedgeRatio, 0, 10);
            Check.between("contracts", contracts, 0, 100_000);
            Check.between("layer1Share", layer1Share, 0, 10);
            Check.between("layer2Share", layer2Share, 0, 10);
            Check.between("budgetPctOfCredit", budgetPctOfCredit, 0, 1000);
        }

        public static Sizing defaults() {
            return new Sizing(SizingRule.VEGA_NEUTRAL, 1.0, 0, 0.5, 0.5);
        }

        public Sizing withHedgeRatio(double value) {
            return new Sizing(rule, value, contracts, layer1Share, layer2Share, budgetPctOfCredit);
        }
    }

    /** Where a variant's hedge contracts live: in each trade (closed with its condor) or in one book (netted). */
    public enum BookMode { PER_TRADE, SHARED }

    /**
     * The hedge book (docs/backtest.md §hedge book). PER_TRADE: each condor holds and closes its own hedge. SHARED: one
     * position in one hedge contract whose target is the sum of the open condors' sizes; each day only the difference
     * is traded; it rolls into the contract nearest the tenor when its nearest leg has fewer than
     * {@code rollDaysBeforeExpiry} calendar days left, or, with {@code rollWeekday}, on that weekday whenever the contract
     * nearest the tenor has changed.
     */
    public record HedgeBook(BookMode mode, int rollDaysBeforeExpiry, Optional<java.time.DayOfWeek> rollWeekday) {

        public HedgeBook {
            Check.present("mode", mode);
            Check.between("rollDaysBeforeExpiry", rollDaysBeforeExpiry, 1, 25);
            Check.present("rollWeekday", rollWeekday);
            rollWeekday.ifPresent(day -> {
                if (day == java.time.DayOfWeek.SATURDAY || day == java.time.DayOfWeek.SUNDAY) {
                    throw new ValidationException("rollWeekday", "must be a weekday (MONDAY..FRIDAY), got " + day);
                }
            });
        }

        /** Today's behaviour: a hedge per trade. */
        public static HedgeBook defaults() {
            return new HedgeBook(BookMode.PER_TRADE, 5, Optional.empty());
        }

        public boolean shared() {
            return mode == BookMode.SHARED;
        }
    }

    /** One variant: a name, its hedge kind, instrument, size and hedge book. */
    public record Variant(String name, HedgeKind kind, Hedge hedge, Sizing sizing, HedgeBook book) {

        public Variant {
            Check.name("name", name, 60);
            Check.present("kind", kind);
            Check.present("hedge", hedge);
            Check.present("sizing", sizing);
            Check.present("book", book);
            if (sizing.rule() == SizingRule.PREMIUM_BUDGET && hedge.instrument().linear()) {
                throw new ValidationException("sizing", "a premium budget needs an option hedge: "
                        + hedge.instrument() + " has no premium");
            }
        }

        /** A hedge per trade ({@link HedgeBook#defaults()}). */
        public Variant(String name, HedgeKind kind, Hedge hedge, Sizing sizing) {
            this(name, kind, hedge, sizing, HedgeBook.defaults());
        }

        /** The three: no hedge, a fixed vega-neutral VIX call spread, and the adaptive layers. */
        public static List<Variant> standard() {
            return List.of(new Variant("No hedge", HedgeKind.NONE, Hedge.defaults(), Sizing.defaults()),
                    new Variant("Fixed VIX call spread", HedgeKind.FIXED, Hedge.defaults(), Sizing.defaults()),
                    new Variant("ALVH", HedgeKind.ALVH, Hedge.defaults(), Sizing.defaults()));
        }

        public Variant withSizing(Sizing value) {
            return new Variant(name, kind, hedge, value, book);
        }

        public Variant withName(String value) {
            return new Variant(value, kind, hedge, sizing, book);
        }

        public Variant withBook(HedgeBook value) {
            return new Variant(name, kind, hedge, sizing, value);
        }
    }
}
