package org.condordesk.market;

import java.time.LocalDate;
import java.util.List;

import org.condordesk.model.Check;

/**
 * A daily Advance–Decline line (NYSE or another breadth source): the cumulative sum of advancers − decliners,
 * dates strictly increasing. Only differences and turning points matter, so its starting level is arbitrary.
 */
public record AdvanceDeclineSeries(String source, List<Point> points) {

    /** The A/D line's value at one day's close. */
    public record Point(LocalDate date, double adLine) {
        public Point {
            Check.present("date", date);
            Check.finite("adLine", adLine);
        }
    }

    public AdvanceDeclineSeries {
        Check.name("source", source, Check.NAME_CHARS);
        points = Check.list("points", points, 1_000_000);
        Check.datesIncreasing("points", points, Point::date);
    }
}
