package org.condordesk.ui.widget;

import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.text.Text;

/**
 * A hint that always takes exactly one line, empty or not: a longer text ends in "…" and is whole in the tooltip.
 * A hint that wrapped to four lines mid-drag pushed the sliders below it down under the pointer (issue 27 §2); a
 * fixed height keeps every control where it was while a gesture runs.
 */
public final class OneLine extends Label {

    /** The style class that marks a one-line hint (the layout test allows its "…": the tooltip has it whole). */
    public static final String STYLE_CLASS = "one-line";

    public OneLine() {
        getStyleClass().add(STYLE_CLASS);
        setWrapText(false);
        setTextOverrun(OverrunStyle.ELLIPSIS);
        setMinWidth(0);
        textProperty().addListener((obs, old, text) -> Tips.set(this, text == null || text.isEmpty() ? null : text));
    }

    /** One line of this label's font, whatever the text (an empty label would otherwise collapse). */
    private double lineHeight() {
        Text probe = new Text("Ág");
        probe.setFont(getFont());
        return Math.ceil(probe.getLayoutBounds().getHeight()) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return lineHeight();
    }

    @Override
    protected double computePrefHeight(double width) {
        return lineHeight();
    }

    @Override
    protected double computeMaxHeight(double width) {
        return lineHeight();
    }
}
