package org.condordesk.market;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Standard monthly VIX settlement dates: the Wednesday 30 days before the third Friday of the following
 * month (Cboe VIX futures contract specifications). Exchange holidays that move a settlement are not
 * modelled: check the Cboe calendar for those months.
 */
public final class VixCalendar {

    private VixCalendar() {
    }

    /** The settlement Wednesday of the VIX contract named by {@code month}. */
    public static LocalDate settlement(YearMonth month) {
        LocalDate thirdFriday = month.plusMonths(1).atDay(1)
                .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.FRIDAY));
        return thirdFriday.minusDays(30);
    }

    /** The next {@code count} standard settlements on or after {@code from}. */
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
