package org.condordesk.model;

import java.time.LocalDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A leg's fills matched first in, first out (docs/model.md §15): a fill against the open side closes the
 * oldest open lots first, each match realising {@code (close − open) × quantity × multiplier} less the fees of
 * the units it matched (each fill's fees spread evenly over its units); what a fill does not close opens a new
 * lot. The open lots give the open quantity, the entry shown (their quantity-weighted average open price) and
 * the fees still carried by them, which the unrealised P&L bears.
 */
public record FifoLedger(int openQuantity, double averageOpenPrice, double openFees, double realizedPnl,
                         List<OpenLot> openLots, List<ClosedLot> closedLots) {

    /** A lot still open: signed quantity, open price per unit (points), the fees it carries ($). */
    public record OpenLot(LocalDateTime openedAt, int quantity, double price, double fees) {
    }

    /**
     * A matched piece of a lot: the lot's signed quantity that was closed, open and close prices (points), the
     * fees of the matched units of both fills ($), and the P&L it realised ($, fees deducted).
     */
    public record ClosedLot(LocalDateTime openedAt, LocalDateTime closedAt, int quantity, double openPrice,
                            double closePrice, double fees, double realizedPnl) {
    }

    public FifoLedger {
        openLots = List.copyOf(openLots);
        closedLots = List.copyOf(closedLots);
    }

    /** The ledger of {@code fills} (in time order) for an instrument of {@code multiplier} dollars per point. */
    public static FifoLedger of(List<Fill> fills, double multiplier) {
        Deque<MutableLot> open = new ArrayDeque<>();
        List<ClosedLot> closed = new ArrayList<>();
        double realized = 0;
        for (Fill fill : fills) {
            int remaining = Math.abs(fill.quantity());
            int sign = Integer.signum(fill.quantity());
            double feePerUnit = fill.fees() / Math.abs(fill.quantity());
            while (remaining > 0 && !open.isEmpty() && Integer.signum(open.peekFirst().quantity) != sign) {
                MutableLot lot = open.peekFirst();
                int matched = Math.min(Math.abs(lot.quantity), remaining);
                int lotSign = Integer.signum(lot.quantity);
                double fees = (lot.feePerUnit + feePerUnit) * matched;
                double pnl = (fill.price() - lot.price) * lotSign * matched * multiplier - fees;
                closed.add(new ClosedLot(lot.openedAt, fill.time(), lotSign * matched, lot.price, fill.price(), fees, pnl));
                realized += pnl;
                lot.quantity -= lotSign * matched;
                remaining -= matched;
                if (lot.quantity == 0) {
                    open.removeFirst();
                }
            }
            if (remaining > 0) {
                open.addLast(new MutableLot(fill.time(), sign * remaining, fill.price(), feePerUnit));
            }
        }
        return summarise(open, closed, realized);
    }

    private static FifoLedger summarise(Deque<MutableLot> open, List<ClosedLot> closed, double realized) {
        int quantity = 0;
        long units = 0;
        double cost = 0;
        double fees = 0;
        boolean onePrice = true;
        List<OpenLot> lots = new ArrayList<>();
        for (MutableLot lot : open) {
            quantity += lot.quantity;
            units += Math.abs(lot.quantity);
            cost += Math.abs(lot.quantity) * lot.price;
            fees += Math.abs(lot.quantity) * lot.feePerUnit;
            onePrice &= lot.price == open.peekFirst().price;
            lots.add(new OpenLot(lot.openedAt, lot.quantity, lot.price, Math.abs(lot.quantity) * lot.feePerUnit));
        }
        // Lots at one price average to that price exactly (6 × 21.40 / 6 need not round back to 21.40).
        double average = units == 0 ? 0 : onePrice ? open.peekFirst().price : cost / units;
        return new FifoLedger(quantity, average, fees, realized, lots, closed);
    }

    /** Unrealised P&L ($) of the open lots at {@code mark} points per unit, net of the fees they carry. */
    public double unrealizedPnl(double mark, double multiplier) {
        return (mark - averageOpenPrice) * openQuantity * multiplier - openFees;
    }

    private static final class MutableLot {
        final LocalDateTime openedAt;
        int quantity;
        final double price;
        final double feePerUnit;

        MutableLot(LocalDateTime openedAt, int quantity, double price, double feePerUnit) {
            this.openedAt = openedAt;
            this.quantity = quantity;
            this.price = price;
            this.feePerUnit = feePerUnit;
        }
    }
}
