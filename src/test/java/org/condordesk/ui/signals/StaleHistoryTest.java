package org.condordesk.ui.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Issue 27 §5: the stale-history warning; weekday counts worked by hand on the 2026 calendar. */
class StaleHistoryTest {

    /** Wednesday 25 November 2026, the sample book's date. */
    private static final LocalDate BOOK = LocalDate.of(2026, 11, 25);

    @Test
    void weekdaysAreCountedAfterTheLastBarUpToTheBooksDate() {
        // Fri 20 Nov → Mon 23, Tue 24, Wed 25.
        assertThat(StaleHistory.weekdaysBetween(LocalDate.of(2026, 11, 20), BOOK)).isEqualTo(3);
        // Wed 18 Nov → 19, 20, 23, 24, 25: five, the most that is not stale.
        assertThat(StaleHistory.weekdaysBetween(LocalDate.of(2026, 11, 18), BOOK)).isEqualTo(5);
        // Tue 17 Nov → six.
        assertThat(StaleHistory.weekdaysBetween(LocalDate.of(2026, 11, 17), BOOK)).isEqualTo(6);
        assertThat(StaleHistory.weekdaysBetween(BOOK, BOOK)).isZero();
    }

    @Test
    void theWarningNamesEverySeriesThatStopsTooEarly() {
        Map<String, LocalDate> last = new LinkedHashMap<>();
        last.put("SPX", LocalDate.of(2026, 11, 18));
        last.put("VIX", LocalDate.of(2026, 11, 17));
        last.put("VIX3M", LocalDate.of(2026, 2, 27));
        String warning = StaleHistory.warning(last, BOOK).orElseThrow();
        assertThat(warning).doesNotContain("SPX ends").contains("VIX ends 2026-11-17 (6 trading days before)")
                .contains("VIX3M ends 2026-02-27");
        last.put("VIX", LocalDate.of(2026, 11, 18));
        last.put("VIX3M", LocalDate.of(2026, 11, 25));
        assertThat(StaleHistory.warning(last, BOOK)).isEmpty();
    }

    @Test
    void theDateAxisPicksQuartersOverTwoYearsAndDecadesOverThirtySix() {
        long[] twoYears = weekdays(LocalDate.of(2024, 7, 9), LocalDate.of(2026, 7, 9));
        // Two years: 2 year starts (< 3), so quarters: Oct 24, Jan, Apr, Jul, Oct 25, Jan, Apr, Jul 26 = 8 ticks.
        assertThat(DateAxis.stepOf(twoYears, 0, twoYears.length - 1)).isEqualTo(DateAxis.Step.QUARTER);
        assertThat(DateAxis.ticks(twoYears, 0, twoYears.length - 1)).hasSize(8);
        long[] all = weekdays(LocalDate.of(1990, 1, 2), LocalDate.of(2026, 7, 9));
        // 1990 … 2026: decade starts 2000, 2010, 2020.
        assertThat(DateAxis.stepOf(all, 0, all.length - 1)).isEqualTo(DateAxis.Step.DECADE);
        assertThat(DateAxis.ticks(all, 0, all.length - 1)).hasSize(3);
    }

    private static long[] weekdays(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).filter(d -> d.getDayOfWeek().getValue() <= 5).mapToLong(LocalDate::toEpochDay).toArray();
    }
}
