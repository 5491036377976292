package org.condordesk.backtest;

import java.time.LocalDate;

/**
 * The money-market rate the Cboe benchmark indices earn on their collateral (they hold one- or three-month T-bills),
 * as the calendar-year average of the 3-month T-bill rate, percent (docs/backtest.md §7). 1990–2022: the yearly
 * averages of the weekly 3-month T-bill rate in winnav's RISKFREE table (winnav.com, "averages from tbill3mo.nav for each
 * year"), which follow FRED's TB3MS (Board of Governors, H.15); 2023–2026 are CondorDesk's rounded readings of H.15
 * (about 5.3 % in September 2023 on treasury.gov, 4.2–4.5 % from October 2024 to February 2025 on ALFRED TB3MS),
 * marked as approximations. Before 1990 and after 2026 the nearest year is used.
 */
final class TreasuryBills {

    static final int FIRST_YEAR = 1990;
    private static final double[] PERCENT = {
        7.8, 5.6, 3.5, 3.1, 4.4, 5.7, 5.2, 5.2, 4.9, 4.8,      // 1990–1999
        6.0, 3.5, 1.6, 1.0, 1.4, 3.2, 4.8, 4.5, 1.5, 0.16,     // 2000–2009
        0.14, 0.06, 0.06, 0.06, 0.03, 0.06, 0.33, 0.94, 1.94, 2.09, // 2010–2019
        0.4, 0.04, 2.04, 5.0, 5.0, 4.2, 4.0,                   // 2020–2026 (2023–2026 approximate)
    };

    private TreasuryBills() {
    }

    /** The annual rate (decimal, simple) on {@code date}. */
    static double rate(LocalDate date) {
        int index = Math.min(Math.max(date.getYear() - FIRST_YEAR, 0), PERCENT.length - 1);
        return PERCENT[index] / 100;
    }

    /** Growth of a money-market balance over the calendar days from {@code from} to {@code to}: 1 + r·days/360. */
    static double growth(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return 1 + rate(from) * days / 360.0;
    }
}
