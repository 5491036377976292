package org.condordesk.store.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.condordesk.model.Instrument;
import org.condordesk.model.ValidationException;

/**
 * The quote time on the third line of Cboe's chain download. Two forms are seen in downloads saved from
 * cboe.com (docs/formats.md names them): the US form {@code "Date: January 6, 2025 at 8:57 PM EST"} (New York
 * time) and the day-first form {@code Date: 5 April 2023, 19:41 UTC−4} (with its UTC offset).
 */
final class CboeQuoteTime {

    private static final Pattern US = Pattern.compile(
            "Date:\\s*([A-Za-z]+ \\d{1,2}, \\d{4})\\s+at\\s+(\\d{1,2}:\\d{2})\\s*([AaPp][Mm])\\s*(EST|EDT|ET)?");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "Date:\\s*(\\d{1,2} [A-Za-z]+ \\d{4}),\\s*(\\d{1,2}:\\d{2})\\s*UTC\\s*([+\\-\u2212])(\\d{1,2})(?::?(\\d{2}))?");
    // STRICT: "February 30, 2026" is an error, not 2026-02-28 (SMART resolving moved it; issue 26 §5).
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_FIRST_DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.US)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);
    private static final DateTimeFormatter CLOCK_12 = DateTimeFormatter.ofPattern("h:mm a", Locale.US)
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private CboeQuoteTime() {
    }

    /** Year 0000 or 9999 is a damaged header, not a quote time: 1900-2200 as every other date the app reads. */
    private static LocalDate plausible(LocalDate date) {
        if (date.getYear() < org.condordesk.model.Check.MIN_YEAR || date.getYear() > org.condordesk.model.Check.MAX_YEAR) {
            throw new DateTimeException("year " + date.getYear() + " is outside " + org.condordesk.model.Check.MIN_YEAR
                    + "-" + org.condordesk.model.Check.MAX_YEAR);
        }
        return date;
    }

    static ZonedDateTime parse(String line, String where) {
        String text = line.replace("\"", "");
        try {
            Matcher us = US.matcher(text);
            if (us.find()) {
                LocalDate date = plausible(LocalDate.parse(us.group(1), US_DATE));
                LocalTime time = LocalTime.parse(us.group(2) + " " + us.group(3).toUpperCase(Locale.ROOT), CLOCK_12);
                return LocalDateTime.of(date, time).atZone(Instrument.NEW_YORK);
            }
            Matcher dayFirst = DAY_FIRST.matcher(text);
            if (dayFirst.find()) {
                LocalDate date = plausible(LocalDate.parse(dayFirst.group(1), DAY_FIRST_DATE));
                LocalTime time = LocalTime.parse(dayFirst.group(2).length() == 4 ? "0" + dayFirst.group(2) : dayFirst.group(2));
                int sign = dayFirst.group(3).equals("+") ? 1 : -1;
                int minutes = dayFirst.group(5) == null ? 0 : Integer.parseInt(dayFirst.group(5));
                ZoneOffset offset = ZoneOffset.ofHoursMinutes(sign * Integer.parseInt(dayFirst.group(4)), sign * minutes);
                return LocalDateTime.of(date, time).atOffset(offset).atZoneSameInstant(Instrument.NEW_YORK);
            }
        } catch (DateTimeException e) {
            // reported below with the text
        }
        String shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
        throw new ValidationException(where, "cannot read the quote time in '" + shown.strip()
                + "' (expected e.g. 'Date: January 6, 2025 at 8:57 PM EST')");
    }
}
