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
    void bundledScheduledFomcDecisionsFrom2025AreWednesdays() {
        // Fed schedule press releases: two-day meetings ending on a Wednesday (BundledEventsTest reads the dates).
        assertThat(EventCalendar.bundled().events()).filteredOn(e -> e.kind() == EventKind.FOMC
                && e.date().getYear() >= 2025).hasSize(24).allSatisfy(e ->
                assertThat(e.date().getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY));
    }

    @Test
    void betweenIsInclusiveAndTheSampleCoreSpansTheDecemberDecision() {
        EventCalendar calendar = new EventCalendar(EventCalendar.bundled().events().stream()
                .filter(e -> e.kind() == EventKind.FOMC).toList());
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
        // The user's own event is kept beside the bundled ones (the bundled 2026-12-10 CPI has another label).
        assertThat(CustomEvents.calendar(file).events()).contains(mine.get(0))
                .hasSize(EventCalendar.bundled().events().size() + 1);
        java.nio.file.Files.writeString(file, "date,kind,label\n2026-13-01,CPI,x\n");
        assertThatThrownBy(() -> CustomEvents.read(file))
                .hasMessage("custom-events.csv line 2: bad date '2026-13-01' (expected YYYY-MM-DD)");
        java.nio.file.Files.writeString(file, "2026-12-01,NFP,x\n");
        assertThatThrownBy(() -> CustomEvents.read(file))
                .hasMessage("custom-events.csv line 1: kind must be FOMC, CPI, PPI or OTHER, got 'NFP'");
    }
}
