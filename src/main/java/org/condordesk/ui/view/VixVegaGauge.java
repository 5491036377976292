package org.condordesk.ui.view;

import java.util.List;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * A horizontal gauge of net VIX vega relative to the unhedged core's: green within ±15 %, amber to ±40 %,
 * red beyond; the needle is clamped at ±100 %. The zone also sets {@code :ok}, {@code :warn}, {@code :alarm}
 * on the nodes the caller registers (the big figure).
 */
public final class VixVegaGauge extends Region {

    /** |net| / |core| up to which the book counts as neutral. */
    public static final double OK_RATIO = 0.15;
    /** Up to this ratio the book is partly hedged; beyond it the exposure is most of the core's. */
    public static final double WARN_RATIO = 0.40;

    private static final PseudoClass OK = PseudoClass.getPseudoClass("ok");
    private static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");
    private static final PseudoClass ALARM = PseudoClass.getPseudoClass("alarm");
    private static final double TRACK_HEIGHT = 10;

    private final Region[] zones = new Region[5];
    private final double[] bounds = {-1, -WARN_RATIO, -OK_RATIO, OK_RATIO, WARN_RATIO, 1};
    private final Region needle = new Region();
    private final Label low = new Label("-100%");
    private final Label mid = new Label("0");
    private final Label high = new Label("+100%");
    private double ratio;

    public VixVegaGauge() {
        getStyleClass().add("vix-vega-gauge");
        String[] classes = {"zone-alarm", "zone-warn", "zone-ok", "zone-warn", "zone-alarm"};
        for (int i = 0; i < zones.length; i++) {
            zones[i] = new Region();
            zones[i].getStyleClass().addAll("gauge-zone", classes[i]);
            getChildren().add(zones[i]);
        }
        needle.getStyleClass().add("gauge-needle");
        for (Label label : List.of(low, mid, high)) {
            label.getStyleClass().add("gauge-tick");
        }
        getChildren().addAll(low, mid, high, needle);
        setMinHeight(34);
        setPrefHeight(34);
    }

    /** The zone of a ratio |net| / |core|. */
    public static PseudoClass zoneOf(double ratio) {
        double magnitude = Math.abs(ratio);
        return magnitude <= OK_RATIO ? OK : magnitude <= WARN_RATIO ? WARN : ALARM;
    }

    /** Marks {@code node} :ok, :warn or :alarm by the ratio. */
    public static void mark(javafx.scene.Node node, double ratio) {
        PseudoClass zone = zoneOf(ratio);
        for (PseudoClass each : List.of(OK, WARN, ALARM)) {
            node.pseudoClassStateChanged(each, each == zone);
        }
    }

    /** Net VIX vega over |core VIX vega| (signed). */
    public void setRatio(double value) {
        ratio = Double.isFinite(value) ? value : 0;
        mark(needle, ratio);
        requestLayout();
    }

    public double ratio() {
        return ratio;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double width = getWidth() - left - snappedRightInset();
        double top = snappedTopInset();
        for (int i = 0; i < zones.length; i++) {
            double x0 = left + (bounds[i] + 1) / 2 * width;
            double x1 = left + (bounds[i + 1] + 1) / 2 * width;
            zones[i].resizeRelocate(snapPositionX(x0), top, snapSizeX(x1) - snapPositionX(x0), TRACK_HEIGHT);
        }
        double clamped = Math.max(-1, Math.min(1, ratio));
        double x = left + (clamped + 1) / 2 * width;
        needle.resizeRelocate(snapPositionX(x - 2), top - 3, 4, TRACK_HEIGHT + 6);
        double labelY = top + TRACK_HEIGHT + 4;
        low.autosize();
        mid.autosize();
        high.autosize();
        low.relocate(left, labelY);
        mid.relocate(left + width / 2 - mid.getWidth() / 2, labelY);
        high.relocate(left + width - high.getWidth(), labelY);
    }
}
