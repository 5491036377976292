package org.condordesk.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The reconstructed past years against an independent record of the days the market was open: the SPX history. */
class ExchangeCalendarHistoryTest {

    @Test
    void everyPastWeekdayIsAHolidayExactlyWhenTheSpxHistoryHasNoClose() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("samples/history/SPX_History.csv"));
        DateTimeFormatter cboe = DateTimeFormatter.ofPattern("MM/dd/uuuu");
        Set<LocalDate> traded = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            traded.add(LocalDate.parse(line.substring(0, line.indexOf(',')), cboe));
        }
        LocalDate last = traded.stream().max(LocalDate::compareTo).orElseThrow();
        int holidays = 0;
        for (LocalDate day = LocalDate.of(1990, 1, 2); !day.isAfter(last); day = day.plusDays(1)) {
            if (!ExchangeCalendar.isWeekend(day)) {
                assertThat(ExchangeCalendar.isBusinessDay(day)).as(day.toString()).isEqualTo(traded.contains(day));
                holidays += traded.contains(day) ? 0 : 1;
            }
        }
        // 332 weekdays without a close from 1990-01-02 to 2026-07-09 (counted in the file itself).
        assertThat(holidays).isEqualTo(332);
    }

    @Test
    void unscheduledClosuresAreNamed() {
        // TradingHours.com, "11 Events that Caused the NYSE to Close": Hurricane Sandy, the Bush day of mourning.
        assertThat(ExchangeCalendar.holiday(LocalDate.of(2012, 10, 29))).contains("Hurricane Sandy");
        assertThat(ExchangeCalendar.holiday(LocalDate.of(2018, 12, 5))).hasValueSatisfying(n -> assertThat(n).contains("Bush"));
        // Martin Luther King Jr. Day was no NYSE holiday before 1998 (1997-01-20 traded, 1998-01-19 did not).
        assertThat(ExchangeCalendar.isBusinessDay(LocalDate.of(1997, 1, 20))).isTrue();
        assertThat(ExchangeCalendar.isBusinessDay(LocalDate.of(1998, 1, 19))).isFalse();
    }
}
