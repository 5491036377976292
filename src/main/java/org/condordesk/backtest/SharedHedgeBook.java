package org.condordesk.backtest;

import java.time.LocalDateTime;
import java.util.List;

import org.condordesk.model.Fill;
import org.condordesk.model.Instrument;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.Settlement;

/**
 * A variant's one hedge book across overlapping condors (docs/backtest.md §hedge book): one position in one hedge
 * contract (a unit of one or more legs), whose target is the sum of the open condors' hedge sizes. Each day at the
 * close it trades only the difference to the target (netting), so two overlapping condors sized 60 and 50 hold 110
 * and the second entry buys 50. It rolls on its own rule, not with the condors' exits: when its nearest leg has fewer
 * than N calendar days left, or on a set weekday when the contract nearest the tenor has changed, it closes and
 * reopens the target in the contract nearest the tenor that day. Costs count only what is traded.
 */
final class SharedHedgeBook {

    /** The trade id and layer name of the book's fills in the decisions list. */
    static final int BOOK_TRADE_ID = -1;
    static final String LAYER = "BOOK";

    private final BacktestConfig config;
    private final BacktestConfig.Variant variant;
    private final BacktestMarket market;
    private final List<Decision> decisions;
    private BookLeg[] legs;
    private int[] unitQuantities;
    private double unitCapital;
    private int held;
    private double retiredPnl;
    private double retiredCosts;
    private int rolls;

    SharedHedgeBook(BacktestConfig config, BacktestConfig.Variant variant, BacktestMarket market,
                    List<Decision> decisions) {
        this.config = config;
        this.variant = variant;
        this.market = market;
        this.decisions = decisions;
    }

    /** Legs settling on day d settle at the opening-quotation proxy; a part-settled unit (a diagonal) closes whole. */
    void settle(int d) {
        if (legs == null) {
            return;
        }
        boolean any = false;
        for (BookLeg leg : legs) {
            if (!leg.isSettled() && !leg.expiryDate().isAfter(market.date(d))) {
                LocalDateTime time = leg.instrument().expiryTime().orElseThrow().toLocalDateTime();
                int quantity = -leg.openQuantity();
                if (quantity == 0) {
                    leg.markSettled();
                } else {
                    double value = leg.settlementValue(market, d);
                    decisions.add(new Decision(time, BOOK_TRADE_ID, LAYER, leg.instrument().label(), quantity, value));
                    leg.settle(Fill.of(time, quantity, value));
                }
                any = true;
            }
        }
        if (any) {
            closeAll(d);
        }
    }

    /**
     * Day d's close: roll if the rule says so, then trade the difference to {@code target} contracts. {@code plan} is
     * the day's entry plan, or null on a day without an entry (a roll then plans the day's hedge unit itself).
     */
    void rebalance(int d, int target, EntryPlanner.EntryPlan plan) {
        if (legs != null && rollDue(d, plan)) {
            closeAll(d);
            rolls++;
        }
        if (legs != null && held == 0) {
            retire();
        }
        if (target > 0 && legs == null) {
            open(hedgeOf(d, plan));
        }
        tradeUnits(d, target - held);
    }

