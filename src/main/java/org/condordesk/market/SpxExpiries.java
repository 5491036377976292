package org.condordesk.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The SPX / SPXW expiries listed on a given day (docs/backtest.md §2a), from Cboe's announcements:
 * <ul>
 * <li>the standard monthly expiry, the third Friday (the Thursday before when that Friday is a holiday), always;</li>
 * <li>Friday Weeklys (SPXW) from October 2005 ("In Oct 2005, Cboe introduced Weeklys", cboe.com/products/weeklys-options),
 * taken as listed from 2005-10-31; a Friday holiday moves the expiry to the day before (same page);</li>
 * <li>Wednesday Weeklys listed from 2016-02-23, first expiry 2016-03-02 (Cboe Options Hub, 2016-02-22);</li>
 * <li>Monday Weeklys from 2016-08-15 (Cboe Options Hub, 2016-08-11 and 2016-08-17); a Monday holiday moves the expiry
 * to the next business day;</li>
 * <li>Tuesday Weeklys listed from 2022-04-18 and Thursday Weeklys from 2022-05-11 (Cboe press release, Traders
 * Magazine, 2022).</li>
 * </ul>
 * Weeklys are listed up to {@link #WEEKLY_WEEKS_BEFORE_2014} consecutive weeks ahead before 2014 and
 * {@link #WEEKLY_WEEKS} from then (Cboe RG14-010, January 2014); a Wednesday, Tuesday or Thursday that is a holiday
 * has no expiry. Quarterly and end-of-month expiries are not listed here.
 */
public final class SpxExpiries {

    public static final LocalDate FRIDAY_WEEKLYS = LocalDate.of(2005, 10, 31);
    public static final LocalDate WEDNESDAY_WEEKLYS = LocalDate.of(2016, 2, 23);
    public static final LocalDate MONDAY_WEEKLYS = LocalDate.of(2016, 8, 15);
    public static final LocalDate TUESDAY_WEEKLYS = LocalDate.of(2022, 4, 18);
    public static final LocalDate THURSDAY_WEEKLYS = LocalDate.of(2022, 5, 11);
    static final int WEEKLY_WEEKS_BEFORE_2014 = 5;
    static final int WEEKLY_WEEKS = 6;
    private static final LocalDate SIX_WEEKS_FROM = LocalDate.of(2014, 1, 1);
    /** Standard monthlies are listed this many months ahead (at least; longer-dated ones exist). */
    private static final int MONTHS_AHEAD = 12;

    private SpxExpiries() {
    }

    /** The standard monthly expiry of {@code month}'s year and month: the third Friday, or the business day before. */
    public static LocalDate monthly(LocalDate month) {
        LocalDate friday = month.withDayOfMonth(1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
        return ExchangeCalendar.isBusinessDay(friday) ? friday : ExchangeCalendar.previousBusinessDay(friday);
    }

    /**
     * True when {@code expiry} is in one of the three nearest standard expiration months seen from {@code today}
     * (the months of the next three third-Friday expiries, today's included): SPX's "Strike Price Intervals: Five
     * points. 25-point intervals for far months" beside "Expiration Months: Three near-term months followed by three
     * additional months from the March quarterly cycle" (Cboe SPX product specification, cboe.com, as published
     * through the 2010s; docs/backtest.md §2a).
     */
    public static boolean inNearTermMonths(LocalDate today, LocalDate expiry) {
        LocalDate first = monthly(today);
        if (first.isBefore(today)) {
            first = monthly(today.withDayOfMonth(1).plusMonths(1));
        }
        return !expiry.isAfter(monthly(first.withDayOfMonth(1).plusMonths(2)));
    }

    /** True when {@code expiry} is the standard (AM-settled SPX) monthly expiry of its month. */
    public static boolean isMonthly(LocalDate expiry) {
        DayOfWeek day = expiry.getDayOfWeek();
        // Only a third Friday, or the Thursday before a holiday one, can be (cheap test before the calendar's).
        return (day == DayOfWeek.FRIDAY || day == DayOfWeek.THURSDAY) && expiry.getDayOfMonth() >= 14
                && expiry.getDayOfMonth() <= 21 && expiry.equals(monthly(expiry));
    }

    /** Every expiry listed on {@code today} after it, increasing (monthlies a year ahead, weeklies per their rules). */
    public static List<LocalDate> listed(LocalDate today) {
        List<LocalDate> out = new ArrayList<>();
        int weeks = today.isBefore(SIX_WEEKS_FROM) ? WEEKLY_WEEKS_BEFORE_2014 : WEEKLY_WEEKS;
        LocalDate weeklyEnd = today.plusWeeks(weeks);
        LocalDate monthlyEnd = today.plusMonths(MONTHS_AHEAD);
        for (LocalDate day = today.plusDays(1); !day.isAfter(monthlyEnd); day = day.plusDays(1)) {
            if (isMonthly(day) || !day.isAfter(weeklyEnd) && isWeekly(today, day)) {
                out.add(day);
            }
        }
        return out;
    }

    /** The listed expiry nearest {@code today + days} calendar days (the earlier one on a tie). */
    public static LocalDate nearest(LocalDate today, int days) {
        LocalDate target = today.plusDays(days);
        LocalDate best = null;
        // Every month has a listed monthly, so the nearest expiry lies within 31 days of the target: scan only there
        // (the backtest asks once per entry and a sweep once per entry per cell).
        int weeks = today.isBefore(SIX_WEEKS_FROM) ? WEEKLY_WEEKS_BEFORE_2014 : WEEKLY_WEEKS;
        LocalDate weeklyEnd = today.plusWeeks(weeks);
        List<LocalDate> candidates = new ArrayList<>();
        for (LocalDate day = today.plusDays(1); !day.isAfter(target.plusDays(31)); day = day.plusDays(1)) {
            if (isMonthly(day) || !day.isAfter(weeklyEnd) && isWeekly(today, day)) {
                candidates.add(day);
            }
        }
        for (LocalDate expiry : candidates) {
            long distance = Math.abs(expiry.toEpochDay() - target.toEpochDay());
            if (best == null || distance < Math.abs(best.toEpochDay() - target.toEpochDay())) {
                best = expiry;
            }
        }
        return best;
    }

    /** True when a weekly expiring on {@code day} (a business day) was listed by {@code today}'s rules. */
    private static boolean isWeekly(LocalDate today, LocalDate day) {
        if (!ExchangeCalendar.isBusinessDay(day)) {
            return false;
        }
        // A Friday holiday moves that week's expiry to Thursday; a Monday holiday moves it to Tuesday.
        LocalDate friday = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        boolean fridayExpiry = day.getDayOfWeek() == DayOfWeek.FRIDAY
                || day.getDayOfWeek() == DayOfWeek.THURSDAY && !ExchangeCalendar.isBusinessDay(friday);
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        boolean mondayExpiry = day.getDayOfWeek() == DayOfWeek.MONDAY
                || day.getDayOfWeek() == DayOfWeek.TUESDAY && !ExchangeCalendar.isBusinessDay(monday);
        return fridayExpiry && !today.isBefore(FRIDAY_WEEKLYS)
                || mondayExpiry && !today.isBefore(MONDAY_WEEKLYS)
                || day.getDayOfWeek() == DayOfWeek.WEDNESDAY && !today.isBefore(WEDNESDAY_WEEKLYS)
                || day.getDayOfWeek() == DayOfWeek.TUESDAY && !today.isBefore(TUESDAY_WEEKLYS)
                || day.getDayOfWeek() == DayOfWeek.THURSDAY && !today.isBefore(THURSDAY_WEEKLYS);
    }
}
