package org.condordesk.market;

import java.time.LocalDate;

import org.condordesk.model.Check;
import org.condordesk.model.ValidationException;

/**
 * One VIX future's daily settlement price from Cboe Futures Exchange's per-contract history: the contract
 * ({@code VX/G8} monthly, {@code VX07/G8} weekly), the day it settles ({@code expiry}), the trade date and that day's
 * settlement price in index points. On the expiry date itself the price is the final settlement value (the special
 * opening quotation of VIX).
 */
public record VxDailySettle(String contract, LocalDate expiry, LocalDate day, double settlePoints) {

    public VxDailySettle {
        Check.text("contract", contract, 32);
        Check.present("expiry", expiry);
        Check.present("day", day);
        Check.between("settle", settlePoints, 0.01, 500);
        if (day.isAfter(expiry)) {
            throw new ValidationException("day", day + " is after the contract's settlement date " + expiry);
        }
    }

    /** True for a standard monthly contract ({@code VX/G8}), false for a weekly ({@code VX07/G8}). */
    public boolean monthly() {
        return contract.startsWith("VX/");
    }
}
