package org.condordesk.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import org.condordesk.model.Instrument;
import org.condordesk.model.TimeBasis;
import org.junit.jupiter.api.Test;

class VarianceClockTest {

    private static ZonedDateTime ny(String localTime) {
        return LocalDateTime.parse(localTime).atZone(Instrument.NEW_YORK);
    }

    @Test
    void calendarTimeIsDaysOver365() {
        VarianceClock clock = new VarianceClock(ny("2026-12-04T15:00"), TimeBasis.CALENDAR, 0.1);
        assertThat(clock.years(0, 3.0416666)).isCloseTo(3.0416666 / 365, within(1e-15));
        assertThat(clock.years(2, 1)).isZero();
    }

    @Test
    void fridayAfternoonToMondayCloseCountsTheWeekendAtATenth() {
        // Fri 15:00 → Mon 16:00 (3 days + 1 hour): Friday 15:00–24:00 is 9/24 of a trading day, Saturday and
        // Sunday 0.1 each, Monday 00:00–16:00 16/24: 0.375 + 0.2 + 0.6667 = 1.24167 trading days, over a year of
        // 252 + 113·0.1 = 263.3 → 1.24167/263.3 years (1.7213 calendar-day equivalents; calendar: 3.0417).
        ZonedDateTime friday = ny("2026-12-04T15:00");
        VarianceClock clock = new VarianceClock(friday, TimeBasis.TRADING, 0.1);
        double monday = Tenor.days(friday, ny("2026-12-07T16:00"));
        assertThat(clock.years(0, monday)).isCloseTo((0.375 + 0.2 + 16.0 / 24) / 263.3, within(1e-12));
        // One calendar day on, Saturday 15:00: 0.375 + 0.1·15/24.
        assertThat(clock.years(0, 1)).isCloseTo((0.375 + 0.1 * 15 / 24) / 263.3, within(1e-12));
    }

    @Test
    void anExchangeHolidayCountsLikeAWeekendDay() {
        // Wed 2026-11-25 10:00 → Fri 2026-11-27 10:00: Wednesday 14/24, Thanksgiving 0.1, Friday 10/24.
        ZonedDateTime wednesday = ny("2026-11-25T10:00");
        VarianceClock clock = new VarianceClock(wednesday, TimeBasis.TRADING, 0.1);
        assertThat(clock.years(0, 2)).isCloseTo((14.0 / 24 + 0.1 + 10.0 / 24) / 263.3, within(1e-12));
    }

    @Test
    void aDaylightSavingDaySpreadsItsWeightOverItsRealHours() {
        // Sunday 2026-11-01 has 25 real hours (clocks go back at 02:00); Monday 2 Nov is a trading day.
        // Sat 12:00 → Mon 12:00 is 49 real hours: Saturday 12/24·0.1 + Sunday 0.1 + Monday 12/24.
        ZonedDateTime saturday = ny("2026-10-31T12:00");
        VarianceClock clock = new VarianceClock(saturday, TimeBasis.TRADING, 0.1);
        double monday = Tenor.days(saturday, ny("2026-11-02T12:00"));
        assertThat(monday).isCloseTo(49.0 / 24, within(1e-12));
        assertThat(clock.years(0, monday)).isCloseTo((0.05 + 0.1 + 0.5) / 263.3, within(1e-12));
    }

    @Test
    void withEveryDayWeightedOneTradingTimeIsCalendarTime() {
        // f = 1: a year of weight 365, every date weighs 1: the same as calendar time (off DST days).
        VarianceClock clock = new VarianceClock(ny("2026-12-04T15:00"), TimeBasis.TRADING, 1.0);
        assertThat(clock.years(0, 30)).isCloseTo(30 / 365.0, within(1e-12));
    }
}
