package org.condordesk.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExchangeCalendarTest {

    @Test
    void publishedClosuresAreHolidays() {
        // NYSE Group calendar announcements (2021-12-27, 2024-11-08, 2025-12-23) and Cboe's press release of
        // 2024-12-30 for the National Day of Mourning for President Carter.
        assertThat(ExchangeCalendar.holiday(LocalDate.of(2025, 1, 9))).hasValueSatisfying(name -> assertThat(name).contains("Carter"));
        assertThat(ExchangeCalendar.holiday(LocalDate.of(2026, 4, 3))).contains("Good Friday");
        assertThat(ExchangeCalendar.holiday(LocalDate.of(2026, 6, 19))).isPresent();             // Juneteenth, a Friday
        assertThat(ExchangeCalendar.holiday(LocalDate.of(2027, 6, 18))).isPresent();             // observed (19th a Saturday)
        assertThat(ExchangeCalendar.holiday(LocalDate.of(2027, 12, 24))).contains("Christmas Day"); // observed
        assertThat(ExchangeCalendar.isBusinessDay(LocalDate.of(2027, 12, 31))).isTrue();          // New Year 2028 not observed
        assertThat(ExchangeCalendar.isBusinessDay(LocalDate.of(2026, 12, 24))).isTrue();          // an early close only
        assertThat(ExchangeCalendar.previousBusinessDay(LocalDate.of(2026, 4, 6))).isEqualTo(LocalDate.of(2026, 4, 2));
    }

    /** The years nobody has published are the NYSE Rule 7.2 holidays, recomputed here a second way. */
    @ParameterizedTest
    @ValueSource(ints = {2024, 2025, 2026, 2027, 2028, 2029, 2030})
    void everyYearHasTheNyseRuleHolidays(int year) {
        for (LocalDate day : nyseRuleHolidays(year)) {
            assertThat(ExchangeCalendar.isBusinessDay(day)).as(day.toString()).isFalse();
        }
    }

    private static List<LocalDate> nyseRuleHolidays(int year) {
        // Easter Sundays from the published tables (US Naval Observatory): 2024-03-31, 2025-04-20, 2026-04-05,
        // 2027-03-28, 2028-04-16, 2029-04-01, 2030-04-21; Good Friday two days before.
        LocalDate[] easter = {LocalDate.of(2024, 3, 31), LocalDate.of(2025, 4, 20), LocalDate.of(2026, 4, 5),
            LocalDate.of(2027, 3, 28), LocalDate.of(2028, 4, 16), LocalDate.of(2029, 4, 1), LocalDate.of(2030, 4, 21)};
        List<LocalDate> days = new ArrayList<>();
        observed(LocalDate.of(year, 1, 1), true).ifPresent(days::add);
        days.add(LocalDate.of(year, 1, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 2, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.MONDAY)));
        days.add(easter[year - 2024].minusDays(2));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        observed(LocalDate.of(year, 6, 19), false).ifPresent(days::add);
        observed(LocalDate.of(year, 7, 4), false).ifPresent(days::add);
        days.add(LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 11, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)));
        observed(LocalDate.of(year, 12, 25), false).ifPresent(days::add);
        return days;
    }

    /** Saturday → the Friday before (New Year's Day: not observed), Sunday → the Monday after. */
    private static java.util.Optional<LocalDate> observed(LocalDate day, boolean newYear) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> newYear ? java.util.Optional.empty() : java.util.Optional.of(day.minusDays(1));
            case SUNDAY -> java.util.Optional.of(day.plusDays(1));
            default -> java.util.Optional.of(day);
        };
    }
}
