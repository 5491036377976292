package org.condordesk.ui.signals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;


/**
 * The Signals window's warning when the history stops well before the book's date (issue 27 §5): the signals and
 * "today's" output then describe the history's last day, not the trader's. Stale means more than
 * {@value #TRADING_DAYS} trading days, counted as weekdays (exchange holidays are not known here, so a week with a
 * holiday counts one day more).
 */
final class StaleHistory {

    static final int TRADING_DAYS = 5;

    private StaleHistory() {
    }

    /** Weekdays after {@code last} up to and including {@code asOf} (0 when {@code last} is not before it). */
    static int weekdaysBetween(LocalDate last, LocalDate asOf) {
        int days = 0;
        for (LocalDate d = last.plusDays(1); !d.isAfter(asOf); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days++;
            }
        }
        return days;
    }

    /** The warning for a book dated {@code asOf}, naming every series that stops too early; empty when none does. */
    static Optional<String> warning(Map<String, LocalDate> lastBars, LocalDate asOf) {
        List<String> stale = new ArrayList<>();
        lastBars.forEach((symbol, last) -> {
            int behind = weekdaysBetween(last, asOf);
            if (behind > TRADING_DAYS) {
                stale.add(symbol + " ends " + last + " (" + behind + " trading days before)");
            }
        });
        if (stale.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("The history is older than the book (" + asOf + "): " + String.join(", ", stale)
                + ". The signals and today's output are those of the last day with data. Import newer history "
                + "(Import history…).");
    }
}
