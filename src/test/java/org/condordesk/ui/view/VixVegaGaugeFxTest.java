package org.condordesk.ui.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.condordesk.ui.FxTestSupport.onFx;

import javafx.css.PseudoClass;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The VIX-vega gauge as a control with a skin: where its needle is drawn, its zones, and what it tells a screen reader. */
@ExtendWith(ApplicationExtension.class)
class VixVegaGaugeFxTest {

    private static final double WIDTH = 400;
    /** Made in {@link #start}: a Control needs the toolkit running. */
    private VixVegaGauge gauge;

    @Start
    void start(Stage stage) {
        gauge = new VixVegaGauge();
        StackPane root = new StackPane(gauge);
        gauge.setMaxWidth(WIDTH);
        gauge.setMinWidth(WIDTH);
        stage.setScene(new Scene(root, WIDTH, 60));
        stage.show();
    }

    @Test
    void theSkinDrawsTheNeedleAtTheRatioAndClampsIt() {
        onFx(() -> {
            gauge.setRatio(0.5);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(gauge.getSkin()).isInstanceOf(VixVegaGaugeSkin.class);
        VixVegaGaugeSkin skin = (VixVegaGaugeSkin) gauge.getSkin();
        // By hand: a track from -100 % to +100 % across 400 px puts +50 % at 3/4 of the width, 300 px; the needle is
        // 4 px wide and centred there.
        assertThat(onFx(() -> skin.needle().getLayoutX() + skin.needle().getWidth() / 2)).isCloseTo(300, within(1.0));
        assertThat(onFx(() -> skin.needle().getPseudoClassStates())).contains(PseudoClass.getPseudoClass("alarm"));
        onFx(() -> {
            gauge.setRatio(-3);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        // Clamped at -100 %: the left end of the track.
        assertThat(onFx(() -> skin.needle().getLayoutX() + skin.needle().getWidth() / 2)).isCloseTo(0, within(2.0));
        assertThat(onFx(gauge::ratio)).isEqualTo(-3);
    }

    @Test
    void aScreenReaderHearsTheFigureAndItsZone() {
        onFx(() -> {
            gauge.setRatio(0.12);
            return null;
        });
        assertThat(gauge.getAccessibleRole()).isEqualTo(AccessibleRole.PROGRESS_INDICATOR);
        assertThat(gauge.getAccessibleRoleDescription()).isEqualTo("gauge");
        assertThat(onFx(gauge::getAccessibleText)).isEqualTo("Net VIX vega +12 % of the unhedged core: neutral");
        assertThat(onFx(() -> gauge.queryAccessibleAttribute(AccessibleAttribute.VALUE))).isEqualTo(0.12);
        assertThat(onFx(() -> gauge.queryAccessibleAttribute(AccessibleAttribute.MIN_VALUE))).isEqualTo(-1.0);
        assertThat(onFx(() -> gauge.queryAccessibleAttribute(AccessibleAttribute.MAX_VALUE))).isEqualTo(1.0);
        onFx(() -> {
            gauge.setRatio(-0.3);
            return null;
        });
        // 30 % is past the 15 % neutral band and within the 40 % warning band (VixVegaGauge.OK_RATIO, WARN_RATIO).
        assertThat(onFx(gauge::getAccessibleText)).isEqualTo("Net VIX vega -30 % of the unhedged core: partly hedged");
        onFx(() -> {
            gauge.setRatio(Double.NaN);
            return null;
        });
        assertThat(onFx(gauge::ratio)).isZero();
    }
}
