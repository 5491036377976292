package org.condordesk.model;

import java.time.LocalDateTime;

/**
 * One execution of a live leg: when (New York local time), how many contracts (signed: + bought, − sold), at
 * what price per unit in points, and the fees paid in dollars (commissions and exchange fees; negative for a
 * rebate). Fills are the record of a live position: its open quantity, entry and realised P&L derive from them
 * ({@link FifoLedger}).
 */
public record Fill(LocalDateTime time, int quantity, double price, double fees) {

    public Fill {
        Check.year("time", time);
        if (quantity == 0) {
            throw new ValidationException("quantity", "must not be 0");
        }
        if (Math.abs(quantity) > Leg.MAX_QUANTITY) {
            throw new ValidationException("quantity", "must be within ±" + Leg.MAX_QUANTITY + ", got " + quantity);
        }
        Check.price("price", price);
        Check.between("fees", fees, -MAX_FEES, MAX_FEES);
    }

    /** Fees beyond a million dollars on one fill are a typing error, not a fee. */
    public static final double MAX_FEES = 1_000_000;

    /** A fill without fees. */
    public static Fill of(LocalDateTime time, int quantity, double price) {
        return new Fill(time, quantity, price, 0);
    }

    public Fill withTime(LocalDateTime value) {
        return new Fill(value, quantity, price, fees);
    }

    public Fill withQuantity(int value) {
        return new Fill(time, value, price, fees);
    }

    public Fill withPrice(double value) {
        return new Fill(time, quantity, value, fees);
    }

    public Fill withFees(double value) {
        return new Fill(time, quantity, price, value);
    }
}