    private boolean rollDue(int d, EntryPlanner.EntryPlan plan) {
        double nearest = Double.POSITIVE_INFINITY;
        for (BookLeg leg : legs) {
            nearest = Math.min(nearest, market.daysFromClose(d, leg.expirySeconds()));
        }
        if (nearest < variant.book().rollDaysBeforeExpiry()) {
            return true;
        }
        if (variant.book().rollWeekday().filter(day -> day == market.date(d).getDayOfWeek()).isEmpty()) {
            return false;
        }
        List<Leg> today = hedgeOf(d, plan).unit().legs();
        for (int j = 0; j < legs.length; j++) {
            if (!today.get(j).instrument().label().equals(legs[j].instrument().label())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The contract the book opens on day d: the day's entry plan's hedge unit when it is far enough from expiry not to
     * roll at once, else the unit planned that day among contracts settling after d + N days.
     */
    private EntryPlanner.HedgePlan hedgeOf(int d, EntryPlanner.EntryPlan plan) {
        EntryPlanner.HedgePlan planned = plan == null ? null : plan.hedges().get(variant.hedge());
        if (planned != null && nearestDays(d, planned.unit()) >= variant.book().rollDaysBeforeExpiry()) {
            return planned;
        }
        EntryPlanner.EntryPlan fresh = EntryPlanner.plan(market, d, config, List.of(variant.hedge()),
                market.date(d).plusDays(variant.book().rollDaysBeforeExpiry()));
        EntryPlanner.HedgePlan hedge = fresh.hedges().get(variant.hedge());
        if (hedge == null) {
            throw new IllegalStateException("no VIX hedge can be priced on " + market.date(d));
        }
        return hedge;
    }

    private double nearestDays(int d, Layer unit) {
        double nearest = Double.POSITIVE_INFINITY;
        for (Leg leg : unit.legs()) {
            nearest = Math.min(nearest, market.daysFromClose(d, leg.instrument().expiryTime()
                    .map(java.time.ZonedDateTime::toEpochSecond).orElse(Long.MAX_VALUE)));
        }
        return nearest;
    }

    private void open(EntryPlanner.HedgePlan hedge) {
        Layer unit = hedge.unit();
        legs = unit.legs().stream().map(leg -> new BookLeg(leg.instrument())).toArray(BookLeg[]::new);
        unitQuantities = unit.legs().stream().mapToInt(Leg::quantity).toArray();
        unitCapital = hedge.unitCapital();
    }

    private void closeAll(int d) {
        for (BookLeg leg : legs) {
            if (!leg.isSettled() && leg.openQuantity() != 0) {
                trade(leg, d, -leg.openQuantity());
            }
        }
        held = 0;
        retire();
    }

    /** The contract holds nothing: its P&L is realised and the book is free to open another. */
    private void retire() {
        for (BookLeg leg : legs) {
            retiredPnl += leg.pnl(0);
            retiredCosts += leg.costs();
        }
        legs = null;
        unitQuantities = null;
        unitCapital = 0;
    }

    private void tradeUnits(int d, int change) {
        if (change == 0 || legs == null) {
            return;
        }
        for (int j = 0; j < legs.length; j++) {
            trade(legs[j], d, change * unitQuantities[j]);
        }
        held += change;
    }

    private void trade(BookLeg leg, int d, int quantity) {
        double mid = leg.mark(market, d);
        LocalDateTime time = market.date(d).atTime(Settlement.PM.timeOfDay());
        FillCosts costs = new FillCosts(config.costs(), market, d);
        Instrument instrument = leg.instrument();
        leg.trade(Fill.of(time, quantity, mid), costs.halfSpread(leg, legs.length > 1), costs.commission(instrument));
        decisions.add(new Decision(time, BOOK_TRADE_ID, LAYER, instrument.label(), quantity,
                leg.fills().get(leg.fills().size() - 1).price()));
    }

    /** The book's P&L ($) at day d's close marks: retired contracts' realised P&L plus the open contract's. */
    double pnl(int d) {
        double total = retiredPnl;
        if (legs != null) {
            for (BookLeg leg : legs) {
                total += leg.pnl(leg.openQuantity() == 0 ? 0 : leg.mark(market, d));
            }
        }
        return total;
    }

    /** Spreads and commissions the book has paid ($). */
    double costs() {
        double total = retiredCosts;
        if (legs != null) {
            for (BookLeg leg : legs) {
                total += leg.costs();
            }
        }
        return total;
    }

    /** Capital ($) the book ties up: its contracts times the unit's Reg-T capital at the contract's opening. */
    double capital() {
        return held * unitCapital;
    }

    int held() {
        return held;
    }

    int rolls() {
        return rolls;
    }
}
