package org.condordesk.backtest;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import org.condordesk.model.AlvhRuleSet;
import org.condordesk.model.Fill;
import org.condordesk.model.Settlement;
import org.condordesk.signals.AlvhRules;

/**
 * One variant replayed day by day over the window (docs/backtest.md §replay). On day d, in this order: legs settling
 * that day settle (VIX at the opening-quotation proxy, SPX PM at the close); a trade whose condor settled closes its
 * hedge, an exit rule closes a trade; ALVH layer 2 trades to the rules' size; an entry day opens a trade; the book
 * is marked at the close. Every input is day d's or earlier's.
 */
final class VariantRun {

    private static final String[] LAYER_NAMES = {"CORE", "HEDGE_1", "HEDGE_2"};

    private final BacktestConfig config;
    private final BacktestConfig.Variant variant;
    private final BacktestMarket market;
    private final EntryPlanner.EntryPlan[] plans;
    private final AlvhRules rules;
    private final int first;
    private final int last;
    private final List<BookTrade> open = new ArrayList<>();
    private final List<BookTrade> all = new ArrayList<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final DataCoverage.Counter coverage = new DataCoverage.Counter();
    private double closedPnl;
    /** The variant's one hedge book when it is SHARED, else null (each trade holds its own hedge). */
    private final SharedHedgeBook book;
    /** The account's capital base when the run must stop at zero equity (NaN: run through, as a first pass). */
    private final double accountBase;
    private int stoppedDay = -1;

    VariantRun(BacktestConfig config, BacktestConfig.Variant variant, BacktestMarket market,
               EntryPlanner.EntryPlan[] plans, int first, int last) {
        this(config, variant, market, plans, first, last, Double.NaN);
    }

    VariantRun(BacktestConfig config, BacktestConfig.Variant variant, BacktestMarket market,
               EntryPlanner.EntryPlan[] plans, int first, int last, double accountBase) {
        this.accountBase = accountBase;
        this.config = config;
        this.variant = variant;
        this.market = market;
        this.plans = plans;
        this.rules = new AlvhRules(config.rules());
        this.first = first;
        this.last = last;
        this.book = variant.book().shared() && variant.kind() != BacktestConfig.HedgeKind.NONE
                ? new SharedHedgeBook(config, variant, market, decisions) : null;
    }

    /**
     * The replay's daily P&L, capital in use, trades and fills, the day index it stopped at zero equity (−1), and a
     * shared book's costs ($, 0 without one), and how many of its prices were real.
     */
    record Replay(double[] cumulativePnl, double[] capitalInUse, List<BookTrade> trades, List<Decision> decisions,
                  int stoppedDay, double bookCosts, DataCoverage coverage) {
    }

