package org.condordesk.ui;

/**
 * How wide the side columns of the main window are for a window {@code width} pixels wide: the layers and
 * tuning column on the left, the risk summary on the right. The charts and tables in the middle get the rest.
 * On a laptop (1280 px) the sides take what their content needs at the least; below that they give way
 * first; on a wide screen the left column widens most (layer names, sliders), the summary a little.
 */
public record SideWidths(double left, double right) {

    /** The laptop width the minimums are set for. */
    static final double LAPTOP = 1280;
    static final double LEFT_AT_LAPTOP = 250;
    static final double LEFT_MIN = 210;
    static final double LEFT_MAX = 440;
    static final double RIGHT_AT_LAPTOP = 272;
    static final double RIGHT_MIN = 250;
    static final double RIGHT_MAX = 340;
    /** Of each pixel above 1280, the left column takes 0.3 and the summary 0.1; the middle the other 0.6. */
    static final double LEFT_GROWTH = 0.3;
    static final double RIGHT_GROWTH = 0.1;
    /** Of each pixel below 1280, the sides give up 0.25 and 0.15 (until their minimums). */
    static final double LEFT_SHRINK = 0.25;
    static final double RIGHT_SHRINK = 0.15;

    /** The side widths for a body {@code width} pixels wide. */
    public static SideWidths forWidth(double width) {
        double extra = width - LAPTOP;
        if (extra >= 0) {
            return new SideWidths(Math.min(LEFT_MAX, LEFT_AT_LAPTOP + LEFT_GROWTH * extra),
                    Math.min(RIGHT_MAX, RIGHT_AT_LAPTOP + RIGHT_GROWTH * extra));
        }
        return new SideWidths(Math.max(LEFT_MIN, LEFT_AT_LAPTOP + LEFT_SHRINK * extra),
                Math.max(RIGHT_MIN, RIGHT_AT_LAPTOP + RIGHT_SHRINK * extra));
    }

    /** The middle's share: what the sides leave. */
    public double middle(double width) {
        return width - left - right;
    }

    /** The two divider positions of a split pane {@code width} wide holding left | middle | right. */
    public double[] dividerPositions(double width) {
        return new double[] {left / width, (width - right) / width};
    }
}
