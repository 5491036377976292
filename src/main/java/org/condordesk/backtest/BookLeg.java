package org.condordesk.backtest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.condordesk.model.Fill;
import org.condordesk.model.FifoLedger;
import org.condordesk.model.Instrument;
import org.condordesk.model.OptionRight;
import org.condordesk.model.SpxOption;

/**
 * One leg of a backtest trade: its instrument, its fills (model {@link Fill}s matched first in, first out by
 * {@link FifoLedger}, the trade lifecycle's accounting) and what its fills cost beyond the mid. Mutable inside one
 * variant's replay only; its P&L at a mark is the ledger's realised plus unrealised P&L.
 */
final class BookLeg {

    private final Instrument instrument;
    private final OptionRight right;
    private final double strike;
    private final long expirySeconds;
    private final double multiplier;
    private final List<Fill> fills = new ArrayList<>();
    private FifoLedger ledger;
    private double costs;
    private double midCash;
    private boolean settled;

    BookLeg(Instrument instrument) {
        this.instrument = instrument;
        this.right = instrument.optionRight().orElse(null);
        this.strike = instrument.optionStrike().orElse(Double.NaN);
        // ETF shares never expire: their expiry is the end of time, so they never settle.
        this.expirySeconds = instrument.expiryTime().map(java.time.ZonedDateTime::toEpochSecond).orElse(Long.MAX_VALUE);
        this.multiplier = instrument.multiplier();
        this.ledger = FifoLedger.of(fills, multiplier);
    }

    Instrument instrument() {
        return instrument;
    }

    LocalDate expiryDate() {
        return instrument.expiryDate().orElse(LocalDate.MAX);
    }

    long expirySeconds() {
        return expirySeconds;
    }

    /** The option's right (null for a future). */
    OptionRight right() {
        return right;
    }

    /** The option's strike (NaN for a future). */
    double strike() {
        return strike;
    }

    boolean isSpx() {
        return instrument instanceof SpxOption;
    }

    /** Model mid per unit (points) at {@code day}'s close. */
    double mark(BacktestMarket market, int day) {
        return switch (instrument.kind()) {
            case SPX_OPTION -> market.spxOption(day, right, strike, expirySeconds);
            case VIX_OPTION -> market.vixOption(day, right, strike, expirySeconds);
            case VIX_FUTURE -> market.vixFuture(day, expirySeconds);
            case VIX_ETF -> market.etf(day);
            case VIX_ETF_OPTION -> market.etfOption(day, right, strike, expirySeconds);
            default -> throw new IllegalStateException("the backtest holds no " + instrument.label());
        };
    }

    /**
     * Its value at settlement: an SPX PM option's payoff on the day's SPX close; a VIX future or option on the real
     * final settlement value where imported, else the proxy of the special opening quotation (the day's VIX open).
     */
    double settlementValue(BacktestMarket market, int day) {
        if (isSpx()) {
            return Math.max(right.sign() * (market.spx(day) - strike), 0);
        }
        if (instrument.kind() == org.condordesk.model.InstrumentKind.VIX_ETF_OPTION) {
            // ETF options expire at the 16:00 close: the payoff on the day's modelled ETF close.
            return Math.max(right.sign() * (market.etf(day) - strike), 0);
        }
        double soq = market.vixSettlementValue(day, expirySeconds);
        return right == null ? soq : Math.max(right.sign() * (soq - strike), 0);
    }

    /** Whether {@code day}'s price of this leg is real data: an SPX quote or a VX settlement (a VIX option's price is modelled). */
    boolean realPrice(BacktestMarket market, int day) {
        return switch (instrument.kind()) {
            case SPX_OPTION -> market.realSpxQuote(day, right, strike, expirySeconds).isPresent();
            case VIX_FUTURE -> market.realVxSettle(day, expirySeconds).isPresent();
            default -> false;
        };
    }

    /** Whether its settlement value is real: SPX's close is the PM settlement; a VIX leg needs the expiry day's VX row. */
    boolean realSettlement(BacktestMarket market, int day) {
        return isSpx() || market.realVxSettle(day, expirySeconds).isPresent();
    }

    int openQuantity() {
        return ledger.openQuantity();
    }

    boolean isSettled() {
        return settled;
    }

    /**
     * Trades {@code quantity} (signed) at {@code mid} ± {@code halfSpread} (never below 0) paying {@code commission} $
     * a contract; the cost beyond the mid is counted.
     */
    void trade(Fill fillAtMid, double halfSpread, double commissionPerContract) {
        int quantity = fillAtMid.quantity();
        double mid = fillAtMid.price();
        double price = quantity > 0 ? mid + halfSpread : Math.max(0, mid - halfSpread);
        double fees = commissionPerContract * Math.abs(quantity);
        record(fillAtMid.withPrice(price).withFees(fees), mid);
    }

    /** Closes what is open (minus the open quantity) at the settlement value, free of costs. */
    void settle(Fill settlement) {
        record(settlement, settlement.price());
        settled = true;
    }

    /** Settled with nothing open: no fill. */
    void markSettled() {
        settled = true;
    }

    /** Premium received ($) by this option leg's fills, commissions deducted: {@code Σ −qᵢ·pᵢ·m − feesᵢ}. */
    double premiumReceived() {
        double total = 0;
        for (Fill fill : fills) {
            total -= fill.quantity() * fill.price() * multiplier + fill.fees();
        }
        return total;
    }

    private void record(Fill fill, double mid) {
        fills.add(fill);
        ledger = FifoLedger.of(fills, multiplier);
        costs += Math.abs(fill.price() - mid) * Math.abs(fill.quantity()) * multiplier + fill.fees();
        midCash -= fill.quantity() * mid * multiplier;
    }

    /** P&L ($) at {@code markPerUnit}: realised plus unrealised, costs included. */
    double pnl(double markPerUnit) {
        return ledger.realizedPnl() + ledger.unrealizedPnl(markPerUnit, multiplier);
    }

    /**
     * P&L ($) had every fill been at its mid without commissions, the figure exits are decided on:
     * {@code Σ −qᵢ·midᵢ·m + open·mark·m} (a future's variation margin adds up to the same).
     */
    double pnlAtMid(double markPerUnit) {
        return midCash + ledger.openQuantity() * markPerUnit * multiplier;
    }

    /** Spreads and commissions paid so far ($). */
    double costs() {
        return costs;
    }

    List<Fill> fills() {
        return List.copyOf(fills);
    }
}
