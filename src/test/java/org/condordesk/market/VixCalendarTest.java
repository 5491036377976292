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
        // Jan 2025 → 22 Jan 2025. (Mar 2025 settled on Tuesday 18 Mar because 18 Apr 2025 was Good Friday:
        // holiday moves are not modelled, see the class comment.)
        assertThat(VixCalendar.settlement(YearMonth.of(2024, 10))).isEqualTo(LocalDate.of(2024, 10, 16));
        assertThat(VixCalendar.settlement(YearMonth.of(2024, 11))).isEqualTo(LocalDate.of(2024, 11, 20));
        assertThat(VixCalendar.settlement(YearMonth.of(2025, 1))).isEqualTo(LocalDate.of(2025, 1, 22));
        // The sample scenario's curve: Dec 2026 … Apr 2027.
        assertThat(VixCalendar.upcoming(LocalDate.of(2026, 11, 25), 5)).containsExactly(
                LocalDate.of(2026, 12, 16), LocalDate.of(2027, 1, 20), LocalDate.of(2027, 2, 17),
                LocalDate.of(2027, 3, 17), LocalDate.of(2027, 4, 21));
    }

    @Test
    void everySettlementIsAWednesday() {
        for (int month = 0; month < 240; month++) {
            assertThat(VixCalendar.settlement(YearMonth.of(2010, 1).plusMonths(month)).getDayOfWeek())
                    .isEqualTo(DayOfWeek.WEDNESDAY);
        }
    }
}
