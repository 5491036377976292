package org.condordesk.market;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.condordesk.model.EventKind;
import org.condordesk.model.MarketEvent;
import org.condordesk.model.ValidationException;

/**
 * The bundled event dates (samples/events, README there): FOMC decisions 1990–2027 and BLS CPI (2004–2026) and PPI
 * (2018–2026) release dates, compiled from several public lists and cross-checked. Read from the jar, so the app
 * never needs the shared data folder. FOMC: scheduled and unscheduled decisions, and intermeeting calls or votes that
 * announced something, on the day they became public (other calls and votes and the cancelled 2020-03-17/18 meeting
 * are left out); the one date only one
 * source gives (2003-09-15) is marked low confidence. CPI and PPI: every release with a date (a cancelled release, or
 * October-2025 PPI published with November's, has none), 08:30 ET; a row resting on one list is marked
 * {@value #LOW_CONFIDENCE} in its label, which every event list, chart tooltip and slider label shows.
 */
final class BundledEvents {

    static final String FOLDER = "/samples/events/";
    static final String FOMC_FILE = "fomc_meetings_1990_2027.csv";
    static final String CPI_PPI_FILE = "us_cpi_ppi_release_dates.csv";
    /** What a low-confidence row's label ends with. */
    static final String LOW_CONFIDENCE = "low confidence: one public list";

    private BundledEvents() {
    }

    static List<MarketEvent> load() {
        List<MarketEvent> out = new ArrayList<>(fomc(rows(FOMC_FILE)));
        out.addAll(releases(rows(CPI_PPI_FILE)));
        return out;
    }

    static List<MarketEvent> fomc(List<Map<String, String>> rows) {
        List<MarketEvent> out = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String type = row.get("type");
            String announced = row.get("announcement_date");
            boolean unverified = "A_only_unverified".equals(type);
            // An intermeeting call or vote matters to a trader when it announced something (2008-01-22's cut).
            boolean intermeeting = ("conference_call".equals(type) || "notation_vote".equals(type)) && !announced.isEmpty();
            if (!"scheduled".equals(type) && !"unscheduled".equals(type) && !unverified && !intermeeting) {
                continue;
            }
            LocalDate date = LocalDate.parse(announced.isEmpty() ? row.get("decision_date") : announced);
            StringBuilder label = new StringBuilder("scheduled".equals(type) || unverified ? "FOMC decision"
                    : "FOMC decision (" + (intermeeting ? "intermeeting" : "unscheduled") + ")");
            if (date.getYear() >= 2025 && "scheduled".equals(type)) {
                label.append(" 14:00 ET"); // the Fed's schedule press releases: statement at 2 p.m. on the second day
            }
            if ("Y".equals(row.get("sep"))) {
                label.append(", projections (SEP)");
            }
            if (unverified) {
                label.append(" · ").append(LOW_CONFIDENCE);
            }
            out.add(new MarketEvent(date, EventKind.FOMC, label.toString()));
        }
        return out;
    }

    static List<MarketEvent> releases(List<Map<String, String>> rows) {
        List<MarketEvent> out = new ArrayList<>();
        for (Map<String, String> row : rows) {
            String released = row.get("release_date");
            if (released.isEmpty()) {
                continue; // cancelled, or published with another month's release
            }
            EventKind kind = EventKind.valueOf(row.get("indicator"));
            YearMonth month = YearMonth.parse(row.get("reference_month"));
            StringBuilder label = new StringBuilder(kind.name()).append(" (")
                    .append(month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append(' ')
                    .append(month.getYear()).append(" data) ").append(row.get("release_time_et")).append(" ET");
            if ("scheduled".equals(row.get("status"))) {
                label.append(" · scheduled");
            }
            if ("low".equals(row.get("confidence"))) {
                label.append(" · ").append(LOW_CONFIDENCE);
            }
            out.add(new MarketEvent(LocalDate.parse(released), kind, label.toString()));
        }
        return out;
    }

    /** True for an event whose label marks it as resting on one public list. */
    static boolean lowConfidence(MarketEvent event) {
        return event.label().endsWith(LOW_CONFIDENCE);
    }

    private static List<Map<String, String>> rows(String file) {
        try (InputStream in = BundledEvents.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("the bundled events " + FOLDER + file + " are missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of a CSV with a header line (RFC 4180 quoting), each a map from column name to cell. */
    static List<Map<String, String>> parse(String text, String source) {
        String[] lines = text.split("\\R");
        List<String> header = cells(lines[0]);
        List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = cells(lines[i]);
            if (cells.size() != header.size()) {
                throw new ValidationException(source + " line " + (i + 1), "has " + cells.size() + " cells, expected "
                        + header.size());
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c), cells.get(c));
            }
            rows.add(row);
        }
        return rows;
    }

    private static List<String> cells(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        out.add(cell.toString());
        return out;
    }
}
