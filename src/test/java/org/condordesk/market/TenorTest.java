package org.condordesk.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.condordesk.model.Instrument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The clock rule (issue 25 §2): a date or T+n lands on the valuation's New York clock time. Expected values by hand
 * from the 2027 US daylight-saving dates (Energy Policy Act of 2005: second Sunday of March, 14 Mar 2027, and first
 * Sunday of November; 1 Nov 2026): a span over the spring change is one hour short of its whole days, over the
 * autumn change one hour long.
 */
class TenorTest {

    private static final ZonedDateTime FRIDAY_1500 = ZonedDateTime.of(2027, 3, 12, 15, 0, 0, 0, Instrument.NEW_YORK);

    @Test
    void mondayAfterTheSpringChangeIsThreeDaysLessAnHour() {
        // Fri 12 Mar 15:00 EST (20:00 UTC) to Mon 15 Mar 15:00 EDT (19:00 UTC): 71 hours.
        assertThat(Tenor.daysToDate(FRIDAY_1500, LocalDate.of(2027, 3, 15))).isCloseTo(71.0 / 24, within(1e-12));
        assertThat(Tenor.atClockDays(FRIDAY_1500, 3).toLocalDateTime())
                .isEqualTo(LocalDate.of(2027, 3, 15).atTime(15, 0));
        assertThat(Tenor.elapsedDays(FRIDAY_1500, 3)).isCloseTo(71.0 / 24, within(1e-12));
    }

    @Test
    void theDayAfterTheAutumnChangeIsADayAndAnHour() {
        // Sat 31 Oct 2026 15:00 EDT (19:00 UTC) to Sun 1 Nov 15:00 EST (20:00 UTC): 25 hours, not 24 (which
        // would land on 14:00, the autumn case).
        ZonedDateTime saturday = ZonedDateTime.of(2026, 10, 31, 15, 0, 0, 0, Instrument.NEW_YORK);
        assertThat(Tenor.elapsedDays(saturday, 1)).isCloseTo(25.0 / 24, within(1e-12));
        assertThat(Tenor.atClockDays(saturday, 1).getHour()).isEqualTo(15);
        // Half of that 25-hour clock day is 12.5 hours.
        assertThat(Tenor.elapsedDays(saturday, 0.5)).isCloseTo(12.5 / 24, within(1e-12));
    }

    @Test
    void withoutAChangeClockDaysAreElapsedDays() {
        ZonedDateTime june = ZonedDateTime.of(2026, 6, 1, 10, 0, 0, 0, Instrument.NEW_YORK);
        assertThat(Tenor.elapsedDays(june, 7.25)).isCloseTo(7.25, within(1e-12));
        assertThat(Tenor.afterElapsed(june, 7.25)).isEqualTo(june.plusHours(7 * 24 + 6));
    }

    static Stream<double[]> randomClockDays() {
        SplittableRandom random = new SplittableRandom(25);
        return IntStream.range(0, 200).mapToObj(i -> new double[] {random.nextInt(0, 730), random.nextDouble(0, 400)});
    }

    /** Property: {@code clockDays} inverts {@code atClockDays}, and both are increasing, across every change. */
    @ParameterizedTest
    @MethodSource("randomClockDays")
    void clockDaysInvertsAtClockDaysAndKeepsOrder(double[] draw) {
        ZonedDateTime valuation = ZonedDateTime.of(2026, 1, 1, 9, 30, 0, 0, Instrument.NEW_YORK).plusDays((long) draw[0]);
        double days = draw[1];
        ZonedDateTime at = Tenor.atClockDays(valuation, days);
        assertThat(Tenor.clockDays(valuation, at)).isCloseTo(days, within(1e-9));
        assertThat(Tenor.atClockDays(valuation, days + 0.01)).isAfter(at);
        assertThat(Tenor.atClockDays(valuation, Math.floor(days)).toLocalTime()).isEqualTo(valuation.toLocalTime());
    }
}
