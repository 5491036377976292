package org.condordesk.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.condordesk.model.EventKind;
import org.condordesk.model.MarketEvent;
import org.junit.jupiter.api.Test;

/**
 * Issue 25 §6: the bundled dates (samples/events) read against the schedules the events README names: the Federal
 * Reserve's "Meeting calendars and information" page and schedule press releases, and the BLS CPI and PPI release
 * calendars and 2025 shutdown notices. Each expected date below is copied from those publications, not from the file.
 */
class BundledEventsTest {

    private static final List<MarketEvent> EVENTS = EventCalendar.bundled().events();

    private static List<LocalDate> dates(EventKind kind, int year) {
        return EVENTS.stream().filter(e -> e.kind() == kind && e.date().getYear() == year).map(MarketEvent::date).toList();
    }

    private static LocalDate date(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    @Test
    void fomcDecisionsAreTheFedsCalendars() {
        // federalreserve.gov, 2024 meeting calendar (Nov 7 a Thursday, after the election).
        assertThat(dates(EventKind.FOMC, 2024)).containsExactly(date(2024, 1, 31), date(2024, 3, 20), date(2024, 5, 1),
                date(2024, 6, 12), date(2024, 7, 31), date(2024, 9, 18), date(2024, 11, 7), date(2024, 12, 18));
        // Fed press release 2024-08-09, the 2025 schedule (December's decision on the 10th, not the 17th).
        assertThat(dates(EventKind.FOMC, 2025)).containsExactly(date(2025, 1, 29), date(2025, 3, 19), date(2025, 5, 7),
                date(2025, 6, 18), date(2025, 7, 30), date(2025, 9, 17), date(2025, 10, 29), date(2025, 12, 10));
        // Fed press release of the 2027 schedule.
        assertThat(dates(EventKind.FOMC, 2027)).containsExactly(date(2027, 1, 27), date(2027, 3, 17), date(2027, 4, 28),
                date(2027, 6, 9), date(2027, 7, 28), date(2027, 9, 15), date(2027, 10, 27), date(2027, 12, 8));
    }

    @Test
    void unscheduledAndIntermeetingActionsAreOnTheDayTheyWereAnnounced() {
        // Fed press releases: the emergency cuts of 2020-03-03 and Sunday 2020-03-15, the 75 bp cut of 2008-01-22;
        // the 2020-03-17/18 meeting was cancelled (replaced by the 15th).
        List<LocalDate> fomc = EVENTS.stream().filter(e -> e.kind() == EventKind.FOMC).map(MarketEvent::date).toList();
        assertThat(fomc).contains(date(2020, 3, 3), date(2020, 3, 15), date(2008, 1, 22)).doesNotContain(date(2020, 3, 18));
    }

    @Test
    void cpiAndPpiFollowTheBlsCalendarsAndTheShutdownNotices() {
        // BLS 2025 CPI schedule: December-2024 CPI on 2025-01-15; PPI on 2025-01-14.
        assertThat(dates(EventKind.CPI, 2025)).contains(date(2025, 1, 15), date(2025, 2, 12));
        assertThat(dates(EventKind.PPI, 2025)).contains(date(2025, 1, 14));
        // BLS shutdown notices: September CPI on 2025-10-24, no October CPI, November CPI on 2025-12-18; September
        // PPI on 2025-11-25; January-2026 CPI moved to 2026-02-13.
        assertThat(dates(EventKind.CPI, 2025)).contains(date(2025, 10, 24), date(2025, 12, 18))
                .doesNotContain(date(2025, 11, 12));
        assertThat(dates(EventKind.PPI, 2025)).contains(date(2025, 11, 25));
        assertThat(dates(EventKind.CPI, 2026)).contains(date(2026, 2, 13)).doesNotContain(date(2026, 2, 11));
        assertThat(EVENTS).filteredOn(e -> e.date().equals(date(2025, 10, 24)))
                .extracting(MarketEvent::label).containsExactly("CPI (Sep 2025 data) 08:30 ET");
    }

    @Test
    void rowsThatRestOnOneListAreMarkedLowConfidence() {
        // CPI 2004–2017 rests on one list (README): its first release, 2004-01-16, is marked; the 2025 ones are not.
        MarketEvent first = EVENTS.stream().filter(e -> e.kind() == EventKind.CPI).findFirst().orElseThrow();
        assertThat(first.date()).isEqualTo(date(2004, 1, 16));
        assertThat(EventCalendar.isLowConfidence(first)).isTrue();
        assertThat(first.label()).endsWith("low confidence: one public list");
        assertThat(EVENTS).filteredOn(e -> e.date().equals(date(2025, 1, 15))).noneMatch(EventCalendar::isLowConfidence);
        // FOMC 2003-09-15 is in one source only.
        assertThat(EVENTS).filteredOn(e -> e.date().equals(date(2003, 9, 15))).allMatch(EventCalendar::isLowConfidence);
    }

    @Test
    void theFilesCsvQuotingIsRead() {
        var rows = BundledEvents.parse("a,b,c\n1,\"x, \"\"y\"\"\",3\n", "test");
        assertThat(rows.get(0).get("b")).isEqualTo("x, \"y\"");
        assertThat(rows.get(0).get("c")).isEqualTo("3");
    }
}
