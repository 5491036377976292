package org.condordesk.ui.chart;

import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;

/** A region that fills itself with one canvas and redraws it whenever the layout gives it a new size. */
public abstract class CanvasRegion extends Region {

    protected final Canvas canvas = new Canvas();

    protected CanvasRegion() {
        getChildren().add(canvas);
    }

    /** Paints the whole canvas at its current size. */
    protected abstract void draw();

    @Override
    protected void layoutChildren() {
        double width = snapSizeX(getWidth());
        double height = snapSizeY(getHeight());
        if (canvas.getWidth() != width || canvas.getHeight() != height) {
            canvas.setWidth(width);
            canvas.setHeight(height);
            draw();
        }
    }
}
