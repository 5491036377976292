package org.condordesk.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * VIX futures and options settlement dates (Cboe VX contract specifications): the Wednesday 30 days before
 * the third Friday of the following month (a weekly contract: the Wednesday of its week); if that Wednesday
 * or the Friday 30 days after it is a Cboe Options holiday, the business day immediately before that
 * Wednesday. Holidays come from {@link ExchangeCalendar}.
 */
public final class VixCalendar {

    /** The Friday a VIX settlement is measured to: 30 calendar days after its Wednesday. */
    static final int DAYS_TO_SPX_EXPIRY = 30;

    private VixCalendar() {
    }

    /** The settlement date of the monthly VIX contract named by {@code month} (it always falls in that month), holiday-adjusted. */
    public static LocalDate settlement(YearMonth month) {
        return adjusted(thirdFriday(month.plusMonths(1)).minusDays(DAYS_TO_SPX_EXPIRY));
    }

    /** The settlement of a VIX contract whose standard day is the Wednesday {@code wednesday}: moved when it or its Friday is a holiday. */
    public static LocalDate adjusted(LocalDate wednesday) {
        boolean moved = ExchangeCalendar.holiday(wednesday).isPresent()
                || ExchangeCalendar.holiday(wednesday.plusDays(DAYS_TO_SPX_EXPIRY)).isPresent();
        return moved ? ExchangeCalendar.previousBusinessDay(wednesday) : wednesday;
    }

    /** True when a monthly or weekly VIX contract settles on {@code date}: some Wednesday's adjusted date. */
    public static boolean isSettlementDay(LocalDate date) {
        LocalDate wednesday = date.with(TemporalAdjusters.nextOrSame(DayOfWeek.WEDNESDAY));
        // A holiday moves a settlement back by a few days at most: the Wednesday is this week's or next week's.
        return adjusted(wednesday).equals(date) || adjusted(wednesday.plusWeeks(1)).equals(date);
    }

    /** The third Friday of {@code month}. */
    public static LocalDate thirdFriday(YearMonth month) {
        return month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
    }

    /**
     * Every VIX settlement (monthly and weekly) on or after {@code from} for {@code weeks} weeks: each week's
     * Wednesday, holiday-adjusted ({@link #adjusted}). Cboe lists weekly VIX futures and options on the Wednesdays
     * between the monthly ones (Cboe VX and VIX options specifications).
     */
    public static List<LocalDate> weeklies(LocalDate from, int weeks) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate wednesday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY));
        for (int i = 0; dates.size() < weeks && i < weeks + 2; i++) {
            LocalDate date = adjusted(wednesday.plusWeeks(i));
            if (!date.isBefore(from)) {
                dates.add(date);
            }
        }
        return dates;
    }

    /** True when {@code date} is a monthly (standard) VIX settlement, not a weekly one. */
    public static boolean isMonthly(LocalDate date) {
        return settlement(YearMonth.from(date)).equals(date);
    }

    /** The next {@code count} monthly settlements on or after {@code from}. */
    public static List<LocalDate> upcoming(LocalDate from, int count) {
        List<LocalDate> dates = new ArrayList<>();
        YearMonth month = YearMonth.from(from).minusMonths(1);
        while (dates.size() < count) {
            LocalDate date = settlement(month);
            if (!date.isBefore(from)) {
                dates.add(date);
            }
            month = month.plusMonths(1);
        }
        return dates;
    }
}
