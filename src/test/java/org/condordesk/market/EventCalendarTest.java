package org.condordesk.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.condordesk.Fixtures;
import org.condordesk.model.EventKind;
import org.condordesk.model.MarketEvent;
import org.condordesk.model.Scenario;
import org.condordesk.store.CustomEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled calendar, the horizon filter, the core-spans-an-event warning and the custom events file. */
class EventCalendarTest {

    @TempDir
    Path dir;

    @Test
    void bundledFomcDatesAreTheFedsScheduleAndAllWednesdays() {
        List<MarketEvent> events = EventCalendar.bundled().events();
        // Federal Reserve, 2024-08-09: 2025 decisions end Jan 29, Mar 19, May 7, Jun 18, Jul 30, Sep 17, Oct 29, Dec 10.
        assertThat(events.stream().filter(e -> e.date().getYear() == 2025).map(MarketEvent::date).toList()).containsExactly(
                LocalDate.of(2025, 1, 29), LocalDate.of(2025, 3, 19), LocalDate.of(2025, 5, 7), LocalDate.of(2025, 6, 18),
                LocalDate.of(2025, 7, 30), LocalDate.of(2025, 9, 17), LocalDate.of(2025, 10, 29), LocalDate.of(2025, 12, 10));
        assertThat(events).hasSize(24).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EventKind.FOMC);
            assertThat(e.date().getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
        });
    }

    @Test
    void betweenIsInclusiveAndTheSampleCoreSpansTheDecemberDecision() {
        EventCalendar calendar = EventCalendar.bundled();
        assertThat(calendar.between(LocalDate.of(2026, 12, 9), LocalDate.of(2027, 1, 27))).extracting(MarketEvent::date)
                .containsExactly(LocalDate.of(2026, 12, 9), LocalDate.of(2027, 1, 27));
        Scenario hedged = Fixtures.hedged().withEvents(calendar.between(LocalDate.of(2026, 11, 1), LocalDate.of(2027, 3, 1)));
        // Core condor expires 2026-12-09 (Fixtures.CONDOR_EXPIRY), the day of the FOMC decision.
        assertThat(EventCalendar.coreExpiry(hedged)).contains(Fixtures.CONDOR_EXPIRY);
        assertThat(EventCalendar.coreSpanWarning(hedged)).isEqualTo("The core condor's life (to 2026-12-09) spans FOMC 2026-12-09");
        assertThat(EventCalendar.coreSpanWarning(hedged.withEvents(List.of()))).isEmpty();
        assertThat(EventCalendar.horizonEnd(hedged)).isAfter(Fixtures.CONDOR_EXPIRY);
    }

    @Test
    void customEventsRoundTripAndABadLineIsNamed() throws Exception {
        Path file = dir.resolve(CustomEvents.FILE_NAME);
        assertThat(CustomEvents.read(file)).isEmpty();
        List<MarketEvent> mine = List.of(new MarketEvent(LocalDate.of(2026, 12, 10), EventKind.CPI, "November CPI, from bls.gov"));
        CustomEvents.save(mine, file);
        assertThat(CustomEvents.read(file)).isEqualTo(mine);
        assertThat(CustomEvents.calendar(file).events()).contains(mine.get(0)).hasSize(25);
        java.nio.file.Files.writeString(file, "date,kind,label\n2026-13-01,CPI,x\n");
        assertThatThrownBy(() -> CustomEvents.read(file))
                .hasMessage("custom-events.csv line 2: bad date '2026-13-01' (expected YYYY-MM-DD)");
        java.nio.file.Files.writeString(file, "2026-12-01,NFP,x\n");
        assertThatThrownBy(() -> CustomEvents.read(file))
                .hasMessage("custom-events.csv line 1: kind must be FOMC, CPI, PPI or OTHER, got 'NFP'");
    }
}
