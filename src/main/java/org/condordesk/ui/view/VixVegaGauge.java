package org.condordesk.ui.view;

import java.util.List;
import java.util.Locale;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A horizontal gauge of net VIX vega relative to the unhedged core's: green within ±15 %, amber to ±40 %,
 * red beyond; the needle is clamped at ±100 %. The zone also sets {@code :ok}, {@code :warn}, {@code :alarm}
 * on the nodes the caller registers (the big figure).
 *
 * <p>A {@link Control} holding the ratio with its look in {@link VixVegaGaugeSkin}, the shape of AtlantaFX's
 * {@code ToggleSwitch}/{@code ToggleSwitchSkin} (github.com/mkpaz/atlantafx, base/controls). To assistive technology
 * it is a read-only indicator whose value is the ratio and whose text says the figure and its zone.
 */
public final class VixVegaGauge extends Control {

    /** |net| / |core| up to which the book counts as neutral. */
    public static final double OK_RATIO = 0.15;
    /** Up to this ratio the book is partly hedged; beyond it the exposure is most of the core's. */
    public static final double WARN_RATIO = 0.40;

    private static final PseudoClass OK = PseudoClass.getPseudoClass("ok");
    private static final PseudoClass WARN = PseudoClass.getPseudoClass("warn");
    private static final PseudoClass ALARM = PseudoClass.getPseudoClass("alarm");

    private final DoubleProperty ratio = new SimpleDoubleProperty(this, "ratio", 0);

    public VixVegaGauge() {
        getStyleClass().add("vix-vega-gauge");
        setAccessibleRole(AccessibleRole.PROGRESS_INDICATOR);
        setAccessibleRoleDescription("gauge");
        setFocusTraversable(false);
        setMinHeight(34);
        setPrefHeight(34);
        ratio.addListener((obs, old, value) -> {
            setAccessibleText(describe(value.doubleValue()));
            notifyAccessibleAttributeChanged(AccessibleAttribute.VALUE);
        });
        setAccessibleText(describe(0));
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

    /** What a screen reader says: "Net VIX vega +12 % of the unhedged core: neutral". */
    static String describe(double ratio) {
        PseudoClass zone = zoneOf(ratio);
        String words = zone == OK ? "neutral" : zone == WARN ? "partly hedged" : "mostly unhedged";
        return String.format(Locale.ROOT, "Net VIX vega %+.0f %% of the unhedged core: %s", ratio * 100, words);
    }

    /** Net VIX vega over |core VIX vega| (signed); NaN and infinities show as 0. */
    public void setRatio(double value) {
        ratio.set(Double.isFinite(value) ? value : 0);
    }

    public double ratio() {
        return ratio.get();
    }

    /** The ratio the skin draws. */
    public DoubleProperty ratioProperty() {
        return ratio;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new VixVegaGaugeSkin(this);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return switch (attribute) {
            case VALUE -> ratio();
            case MIN_VALUE -> -1.0;
            case MAX_VALUE -> 1.0;
            case INDETERMINATE -> false;
            default -> super.queryAccessibleAttribute(attribute, parameters);
        };
    }
}
