package org.condordesk.ui.widget;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.Region;

/**
 * A slider with one labelled mark under its track (the core expiry on the date slider). The mark sits where the
 * thumb's centre would be at that value, so dragging onto it lines the thumb up with it.
 */
public final class MarkedSlider extends Region {

    private static final double MARK_GAP = 1;

    private final Slider slider;
    private final Label mark = new Label();
    private double markValue = Double.NaN;

    public MarkedSlider(Slider slider, String markText, String markStyleClass) {
        this.slider = slider;
        mark.setText(markText);
        mark.getStyleClass().addAll("slider-mark", markStyleClass);
        mark.setManaged(false);
        mark.setVisible(false);
        getChildren().addAll(slider, mark);
        slider.minProperty().addListener(o -> requestLayout());
        slider.maxProperty().addListener(o -> requestLayout());
    }

    /** Puts the mark at {@code value} (NaN or outside the range hides it). */
    public void setMark(double value, String tip) {
        if (Double.compare(value, markValue) == 0 && java.util.Objects.equals(tip,
                mark.getTooltip() == null ? null : mark.getTooltip().getText())) {
            // Called on every scenario change (each step of a hedge drag): a layout pass only when it moved.
            return;
        }
        markValue = value;
        Tips.set(mark, tip);
        requestLayout();
    }

    public Label mark() {
        return mark;
    }

    @Override
    protected double computePrefWidth(double height) {
        return slider.prefWidth(-1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return slider.minWidth(-1) + snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return slider.prefHeight(-1) + MARK_GAP + mark.prefHeight(-1) + snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double width = getWidth() - left - snappedRightInset();
        double sliderHeight = slider.prefHeight(-1);
        slider.resizeRelocate(left, snappedTopInset(), width, sliderHeight);
        boolean inside = Double.isFinite(markValue) && markValue >= slider.getMin() && markValue <= slider.getMax()
                && slider.getMax() > slider.getMin();
        mark.setVisible(inside);
        if (!inside) {
            return;
        }
        Node thumb = slider.lookup(".thumb");
        double thumbWidth = thumb == null ? 0 : thumb.getLayoutBounds().getWidth();
        double travel = width - thumbWidth;
        double x = left + thumbWidth / 2 + travel * (markValue - slider.getMin()) / (slider.getMax() - slider.getMin());
        mark.autosize();
        double markWidth = mark.getWidth();
        double markLeft = Math.max(left, Math.min(x - markWidth / 2, left + width - markWidth));
        mark.relocate(snapPositionX(markLeft), snappedTopInset() + sliderHeight + MARK_GAP);
    }
}
