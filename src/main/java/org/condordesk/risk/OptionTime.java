package org.condordesk.risk;

import org.condordesk.market.MarketState;
import org.condordesk.market.VarianceClock;

/**
 * An option's time terms at one date, computed once: the rate discount {@code e^(−rτ)} and the discounted strike,
 * √(variance years) on the option clock and {@code √(variance years / calendar years)} (1 on the calendar clock),
 * which scales a calendar-quoted vol to the clock (docs/model.md §6). All zero once the option has expired.
 */
final class OptionTime {

    final double rateDiscount;
    final double discountedStrike;
    final double sqrtVarianceYears;
    final double clockVolScale;

    OptionTime(MarketState market, double strike, double expiryDays, double elapsedDays, double calendarYears) {
        if (expiryDays - elapsedDays > 0) {
            rateDiscount = Math.exp(-market.rate() * calendarYears);
            discountedStrike = strike * rateDiscount;
            VarianceClock clock = market.varianceClock();
            double varianceYears = clock.years(elapsedDays, expiryDays);
            sqrtVarianceYears = Math.sqrt(varianceYears);
            clockVolScale = Math.sqrt(varianceYears / calendarYears);
        } else {
            rateDiscount = 0;
            discountedStrike = 0;
            sqrtVarianceYears = 0;
            clockVolScale = 0;
        }
    }
}
