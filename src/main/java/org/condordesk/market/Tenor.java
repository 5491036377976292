package org.condordesk.market;

import java.time.Duration;
import java.time.ZonedDateTime;

/** Calendar time between instants: years = seconds / (365 · 86 400), the convention of every pricer here. */
public final class Tenor {

    public static final double SECONDS_PER_DAY = 86_400;
    public static final double DAYS_PER_YEAR = 365;

    private Tenor() {
    }

    public static double days(ZonedDateTime from, ZonedDateTime to) {
        Duration duration = Duration.between(from, to);
        return (duration.getSeconds() + duration.getNano() * 1e-9) / SECONDS_PER_DAY;
    }

    public static double years(ZonedDateTime from, ZonedDateTime to) {
        return days(from, to) / DAYS_PER_YEAR;
    }
}
