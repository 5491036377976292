package org.condordesk.market;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import org.condordesk.model.EventKind;
import org.condordesk.model.LayerRole;
import org.condordesk.model.MarketEvent;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;

/**
 * The scheduled-event calendar: the bundled FOMC decisions 1990–2027 and CPI and PPI release dates (samples/events,
 * {@link BundledEvents}; low-confidence rows say so in their label) joined with the user's custom events, and the
 * questions asked of it: which events fall in a scenario's horizon, and which the core condor's life spans. The
 * custom events' CSV layout is {@code date,kind,label}, {@code #} starting a comment line.
 */
public final class EventCalendar {

    private final List<MarketEvent> events;

    public EventCalendar(List<MarketEvent> events) {
        List<MarketEvent> sorted = new ArrayList<>(new LinkedHashSet<>(events));
        sorted.sort(Comparator.comparing(MarketEvent::date).thenComparing(MarketEvent::kind));
        this.events = List.copyOf(sorted);
    }

    /** The bundled calendar (no custom events), read once. */
    public static EventCalendar bundled() {
        return Bundled.CALENDAR;
    }

    /** Holder: the bundled files are parsed on first use only. */
    private static final class Bundled {
        static final EventCalendar CALENDAR = new EventCalendar(BundledEvents.load());
    }

    /** True for a bundled date that rests on one public list (its label says so; the UI marks it). */
    public static boolean isLowConfidence(MarketEvent event) {
        return BundledEvents.lowConfidence(event);
    }

    /** This calendar plus {@code custom} events (duplicates kept once). */
    public EventCalendar with(List<MarketEvent> custom) {
        List<MarketEvent> all = new ArrayList<>(events);
        all.addAll(custom);
        return new EventCalendar(all);
    }

    public List<MarketEvent> events() {
        return events;
    }

    /** The events dated {@code from}..{@code to}, both inclusive. */
    public List<MarketEvent> between(LocalDate from, LocalDate to) {
        return events.stream().filter(e -> !e.date().isBefore(from) && !e.date().isAfter(to)).toList();
    }

    /**
     * The events of {@code events} a core position held from {@code valuation} to its expiry lives through: dated
     * on or after the valuation date and on or before the expiry date (an event on expiry day moves the settlement).
     */
    public static List<MarketEvent> spannedBy(List<MarketEvent> events, LocalDate valuation, LocalDate expiry) {
        return events.stream().filter(e -> !e.date().isBefore(valuation) && !e.date().isAfter(expiry)).toList();
    }

    /** A position with no dated legs looks this far ahead for events (about one VIX hedge's tenor). */
    public static final int DEFAULT_HORIZON_DAYS = 90;

    /** The last expiry date of any leg of {@code scenario}, or the valuation date plus {@link #DEFAULT_HORIZON_DAYS}. */
    public static LocalDate horizonEnd(Scenario scenario) {
        return scenario.layers().stream().flatMap(l -> l.legs().stream())
                .map(leg -> leg.instrument().expiryDate()).flatMap(java.util.Optional::stream)
                .max(Comparator.naturalOrder())
                .orElse(scenario.valuationTime().toLocalDate().plusDays(DEFAULT_HORIZON_DAYS));
    }

    /** The earliest expiry date among the CORE layers' legs, if any. */
    public static java.util.Optional<LocalDate> coreExpiry(Scenario scenario) {
        return scenario.layers().stream().filter(l -> l.role() == LayerRole.CORE).flatMap(l -> l.legs().stream())
                .map(leg -> leg.instrument().expiryDate()).flatMap(java.util.Optional::stream)
                .min(Comparator.naturalOrder());
    }

    /** "The core condor's life (to 2026-12-09) spans FOMC 2026-12-09", or empty when it spans none of the scenario's events. */
    public static String coreSpanWarning(Scenario scenario) {
        return coreExpiry(scenario).map(expiry -> {
            List<MarketEvent> spanned = spannedBy(scenario.events(), scenario.valuationTime().toLocalDate(), expiry);
            return spanned.isEmpty() ? "" : "The core condor's life (to " + expiry + ") spans "
                    + String.join(", ", spanned.stream().map(e -> e.kind() + " " + e.date()).toList());
        }).orElse("");
    }

    /** Parses {@code date,kind,label} lines; a bad line is refused naming {@code source} and its line number. */
    public static List<MarketEvent> parse(String text, String source) {
        List<MarketEvent> out = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.equalsIgnoreCase("date,kind,label"))) {
                continue;
            }
            out.add(event(line, source + " line " + (i + 1)));
        }
        return out;
    }

    private static MarketEvent event(String line, String where) {
        String[] cells = line.split(",", 3);
        if (cells.length < 2) {
            throw new ValidationException(where, "expected date,kind,label");
        }
        try {
            EventKind kind = EventKind.valueOf(cells[1].strip().toUpperCase(Locale.ROOT));
            return new MarketEvent(LocalDate.parse(cells[0].strip()), kind, cells.length > 2 ? cells[2].strip() : "");
        } catch (DateTimeParseException e) {
            throw new ValidationException(where, "bad date '" + cells[0].strip() + "' (expected YYYY-MM-DD)");
        } catch (IllegalArgumentException e) {
            throw e instanceof ValidationException v ? v.under(where)
                    : new ValidationException(where, "kind must be FOMC, CPI, PPI or OTHER, got '" + cells[1].strip() + "'");
        }
    }

    /** The calendar as CSV in the bundled layout, for saving custom events. */
    public static String format(List<MarketEvent> events) {
        StringBuilder out = new StringBuilder("date,kind,label\n");
        for (MarketEvent event : events) {
            out.append(event.date()).append(',').append(event.kind()).append(',')
                    .append(event.label().replace('\n', ' ')).append('\n');
        }
        return out.toString();
    }
}
