package org.condordesk.market;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Calendar time between instants: years = seconds / (365 · 86 400), the convention of every pricer here; and the
 * one place a date, or a number of days the trader picks, becomes an instant (docs/model.md §6, the clock rule).
 *
 * <p>Two kinds of days meet here. <b>Elapsed days</b> ({@link #days}) are seconds / 86 400: what tenors, the
 * engine's slices and theta's one day (exactly 86 400 s) count. <b>Clock days</b> are what a trader means by "T+3"
 * or "on 2027-03-15": whole clock days land on the valuation's New York clock time on that date (ZonedDateTime
 * arithmetic in America/New_York), so across a daylight-saving change T+3 from Friday 15:00 is Monday 15:00, 71 or
 * 73 elapsed hours away, not 72; a fraction of a clock day is that share of the (23-, 24- or 25-hour) day.
 */
public final class Tenor {

    /** One elapsed day: theta's "one day", and the unit of every tenor. The only copy. */
    public static final double SECONDS_PER_DAY = 86_400;
    public static final double DAYS_PER_YEAR = 365;

    private Tenor() {
    }

    public static double days(ZonedDateTime from, ZonedDateTime to) {
        Duration duration = Duration.between(from, to);
        return (duration.getSeconds() + duration.getNano() * 1e-9) / SECONDS_PER_DAY;
    }

    /**
     * The instant {@code clockDays} clock days after {@code valuation}: whole days on its New York clock time,
     * a fraction the same share of the next clock day.
     */
    public static ZonedDateTime atClockDays(ZonedDateTime valuation, double clockDays) {
        if (!Double.isFinite(clockDays)) {
            throw new IllegalArgumentException("clock days must be finite, got " + clockDays);
        }
        double whole = Math.floor(clockDays);
        ZonedDateTime start = valuation.plusDays((long) whole);
        double fraction = clockDays - whole;
        if (fraction == 0) {
            return start;
        }
        long dayNanos = Duration.between(start, valuation.plusDays((long) whole + 1)).toNanos();
        return start.plusNanos(Math.round(fraction * dayNanos));
    }

    /** Elapsed days from {@code valuation} to {@code clockDays} clock days after it. */
    public static double elapsedDays(ZonedDateTime valuation, double clockDays) {
        return days(valuation, atClockDays(valuation, clockDays));
    }

    /** Elapsed days from {@code valuation} to {@code date} at its New York clock time. */
    public static double daysToDate(ZonedDateTime valuation, LocalDate date) {
        return days(valuation, date.atTime(valuation.toLocalTime()).atZone(valuation.getZone()));
    }

    /** The clock days after {@code valuation} that {@link #atClockDays} maps to {@code instant} (its inverse). */
    public static double clockDays(ZonedDateTime valuation, ZonedDateTime instant) {
        long whole = java.time.temporal.ChronoUnit.DAYS.between(valuation, instant);
        ZonedDateTime start = valuation.plusDays(whole);
        if (start.isAfter(instant)) {
            whole--;
            start = valuation.plusDays(whole);
        }
        double dayNanos = Duration.between(start, valuation.plusDays(whole + 1)).toNanos();
        return whole + Duration.between(start, instant).toNanos() / dayNanos;
    }

    /** The instant {@code elapsedDays} × 86 400 s after {@code valuation} (an engine date back to a clock). */
    public static ZonedDateTime afterElapsed(ZonedDateTime valuation, double elapsedDays) {
        return valuation.plusSeconds(Math.round(elapsedDays * SECONDS_PER_DAY));
    }

    public static double years(ZonedDateTime from, ZonedDateTime to) {
        return days(from, to) / DAYS_PER_YEAR;
    }
}
