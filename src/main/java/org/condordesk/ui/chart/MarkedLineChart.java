package org.condordesk.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

import org.condordesk.ui.widget.Tips;

/**
 * A line chart over numbers with vertical markers (spot, break-evens, events) labelled at the top, dots
 * on the zero line, a zero line, and a hover crosshair whose readout text the owner supplies.
 */
public class MarkedLineChart extends LineChart<Number, Number> {

    /** A vertical marker at {@code x}; {@code styleClass} picks its colour and dash in CSS. */
    public record Marker(double x, String text, String styleClass, String tip) {
    }

    /** A dot on the zero line at {@code x}. */
    public record Dot(double x, String styleClass) {
    }

    /** Least gap between two marker labels along the top. */
    private static final double LABEL_GAP = 6;

    private final List<Marker> markers = new ArrayList<>();
    private final List<Line> markerLines = new ArrayList<>();
    private final List<Label> markerLabels = new ArrayList<>();
    private final List<Dot> dots = new ArrayList<>();
    private final List<Circle> dotNodes = new ArrayList<>();
    private final javafx.scene.shape.Rectangle band = new javafx.scene.shape.Rectangle();
    private double bandLow = Double.NaN;
    private double bandHigh = Double.NaN;
    private final Line zeroLine = new Line();
    private final Line hoverLine = new Line();
    private final Label hoverLabel = new Label();
    private DoubleFunction<String> hoverText = x -> "";
    private double hoverX = Double.NaN;
    private double hoverY = Double.NaN;

