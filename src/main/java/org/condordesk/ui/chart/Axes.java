package org.condordesk.ui.chart;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.DoubleFunction;

import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

import org.condordesk.ui.format.Fmt;

/** Axis set-up shared by the charts: compact dollar ticks, index-level ticks, date ticks, nice steps. */
final class Axes {

    private Axes() {
    }

    /** Dollar ticks: $12k, -$1.5k, $800. */
    static NumberAxis dollars(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setForceZeroInRange(true);
        axis.setTickLabelFormatter(converter(Axes::compactDollars));
        axis.setMinorTickVisible(false);
        return axis;
    }

    /** Index-level ticks with thousands separators, fixed range. */
    static NumberAxis level(String label) {
        NumberAxis axis = new NumberAxis();
        axis.setLabel(label);
        axis.setAutoRanging(false);
        axis.setForceZeroInRange(false);
        axis.setTickLabelFormatter(converter(v -> Fmt.number(v, 0)));
        axis.setMinorTickVisible(false);
        return axis;
    }

    /** Day-number ticks shown as dates after {@code start}. */
    static void dates(NumberAxis axis, LocalDate start) {
        axis.setTickLabelFormatter(converter(days -> Fmt.shortDate(start.plusDays(Math.round(days)))));
    }

    static String compactDollars(double value) {
        double magnitude = Math.abs(value);
        String sign = value < 0 ? "-" : "";
        if (magnitude >= 1e6) {
            return sign + "$" + trim(magnitude / 1e6) + "M";
        }
        if (magnitude >= 1e3) {
            return sign + "$" + trim(magnitude / 1e3) + "k";
        }
        return sign + "$" + String.format(Locale.US, "%.0f", magnitude);
    }

    private static String trim(double value) {
        String text = String.format(Locale.US, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /** A step of 1, 2, 2.5 or 5 × 10^k giving about {@code ticks} intervals over {@code range}. */
    static double niceStep(double range, int ticks) {
        double raw = range / Math.max(ticks, 1);
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double factor : new double[] {1, 2, 2.5, 5, 10}) {
            if (factor * power >= raw) {
                return factor * power;
            }
        }
        return 10 * power;
    }

    private static StringConverter<Number> converter(DoubleFunction<String> format) {
        return new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return format.apply(value.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("tick labels are not parsed");
            }
        };
    }
}
