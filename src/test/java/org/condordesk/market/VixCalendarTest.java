package org.condordesk.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class VixCalendarTest {

    @Test
    void settlementIsTheWednesdayThirtyDaysBeforeTheNextMonthsThirdFriday() {
        // Cboe VX final settlement dates as published: Oct 2024 → 16 Oct 2024, Nov 2024 → 20 Nov 2024,
        // Jan 2025 → 22 Jan 2025.
        assertThat(VixCalendar.settlement(YearMonth.of(2024, 10))).isEqualTo(LocalDate.of(2024, 10, 16));
        assertThat(VixCalendar.settlement(YearMonth.of(2024, 11))).isEqualTo(LocalDate.of(2024, 11, 20));
        assertThat(VixCalendar.settlement(YearMonth.of(2025, 1))).isEqualTo(LocalDate.of(2025, 1, 22));
        // The sample scenario's curve: Dec 2026 … Apr 2027.
        assertThat(VixCalendar.upcoming(LocalDate.of(2026, 11, 25), 5)).containsExactly(
                LocalDate.of(2026, 12, 16), LocalDate.of(2027, 1, 20), LocalDate.of(2027, 2, 17),
                LocalDate.of(2027, 3, 17), LocalDate.of(2027, 4, 21));
    }

    @Test
    void aHolidayFridayMovesTheSettlementToTheBusinessDayBeforeTheWednesday() {
        // March 2025 settled on Tuesday 18 March: Friday 18 April 2025, 30 days after Wednesday 19 March, was Good Friday.
        assertThat(VixCalendar.settlement(YearMonth.of(2025, 3))).isEqualTo(LocalDate.of(2025, 3, 18));
        // Issue 13: May 2026 → Tuesday 19 May (Friday 19 June 2026 is Juneteenth); May 2027 → Tuesday 18 May
        // (Juneteenth 2027 falls on a Saturday and is observed on Friday 18 June).
        assertThat(VixCalendar.settlement(YearMonth.of(2026, 5))).isEqualTo(LocalDate.of(2026, 5, 19));
        assertThat(VixCalendar.settlement(YearMonth.of(2027, 5))).isEqualTo(LocalDate.of(2027, 5, 18));
    }

    @Test
    void everySettlementIsABusinessDayAndAWednesdayUnlessAHolidayMovedIt() {
        for (YearMonth month = YearMonth.of(2024, 1); !month.isAfter(YearMonth.of(2030, 11)); month = month.plusMonths(1)) {
            LocalDate date = VixCalendar.settlement(month);
            LocalDate wednesday = VixCalendar.thirdFriday(month.plusMonths(1)).minusDays(30);
            assertThat(wednesday.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
            assertThat(ExchangeCalendar.isBusinessDay(date)).as(month.toString()).isTrue();
            boolean holiday = ExchangeCalendar.holiday(wednesday).isPresent()
                    || ExchangeCalendar.holiday(wednesday.plusDays(30)).isPresent();
            assertThat(date).as(month.toString()).isEqualTo(holiday ? wednesday.minusDays(1) : wednesday);
        }
    }

    @Test
    void settlementDaysIncludeWeeklyWednesdaysAndMovedDaysOnly() {
        assertThat(VixCalendar.isSettlementDay(LocalDate.of(2026, 12, 16))).isTrue();   // monthly
        assertThat(VixCalendar.isSettlementDay(LocalDate.of(2026, 12, 23))).isTrue();   // a weekly Wednesday
        assertThat(VixCalendar.isSettlementDay(LocalDate.of(2026, 12, 18))).isFalse();  // a Friday
        assertThat(VixCalendar.isSettlementDay(LocalDate.of(2026, 5, 19))).isTrue();    // moved by Juneteenth
        assertThat(VixCalendar.isSettlementDay(LocalDate.of(2026, 5, 20))).isFalse();   // the Wednesday it left
        // Weekly: Wednesday 24 Dec 2025's Friday, 23 Jan 2026, is no holiday; Wednesday 31 Dec 2025's Friday,
        // 30 Jan 2026, neither: both settle on their Wednesdays.
        assertThat(VixCalendar.isSettlementDay(LocalDate.of(2025, 12, 31))).isTrue();
    }

    @org.junit.jupiter.api.Test
    void weekliesAreEveryWednesdayHolidayAdjustedAndTheMonthliesAreMarked() {
        // Juneteenth 2024 fell on Wednesday 19 June, the June VIX settlement: Cboe settled it on Tuesday 18 June
        // (the business day before); the next weekly is Wednesday 26 June.
        assertThat(VixCalendar.weeklies(java.time.LocalDate.of(2024, 6, 17), 2))
                .containsExactly(java.time.LocalDate.of(2024, 6, 18), java.time.LocalDate.of(2024, 6, 26));
        assertThat(VixCalendar.isMonthly(java.time.LocalDate.of(2024, 6, 18))).isTrue();
        assertThat(VixCalendar.isMonthly(java.time.LocalDate.of(2024, 6, 26))).isFalse();
        // From the sample's valuation date, 25 Nov 2026. Its own Wednesday's Friday 30 days later is Christmas, so it
        // settles on Tue 24 Nov (before the start: not listed). Wed 2 Dec + 30 days is New Year's Day 2027: Tue 1 Dec.
        // Then 9 Dec, 16 Dec (the monthly: third Friday of January 2027 is the 15th, 30 days before is Wed 16 Dec), 23 Dec.
        assertThat(VixCalendar.weeklies(java.time.LocalDate.of(2026, 11, 25), 4)).containsExactly(
                java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2026, 12, 9),
                java.time.LocalDate.of(2026, 12, 16), java.time.LocalDate.of(2026, 12, 23));
        assertThat(VixCalendar.isMonthly(java.time.LocalDate.of(2026, 12, 16))).isTrue();
    }
}
