package org.condordesk.backtest;

import java.time.LocalDate;
import java.util.List;

import org.condordesk.model.Layer;
import org.condordesk.model.Leg;

/**
 * One condor and its hedge layers inside a variant's replay: the legs of the CORE layer, of hedge layer 1 (fixed) and
 * of hedge layer 2 (sized by the ALVH rules), the contracts each hedge layer holds, and the capital it ties up.
 */
final class BookTrade {

    /** The layers of a trade, in this order in every per-layer array. */
    static final int CORE = 0;
    static final int HEDGE_1 = 1;
    static final int HEDGE_2 = 2;
    static final int LAYERS = 3;

    final int id;
    final int entryDay;
    final Layer condorPlan;
    final BookLeg[][] legs = new BookLeg[LAYERS][];
    /** Signed quantity of each hedge leg in one hedge unit (one spread: +1, −1; one future: +1). */
    final int[] unitQuantities;
    final long coreExpirySeconds;
    final double condorCapital;
    final double hedgeUnitCapital;
    final int hedge1Contracts;
    int hedge2Contracts;
    int hedge2AtEntry;
    int hedge2Max;
    final double hedge2Base;
    double creditMid;
    double credit;
    double peakCapital;
    int exitDay = -1;
    ExitReason exitReason = ExitReason.OPEN;

    BookTrade(int id, int entryDay, Layer condor, Layer hedgeUnit, double condorCapital, double hedgeUnitCapital,
              int hedge1Contracts, double hedge2Base) {
        this.id = id;
        this.entryDay = entryDay;
        this.condorPlan = condor;
        this.legs[CORE] = condor.legs().stream().map(leg -> new BookLeg(leg.instrument())).toArray(BookLeg[]::new);
        List<Leg> hedgeLegs = hedgeUnit == null ? List.of() : hedgeUnit.legs();
        this.legs[HEDGE_1] = hedgeLegs.stream().map(leg -> new BookLeg(leg.instrument())).toArray(BookLeg[]::new);
        this.legs[HEDGE_2] = hedgeLegs.stream().map(leg -> new BookLeg(leg.instrument())).toArray(BookLeg[]::new);
        this.unitQuantities = hedgeLegs.stream().mapToInt(Leg::quantity).toArray();
        this.coreExpirySeconds = legs[CORE][0].expirySeconds();
        this.condorCapital = condorCapital;
        this.hedgeUnitCapital = hedgeUnitCapital;
        this.hedge1Contracts = hedge1Contracts;
        this.hedge2Base = hedge2Base;
    }

    LocalDate coreExpiry() {
        return legs[CORE][0].expiryDate();
    }

    boolean isOpen() {
        return exitDay < 0;
    }

    boolean coreSettled() {
        for (BookLeg leg : legs[CORE]) {
            if (!leg.isSettled()) {
                return false;
            }
        }
        return true;
    }

    /** Capital ($) the trade ties up with layer 2 at its current size. */
    double capitalNow() {
        return condorCapital + (hedge1Contracts + hedge2Contracts) * hedgeUnitCapital;
    }

    /** P&L ($) of layer {@code layer} at {@code day}'s close marks. */
    double layerPnl(int layer, BacktestMarket market, int day) {
        double total = 0;
        for (BookLeg leg : legs[layer]) {
            total += leg.pnl(leg.openQuantity() == 0 ? 0 : leg.mark(market, day));
        }
        return total;
    }

    double pnl(BacktestMarket market, int day) {
        return layerPnl(CORE, market, day) + layerPnl(HEDGE_1, market, day) + layerPnl(HEDGE_2, market, day);
    }

    /** The condor's P&L at mids without commissions, the figure take-profit and stop-loss read. */
    double corePnlAtMid(BacktestMarket market, int day) {
        double total = 0;
        for (BookLeg leg : legs[CORE]) {
            total += leg.pnlAtMid(leg.openQuantity() == 0 ? 0 : leg.mark(market, day));
        }
        return total;
    }

    /** Spreads and commissions paid by every leg of layer {@code layer} ($). */
    double costs(int layer) {
        double total = 0;
        for (BookLeg leg : legs[layer]) {
            total += leg.costs();
        }
        return total;
    }
}
