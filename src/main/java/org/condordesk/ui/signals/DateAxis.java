package org.condordesk.ui.signals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The Signals chart's date axis: ticks on the first trading day of each year, quarter, month or week, whichever
 * gives between three and about ten labels over the days shown.
 */
final class DateAxis {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** The tick steps tried, coarsest first. */
    enum Step { DECADE, FIVE_YEARS, YEAR, QUARTER, MONTH, WEEK }

    private DateAxis() {
    }

    /** The indices (into {@code epochDays}) of the tick days between {@code first} and {@code last}. */
    static List<Integer> ticks(long[] epochDays, int first, int last) {
        return ticks(epochDays, first, last, stepOf(epochDays, first, last));
    }

    /** The coarsest step with at least three ticks, or the finest with at most ten. */
    static Step stepOf(long[] epochDays, int first, int last) {
        Step chosen = Step.DECADE;
        for (Step step : Step.values()) {
            int n = ticks(epochDays, first, last, step).size();
            if (n > 10) {
                break;
            }
            chosen = step;
            if (n >= 3) {
                break;
            }
        }
        return chosen;
    }

    private static List<Integer> ticks(long[] epochDays, int first, int last, Step step) {
        List<Integer> ticks = new ArrayList<>();
        for (int i = Math.max(first, 1); i <= last; i++) {
            if (!period(LocalDate.ofEpochDay(epochDays[i - 1]), step).equals(period(LocalDate.ofEpochDay(epochDays[i]), step))) {
                ticks.add(i);
            }
        }
        return ticks;
    }

    /** The period a day falls in at {@code step}: a tick goes where it changes. */
    private static Object period(LocalDate day, Step step) {
        return switch (step) {
            case DECADE -> day.getYear() / 10;
            case FIVE_YEARS -> day.getYear() / 5;
            case YEAR -> day.getYear();
            case QUARTER -> day.getYear() * 4 + (day.getMonthValue() - 1) / 3;
            case MONTH -> day.getYear() * 12 + day.getMonthValue();
            case WEEK -> day.with(java.time.DayOfWeek.MONDAY);
        };
    }

    static String label(LocalDate day, Step step) {
        return switch (step) {
            case DECADE, FIVE_YEARS, YEAR -> Integer.toString(day.getYear());
            case QUARTER, MONTH -> MONTH.format(day);
            case WEEK -> DAY.format(day);
        };
    }

    /** Draws the ticks and labels on a line at {@code y} under a plot {@code plotWidth} wide from {@code left}. */
    static void draw(GraphicsContext g, long[] epochDays, int first, int last, double left, double plotWidth, double y) {
        if (last <= first) {
            return;
        }
        Step step = stepOf(epochDays, first, last);
        g.setStroke(Color.gray(0.5, 0.7));
        g.setLineWidth(1);
        g.strokeLine(left, y, left + plotWidth, y);
        g.setFill(Color.GRAY);
        for (int i : ticks(epochDays, first, last)) {
            double x = left + (i - first) / (double) (last - first) * plotWidth;
            g.strokeLine(x, y, x, y + 4);
            g.fillText(label(LocalDate.ofEpochDay(epochDays[i]), step), x + 2, y + 13);
        }
    }
}