    public MarkedLineChart(NumberAxis xAxis, NumberAxis yAxis) {
        super(xAxis, yAxis);
        setAnimated(false);
        setCreateSymbols(false);
        zeroLine.getStyleClass().add("zero-line");
        band.getStyleClass().add("chart-band");
        band.setManaged(false);
        band.setMouseTransparent(true);
        band.setVisible(false);
        getPlotChildren().add(band);
        hoverLine.getStyleClass().add("hover-line");
        hoverLabel.getStyleClass().add("hover-readout");
        for (Node node : List.of(zeroLine, hoverLine, hoverLabel)) {
            node.setManaged(false);
            node.setMouseTransparent(true);
        }
        hoverLine.setVisible(false);
        hoverLabel.setVisible(false);
        getPlotChildren().addAll(zeroLine, hoverLine, hoverLabel);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::hover);
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> hideHover());
    }

    /** The readout shown at the crosshair, from the x value under the mouse. */
    public void setHoverText(DoubleFunction<String> text) {
        this.hoverText = text;
    }

    public void setMarkers(List<Marker> newMarkers) {
        if (newMarkers.equals(markers)) {
            return;
        }
        markers.clear();
        markers.addAll(newMarkers);
        while (markerLines.size() < markers.size()) {
            Line line = new Line();
            Label label = new Label();
            line.setManaged(false);
            line.setMouseTransparent(true);
            label.setManaged(false);
            markerLines.add(line);
            markerLabels.add(label);
            getPlotChildren().addAll(line, label);
        }
        while (markerLines.size() > markers.size()) {
            getPlotChildren().removeAll(markerLines.remove(markerLines.size() - 1), markerLabels.remove(markerLabels.size() - 1));
        }
        for (int i = 0; i < markers.size(); i++) {
            Marker marker = markers.get(i);
            Tips.styleClasses(markerLines.get(i), "marker-line", marker.styleClass());
            Label label = markerLabels.get(i);
            Tips.styleClasses(label, "label", "marker-label", marker.styleClass());
            label.setText(marker.text());
            Tips.set(label, marker.tip());
        }
        requestChartLayout();
    }

    /** A shaded band between {@code low} and {@code high} on the x axis (the expected move); NaN hides it. */
    public void setBand(double low, double high) {
        if (Double.compare(low, bandLow) == 0 && Double.compare(high, bandHigh) == 0) {
            return;
        }
        bandLow = low;
        bandHigh = high;
        requestChartLayout();
    }

    public void setDots(List<Dot> newDots) {
        if (newDots.equals(dots)) {
            return;
        }
        dots.clear();
        dots.addAll(newDots);
        while (dotNodes.size() < dots.size()) {
            Circle circle = new Circle(3.5);
            circle.setManaged(false);
            circle.setMouseTransparent(true);
            dotNodes.add(circle);
            getPlotChildren().add(circle);
        }
        while (dotNodes.size() > dots.size()) {
            getPlotChildren().remove(dotNodes.remove(dotNodes.size() - 1));
        }
        for (int i = 0; i < dots.size(); i++) {
            Tips.styleClasses(dotNodes.get(i), "zero-dot", dots.get(i).styleClass());
        }
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        double width = x.getWidth();
        double height = y.getHeight();
        double zeroY = y.getDisplayPosition(0);
        zeroLine.setStartX(0);
        zeroLine.setEndX(width);
        zeroLine.setStartY(zeroY);
        zeroLine.setEndY(zeroY);
        zeroLine.setVisible(zeroY >= 0 && zeroY <= height);
        layoutMarkers(x, width, height);
        layoutBand(x, width, height);
        for (int i = 0; i < dots.size(); i++) {
            Circle circle = dotNodes.get(i);
            circle.setCenterX(x.getDisplayPosition(dots.get(i).x()));
            circle.setCenterY(zeroY);
            circle.toFront();
        }
        layoutHover(x, width, height);
    }

    private void layoutBand(NumberAxis x, double width, double height) {
        boolean shown = Double.isFinite(bandLow) && Double.isFinite(bandHigh) && bandHigh > bandLow;
        band.setVisible(shown);
        if (shown) {
            double left = Math.max(0, x.getDisplayPosition(bandLow));
            double right = Math.min(width, x.getDisplayPosition(bandHigh));
            band.setX(left);
            band.setY(0);
            band.setWidth(Math.max(0, right - left));
            band.setHeight(height);
            band.toBack();
        }
    }

    /**
     * Lines at every marker; labels along the top, where markers whose labels would overlap share one label
     * ("FOMC · Core exp · CPI") whose tooltip lists each, instead of stacking over the curves.
     */
    private void layoutMarkers(NumberAxis x, double width, double height) {
        List<Integer> order = new ArrayList<>();
        double[] px = new double[markers.size()];
        for (int i = 0; i < markers.size(); i++) {
            px[i] = Math.round(x.getDisplayPosition(markers.get(i).x())) + 0.5;
            Line line = markerLines.get(i);
            line.setStartX(px[i]);
            line.setEndX(px[i]);
            line.setStartY(0);
            line.setEndY(height);
            boolean inside = px[i] >= 0 && px[i] <= width;
            line.setVisible(inside);
            markerLabels.get(i).setVisible(false);
            if (inside) {
                order.add(i);
            }
        }
        order.sort((a, b) -> Double.compare(px[a], px[b]));
        int k = 0;
        while (k < order.size()) {
            int first = order.get(k);
            List<Integer> cluster = new ArrayList<>(List.of(first));
            Label label = markerLabels.get(first);
            double right = place(label, clusterText(cluster), px[first], width);
            while (k + 1 < order.size() && px[order.get(k + 1)] + 3 < right + LABEL_GAP) {
                cluster.add(order.get(++k));
                right = place(label, clusterText(cluster), px[first], width);
            }
            Tips.set(label, clusterTip(cluster));
            label.setVisible(true);
            k++;
        }
    }

    /** Sizes and places a label at the top from {@code px}; returns its right edge. */
    private static double place(Label label, String text, double px, double width) {
        if (!text.equals(label.getText())) {
            label.setText(text);
        }
        label.autosize();
        double labelWidth = label.prefWidth(-1);
        double left = Math.min(Math.max(px + 3, 0), Math.max(0, width - labelWidth));
        label.resizeRelocate(left, 2, labelWidth, label.prefHeight(-1));
        return left + labelWidth;
    }

    private String clusterText(List<Integer> cluster) {
        StringBuilder text = new StringBuilder();
        for (int i : cluster) {
            text.append(text.length() == 0 ? "" : " · ").append(markers.get(i).text());
        }
        return text.toString();
    }

    private String clusterTip(List<Integer> cluster) {
        StringBuilder tip = new StringBuilder();
        for (int i : cluster) {
            tip.append(tip.length() == 0 ? "" : "\n").append(markers.get(i).tip());
        }
        return tip.toString();
    }

    private void hover(MouseEvent event) {
        NumberAxis x = (NumberAxis) getXAxis();
        Point2D inAxis = x.sceneToLocal(event.getSceneX(), event.getSceneY());
        Node plot = lookup(".chart-plot-background");
        Bounds plotBounds = plot == null ? null : plot.localToScene(plot.getBoundsInLocal());
        if (inAxis == null || plotBounds == null || !plotBounds.contains(event.getSceneX(), event.getSceneY())) {
            hideHover();
            return;
        }
        hoverX = x.getValueForDisplay(inAxis.getX()).doubleValue();
        Point2D inYAxis = getYAxis().sceneToLocal(event.getSceneX(), event.getSceneY());
        hoverY = inYAxis == null ? Double.NaN : inYAxis.getY();
        hoverLabel.setText(hoverText.apply(hoverX));
        hoverLine.setVisible(true);
        hoverLabel.setVisible(true);
        layoutHover(x, x.getWidth(), getYAxis().getHeight());
    }

    private void hideHover() {
        hoverX = Double.NaN;
        hoverLine.setVisible(false);
        hoverLabel.setVisible(false);
    }

    /** Re-reads the hover readout after new data, so it never shows figures of an older analysis. */
    public void refreshHover() {
        if (!Double.isNaN(hoverX)) {
            hoverLabel.setText(hoverText.apply(hoverX));
        }
    }

    private void layoutHover(NumberAxis x, double width, double height) {
        if (Double.isNaN(hoverX)) {
            return;
        }
        double px = x.getDisplayPosition(hoverX);
        hoverLine.setStartX(px);
        hoverLine.setEndX(px);
        hoverLine.setStartY(0);
        hoverLine.setEndY(height);
        hoverLabel.autosize();
        double labelWidth = hoverLabel.prefWidth(-1);
        double left = px + 12 + labelWidth > width ? px - 12 - labelWidth : px + 12;
        double labelHeight = hoverLabel.prefHeight(-1);
        double anchor = Double.isNaN(hoverY) ? height / 2 : hoverY;
        double top = Math.min(Math.max(0, anchor - labelHeight - 10), Math.max(0, height - labelHeight));
        hoverLabel.resizeRelocate(Math.max(0, left), top, labelWidth, labelHeight);
        hoverLine.toFront();
        hoverLabel.toFront();
    }
}