    Replay run(BooleanSupplier cancelled) {
        int days = last - first + 1;
        double[] cumulative = new double[days];
        double[] capital = new double[days];
        for (int d = first; d <= last; d++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("backtest cancelled");
            }
            settle(d);
            exits(d);
            resize(d);
            boolean stopped = stoppedDay >= 0;
            if (plans[d] != null && !stopped) {
                enter(d, plans[d], d == first ? 0 : cumulative[d - first - 1]);
            }
            double openPnl = 0;
            double inUse = 0;
            if (book != null) {
                book.rebalance(d, bookTarget(), plans[d]);
                openPnl += book.pnl(d);
                inUse += book.capital();
            }
            for (BookTrade trade : open) {
                openPnl += trade.pnl(market, d);
                inUse += trade.capitalNow();
                countMarks(trade, d);
            }
            cumulative[d - first] = closedPnl + openPnl;
            capital[d - first] = inUse;
            if (!stopped && accountBase + cumulative[d - first] <= 0) {
                // The account is wiped out: it closes everything at this close and trades no more.
                for (BookTrade trade : List.copyOf(open)) {
                    closeTrade(trade, d, ExitReason.ACCOUNT_WIPED_OUT);
                }
                stoppedDay = d;
                if (book != null) {
                    book.rebalance(d, 0, null);
                }
                cumulative[d - first] = closedPnl + (book == null ? 0 : book.pnl(d));
                capital[d - first] = 0;
            }
        }
        return new Replay(cumulative, capital, List.copyOf(all), List.copyOf(decisions), stoppedDay,
                book == null ? 0 : book.costs(), coverage.result());
    }

    /** The shared book's target: the sum over open condors of their hedge sizes (layer 1 plus layer 2). */
    private int bookTarget() {
        int target = 0;
        for (BookTrade trade : open) {
            target += trade.hedge1Contracts + trade.hedge2Contracts;
        }
        return target;
    }

    /** The day's close marks of a trade's open legs, real or modelled. */
    private void countMarks(BookTrade trade, int d) {
        for (BookLeg[] layer : trade.legs) {
            for (BookLeg leg : layer) {
                if (!leg.isSettled() && leg.openQuantity() != 0) {
                    coverage.mark(leg.realPrice(market, d));
                }
            }
        }
    }

    private void settle(int d) {
        if (book != null) {
            book.settle(d);
        }
        for (BookTrade trade : open) {
            for (int layer = 0; layer < BookTrade.LAYERS; layer++) {
                for (BookLeg leg : trade.legs[layer]) {
                    if (!leg.isSettled() && !leg.expiryDate().isAfter(market.date(d))) {
                        LocalDateTime time = leg.instrument().expiryTime().orElseThrow().toLocalDateTime();
                        int quantity = -leg.openQuantity();
                        double value = leg.settlementValue(market, d);
                        if (quantity != 0) {
                            coverage.settlement(leg.realSettlement(market, d));
                            decisions.add(new Decision(time, trade.id, LAYER_NAMES[layer], leg.instrument().label(),
                                    quantity, value));
                        }
                        if (quantity == 0) {
                            leg.markSettled();
                        } else {
                            leg.settle(Fill.of(time, quantity, value));
                        }
                    }
                }
            }
        }
    }

    private void exits(int d) {
        for (BookTrade trade : List.copyOf(open)) {
            if (trade.entryDay == d) {
                continue;
            }
            Optional<ExitReason> reason = trade.coreSettled() ? Optional.of(ExitReason.EXPIRY) : exitRule(trade, d);
            if (reason.isPresent()) {
                closeTrade(trade, d, reason.get());
            }
        }
    }

    private Optional<ExitReason> exitRule(BookTrade trade, int d) {
        BacktestConfig.Exits exits = config.exits();
        double pnl = trade.corePnlAtMid(market, d);
        if (exits.takeProfitPctOfCredit().isPresent()
                && pnl >= exits.takeProfitPctOfCredit().getAsDouble() / 100 * trade.creditMid) {
            return Optional.of(ExitReason.TAKE_PROFIT);
        }
        if (exits.stopLossPctOfCredit().isPresent()
                && pnl <= -exits.stopLossPctOfCredit().getAsDouble() / 100 * trade.creditMid) {
            return Optional.of(ExitReason.STOP_LOSS);
        }
        int before = exits.closeDaysBeforeExpiry();
        if (before > 0 && market.daysFromClose(d, trade.coreExpirySeconds) <= before) {
            return Optional.of(ExitReason.DAYS_BEFORE_EXPIRY);
        }
        return Optional.empty();
    }

    private void closeTrade(BookTrade trade, int d, ExitReason reason) {
        for (int layer = 0; layer < BookTrade.LAYERS; layer++) {
            for (BookLeg leg : trade.legs[layer]) {
                if (!leg.isSettled() && leg.openQuantity() != 0) {
                    trade(trade, layer, leg, d, -leg.openQuantity());
                }
            }
        }
        trade.exitDay = d;
        trade.exitReason = reason;
        closedPnl += trade.pnl(market, d);
        open.remove(trade);
    }

    private void resize(int d) {
        if (variant.kind() != BacktestConfig.HedgeKind.ALVH) {
            return;
        }
        for (BookTrade trade : open) {
            if (trade.entryDay != d && (book != null || !hedgeSettled(trade))) {
                tradeLayer2To(trade, d, layer2Target(trade, d));
            }
        }
    }

    private static boolean hedgeSettled(BookTrade trade) {
        return trade.legs[BookTrade.HEDGE_2].length == 0 || trade.legs[BookTrade.HEDGE_2][0].isSettled();
    }

    /** Layer 2's contracts on day d: the rules' output in contracts, or times the layer's base size. */
    private int layer2Target(BookTrade trade, int d) {
        double output = rules.sizeAt(market.signals(), d);
        return config.rules().unit() == AlvhRuleSet.SizeUnit.CONTRACTS ? (int) Math.round(output)
                : (int) Math.round(output * trade.hedge2Base);
    }

    private void tradeLayer2To(BookTrade trade, int d, int target) {
        int change = target - trade.hedge2Contracts;
        if (change == 0) {
            return;
        }
        BookLeg[] legs = trade.legs[BookTrade.HEDGE_2];
        for (int j = 0; j < legs.length; j++) {
            trade(trade, BookTrade.HEDGE_2, legs[j], d, change * trade.unitQuantities[j]);
        }
        trade.hedge2Contracts = target;
        trade.hedge2Max = Math.max(trade.hedge2Max, target);
        trade.peakCapital = Math.max(trade.peakCapital, trade.capitalNow());
    }

    private void enter(int d, EntryPlanner.EntryPlan planned, double cumulativeBefore) {
        EntryPlanner.EntryPlan plan = sized(planned, cumulativeBefore);
        if (plan == null) {
            return;
        }
        EntryPlanner.HedgePlan hedge = variant.kind() == BacktestConfig.HedgeKind.NONE ? null
                : plan.hedges().get(variant.hedge());
        double base = hedge == null ? 0 : baseContracts(plan, hedge);
        int layer1 = 0;
        double layer2Base = 0;
        BacktestConfig.Sizing sizing = variant.sizing();
        if (variant.kind() == BacktestConfig.HedgeKind.FIXED) {
            layer1 = (int) Math.round(base);
        } else if (variant.kind() == BacktestConfig.HedgeKind.ALVH) {
            layer1 = (int) Math.round(sizing.layer1Share() * base);
            layer2Base = sizing.layer2Share() * base;
        }
        // In a shared book the trade holds no hedge legs: its sizes are its share of the book's target.
        boolean ownHedge = hedge != null && book == null;
        BookTrade trade = new BookTrade(all.size(), d, plan.condor(), ownHedge ? hedge.unit() : null,
                plan.condorCapital(), ownHedge ? hedge.unitCapital() : 0, layer1, layer2Base);
        BookLeg[] core = trade.legs[BookTrade.CORE];
        for (int j = 0; j < core.length; j++) {
            int quantity = plan.condor().legs().get(j).quantity();
            double mid = trade(trade, BookTrade.CORE, core[j], d, quantity);
            trade.creditMid -= quantity * mid * core[j].instrument().multiplier();
        }
        for (BookLeg leg : core) {
            trade.credit += leg.premiumReceived();
        }
        BookLeg[] hedge1 = trade.legs[BookTrade.HEDGE_1];
        for (int j = 0; j < hedge1.length && layer1 > 0; j++) {
            trade(trade, BookTrade.HEDGE_1, hedge1[j], d, layer1 * trade.unitQuantities[j]);
        }
        if (variant.kind() == BacktestConfig.HedgeKind.ALVH) {
            tradeLayer2To(trade, d, layer2Target(trade, d));
            trade.hedge2AtEntry = trade.hedge2Contracts;
        }
        trade.peakCapital = Math.max(trade.peakCapital, trade.capitalNow());
        open.add(trade);
        all.add(trade);
    }

    /**
     * The plan at the account's size: with {@code capital.equityFraction} the condor's lots are
     * ⌊fraction × equity / margin per lot⌋ (none: no trade, null), its vega and capital scaled with them; else as planned.
     */
    private EntryPlanner.EntryPlan sized(EntryPlanner.EntryPlan plan, double cumulativeBefore) {
        java.util.OptionalDouble fraction = config.capital().equityFraction();
        if (fraction.isEmpty()) {
            return plan;
        }
        int planned = Math.abs(plan.condor().legs().get(0).quantity());
        double equity = config.capital().baseDollars().getAsDouble() + cumulativeBefore;
        double perLot = plan.condorCapital() / planned;
        int lots = perLot > 0 ? (int) Math.floor(fraction.getAsDouble() * Math.max(equity, 0) / perLot) : 0;
        if (lots == 0) {
            return null;
        }
        double scale = (double) lots / planned;
        org.condordesk.model.Layer condor = plan.condor().withLegs(plan.condor().legs().stream()
                .map(leg -> leg.withQuantity(Integer.signum(leg.quantity()) * lots)).toList());
        return new EntryPlanner.EntryPlan(plan.day(), condor, plan.condorVixVega() * scale, plan.condorCapital() * scale,
                plan.hedges());
    }

    /**
     * The hedge size before shares: vega-neutral contracts × ratio (fractional), at most
     * {@link #MAX_NEUTRAL_CONTRACTS_PER_LOT} a condor lot; or the fixed count. The cap binds only where the hedge's own
     * VIX vega is close to zero (a diagonal whose near leg moves as much as its far one): vega-neutral there means
     * hundreds of contracts no trader would hold.
     */
    private double baseContracts(EntryPlanner.EntryPlan plan, EntryPlanner.HedgePlan hedge) {
        BacktestConfig.Sizing sizing = variant.sizing();
        if (sizing.rule() == BacktestConfig.SizingRule.CONTRACTS) {
            return sizing.contracts();
        }
        if (sizing.rule() == BacktestConfig.SizingRule.PREMIUM_BUDGET) {
            return budgetContracts(sizing.budgetPctOfCredit(), -midValue(plan.condor(), plan.day()),
                    midValue(hedge.unit(), plan.day()));
        }
        double neutral = hedge.unitVixVega() > 0 ? -plan.condorVixVega() / hedge.unitVixVega() : 0;
        double cap = MAX_NEUTRAL_CONTRACTS_PER_LOT * Math.abs(plan.condor().legs().get(0).quantity());
        return Math.min(Math.max(0, neutral) * sizing.hedgeRatio(), cap);
    }

    /**
     * The premium budget's contracts: {@code floor(budget % / 100 × credit / unit premium)}, both $ at entry mids; none
     * when the unit costs nothing or the condor takes no credit. The tiny tolerance keeps an exact multiple whole.
     */
    static int budgetContracts(double budgetPct, double creditDollars, double unitPremiumDollars) {
        if (unitPremiumDollars <= 0 || creditDollars <= 0) {
            return 0;
        }
        return (int) Math.floor(budgetPct / 100 * creditDollars / unitPremiumDollars + 1e-9);
    }

    /** A layer's value at day d's close mids ($): {@code Σ q·mid·multiplier} (a debit paid is positive). */
    private double midValue(org.condordesk.model.Layer layer, int d) {
        double total = 0;
        for (org.condordesk.model.Leg leg : layer.legs()) {
            org.condordesk.model.Instrument instrument = leg.instrument();
            // An SPX leg at its real mid where the store has it (shockedMark prices the model's market only).
            double mid = instrument.kind() == org.condordesk.model.InstrumentKind.SPX_OPTION
                    ? market.spxOption(d, instrument.optionRight().orElseThrow(), instrument.optionStrike().orElseThrow(),
                            instrument.expiryTime().orElseThrow().toEpochSecond())
                    : market.shockedMark(d, instrument, 0);
            total += leg.quantity() * mid * instrument.multiplier();
        }
        return total;
    }

    /** The most vega-neutral hedge contracts per condor lot (docs/backtest.md §1). */
    static final double MAX_NEUTRAL_CONTRACTS_PER_LOT = 20;

    /** Trades {@code quantity} of {@code leg} at day d's close: mid ± half-spread plus commission; returns the mid. */
    private double trade(BookTrade trade, int layer, BookLeg leg, int d, int quantity) {
        double mid = leg.mark(market, d);
        boolean real = leg.realPrice(market, d);
        if (trade.entryDay == d) {
            coverage.entry(real);
        } else {
            coverage.mark(real);
        }
        LocalDateTime time = market.date(d).atTime(Settlement.PM.timeOfDay());
        FillCosts costs = new FillCosts(config.costs(), market, d);
        boolean comboLeg = layer != BookTrade.CORE && trade.legs[layer].length > 1;
        leg.trade(Fill.of(time, quantity, mid), costs.halfSpread(leg, comboLeg), costs.commission(leg.instrument()));
        decisions.add(new Decision(time, trade.id, LAYER_NAMES[layer], leg.instrument().label(), quantity,
                leg.fills().get(leg.fills().size() - 1).price()));
        return mid;
    }
}
