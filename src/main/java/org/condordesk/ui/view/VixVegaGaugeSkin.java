package org.condordesk.ui.view;

import java.util.List;

import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.layout.Region;

/**
 * The look of {@link VixVegaGauge}: five coloured zones on a track (alarm, warn, ok, warn, alarm at ±40 % and
 * ±15 %), a needle at the ratio clamped to ±100 %, and the -100 % / 0 / +100 % ticks under the track. The colours
 * are the stylesheet's ({@code .gauge-zone}, {@code .gauge-needle}).
 */
final class VixVegaGaugeSkin extends SkinBase<VixVegaGauge> {

    private static final double TRACK_HEIGHT = 10;
    private static final double[] BOUNDS = {-1, -VixVegaGauge.WARN_RATIO, -VixVegaGauge.OK_RATIO, VixVegaGauge.OK_RATIO,
        VixVegaGauge.WARN_RATIO, 1};

    private final Region[] zones = new Region[5];
    private final Region needle = new Region();
    private final Label low = new Label("-100%");
    private final Label mid = new Label("0");
    private final Label high = new Label("+100%");

    VixVegaGaugeSkin(VixVegaGauge gauge) {
        super(gauge);
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
        VixVegaGauge.mark(needle, gauge.ratio());
        registerChangeListener(gauge.ratioProperty(), obs -> {
            VixVegaGauge.mark(needle, gauge.ratio());
            gauge.requestLayout();
        });
    }

    /** Where the needle's centre sits for {@code ratio} on a track from {@code left} that is {@code width} wide. */
    static double needleX(double ratio, double left, double width) {
        double clamped = Math.max(-1, Math.min(1, ratio));
        return left + (clamped + 1) / 2 * width;
    }

    /** The needle, for tests that check where it is drawn. */
    Region needle() {
        return needle;
    }

    @Override
    protected void layoutChildren(double left, double top, double width, double height) {
        for (int i = 0; i < zones.length; i++) {
            double x0 = left + (BOUNDS[i] + 1) / 2 * width;
            double x1 = left + (BOUNDS[i + 1] + 1) / 2 * width;
            zones[i].resizeRelocate(snapPositionX(x0), top, snapSizeX(x1) - snapPositionX(x0), TRACK_HEIGHT);
        }
        double x = needleX(getSkinnable().ratio(), left, width);
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
