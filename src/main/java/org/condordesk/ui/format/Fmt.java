package org.condordesk.ui.format;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javafx.css.PseudoClass;
import javafx.scene.Node;

/** Numbers as a trading screen shows them: $ with thousands separators, fixed decimals, visible signs. */
public final class Fmt {

    /** Placeholder for a figure that is not available (no analysis yet, not applicable to the leg). */
    public static final String NONE = "—";

    private static final PseudoClass NEGATIVE = PseudoClass.getPseudoClass("negative");
    private static final PseudoClass POSITIVE = PseudoClass.getPseudoClass("positive");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd MMM yyyy", Locale.US);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("MMM d", Locale.US);
    private static final DateTimeFormatter DAY_DATE = DateTimeFormatter.ofPattern("EEE dd MMM", Locale.US);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("EEE dd MMM yyyy HH:mm", Locale.US);

    private Fmt() {
    }

    /** Dollars: no cents from $1,000 up, cents below; a minus sign in front of the $. */
    public static String usd(double value) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        int decimals = Math.abs(value) >= 1000 ? 0 : 2;
        return sign(value, decimals, false) + "$" + digits(Math.abs(value), decimals);
    }

    /** Dollars with an explicit + for gains: P&L. */
    public static String signedUsd(double value) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        int decimals = Math.abs(value) >= 1000 ? 0 : 2;
        return sign(value, decimals, true) + "$" + digits(Math.abs(value), decimals);
    }

    /** Whole dollars with an explicit + for gains: P&L in a compact table. */
    public static String signedUsd0(double value) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        return sign(value, 0, true) + "$" + digits(Math.abs(value), 0);
    }

    /** Whole dollars, always without cents: large exposures and axis labels. */
    public static String usd0(double value) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        return sign(value, 0, false) + "$" + digits(Math.abs(value), 0);
    }

    /** A plain number with thousands separators. */
    public static String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        return sign(value, decimals, false) + digits(Math.abs(value), decimals);
    }

    /** A number with an explicit + sign. */
    public static String signed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return NONE;
        }
        return sign(value, decimals, true) + digits(Math.abs(value), decimals);
    }

    /** A decimal fraction as percent: 0.184 → 18.40%. */
    public static String percent(double fraction, int decimals) {
        return number(fraction * 100, decimals) + "%";
    }

    /** A layer's role as the window says it: "Core" (the income trade) or "Hedge" (an overlay), never the enum name. */
    public static String role(org.condordesk.model.LayerRole role) {
        return role == org.condordesk.model.LayerRole.CORE ? "Core" : "Hedge";
    }

    /** A size multiplier: ×2.94. */
    public static String multiplier(double value) {
        return "×" + number(value, 2);
    }

    public static String date(LocalDate date) {
        return date == null ? NONE : DATE.format(date);
    }

    public static String shortDate(LocalDate date) {
        return date == null ? NONE : SHORT_DATE.format(date);
    }

    public static String dayDate(LocalDate date) {
        return date == null ? NONE : DAY_DATE.format(date);
    }

    public static String dateTime(LocalDateTime time) {
        return time == null ? NONE : DATE_TIME.format(time);
    }

    /** Marks a node negative or positive (CSS pseudo-classes {@code :negative} / {@code :positive}) by the rounded sign. */
    public static void colourBySign(Node node, double value, int decimals) {
        boolean zero = !Double.isFinite(value) || isZero(value, decimals);
        node.pseudoClassStateChanged(NEGATIVE, !zero && value < 0);
        node.pseudoClassStateChanged(POSITIVE, !zero && value > 0);
    }

    /** Parses what a trader types: thousands separators, a leading $ or +, a trailing % are allowed. */
    public static double parse(String text) throws NumberFormatException {
        String cleaned = text.strip().replace(",", "").replace("$", "").replace("+", "").replace("%", "")
                .replace('\u2212', '-');
        if (cleaned.isEmpty()) {
            throw new NumberFormatException("empty");
        }
        return Double.parseDouble(cleaned);
    }

    private static boolean isZero(double value, int decimals) {
        return Math.abs(value) < 0.5 * Math.pow(10, -decimals);
    }

    private static String sign(double value, int decimals, boolean plus) {
        if (isZero(value, decimals)) {
            return "";
        }
        return value < 0 ? "-" : plus ? "+" : "";
    }

    /** Grouped formats per decimals, one set per thread: DecimalFormat is not thread-safe and String.format is slow. */
    private static final ThreadLocal<java.text.DecimalFormat[]> FORMATS = ThreadLocal.withInitial(() -> {
        java.text.DecimalFormat[] formats = new java.text.DecimalFormat[7];
        java.text.DecimalFormatSymbols symbols = java.text.DecimalFormatSymbols.getInstance(Locale.US);
        for (int d = 0; d < formats.length; d++) {
            formats[d] = new java.text.DecimalFormat(d == 0 ? "#,##0" : "#,##0." + "0".repeat(d), symbols);
            formats[d].setRoundingMode(java.math.RoundingMode.HALF_UP);
        }
        return formats;
    });

    private static String digits(double magnitude, int decimals) {
        if (decimals < 0 || decimals > 6) {
            return String.format(Locale.US, "%,." + decimals + "f", magnitude);
        }
        return FORMATS.get()[decimals].format(magnitude);
    }
}
