package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.condordesk.ui.FxTestSupport.onFx;
import static org.condordesk.ui.FxTestSupport.text;

import java.nio.file.Path;

import javafx.scene.Node;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Slider;

import org.condordesk.risk.PnlCurve;
import org.condordesk.ui.export.PngExport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/** The date slider: the core expiry mark and snap, the "core settled" state past it, and the extra T+n lines. */
@Tag("slow")
class DateSliderFxTest extends WorkstationFxBase {

    /** Valuation Wed 25 Nov 10:00, condor expiry Wed 9 Dec 16:00 (SPXW PM): 14 days 6 hours. */
    private static final double CORE_DAYS = 14.25;

    private void slideTo(FxRobot robot, double days) {
        onFx(() -> {
            robot.lookup("#dateSlider").queryAs(Slider.class).setValue(days);
            return null;
        });
        app.settle();
    }

    @Test
    void theSliderSnapsToTheCoreExpiryAndPastItTheCoreReadsSettled(FxRobot robot) throws Exception {
        app.settle();
        Node mark = robot.lookup(".core-expiry-mark").query();
        assertThat(onFx(mark::isVisible)).isTrue();
        slideTo(robot, 14);
        assertThat(onFx(() -> app.vm.live().settings().shiftDays())).isEqualTo(CORE_DAYS);
        assertThat(text(robot, "#dateValue")).isEqualTo("T+14 · Wed 09 Dec 16:00 · core expiry");
        slideTo(robot, 20);
        assertThat(onFx(() -> app.vm.live().settings().shiftDays())).isEqualTo(20);
        assertThat(text(robot, "#dateValue")).endsWith("core settled");
        assertThat(text(robot, "#vixVegaRatio")).startsWith("Core settled Wed 09 Dec");
        assertThat(text(robot, "#neutralHint")).contains("condor has settled");
        assertThat(text(robot, "#hedgeNeutral-2")).isEqualTo("core settled: no condor vega to offset");
        assertThat(text(robot, "#whatIf")).contains("core settled");
        onFx(() -> {
            app.workstation.tuning().solveSelected();
            return null;
        });
        app.settle();
        assertThat(onFx(() -> app.vm.hedge().solveMessageProperty().get())).startsWith("The core has settled");
        Thread.sleep(500);
        onFx(() -> {
            PngExport.write(app.workstation.scene().getRoot(), Path.of("target", "date-slider-settled.png"), 1);
            return null;
        });
    }

    @Test
    void t3AndT7LinesAreDrawnAndCanBeSwitchedOff(FxRobot robot) {
        app.settle();
        // T+n is set to day 5 so that it does not fall on T+7 (an extra line on the T+n date is not drawn twice).
        onFx(() -> {
            app.vm.live().setTargetDate(app.vm.scenario().valuationTime().toLocalDate().plusDays(5));
            return null;
        });
        app.settle();
        assertThat(onFx(() -> app.vm.analysis().curves().stream().map(PnlCurve::label).toList()))
                .containsExactly("T+0", "T+n", "Expiry", "T+3", "T+7");
        assertThat(onFx(() -> app.workstation.riskGraph().chart().getData().size())).isEqualTo(5);
        robot.clickOn("#curvePlus7");
        app.settle();
        assertThat(onFx(() -> robot.lookup("#curvePlus7").queryAs(CheckBox.class).isSelected())).isFalse();
        assertThat(onFx(() -> app.workstation.riskGraph().chart().getData().size())).isEqualTo(4);
        // Ten days on, T+7 would pass the core expiry (day 14.25): only T+3 remains besides the three curves.
        robot.clickOn("#curvePlus7");
        onFx(() -> {
            app.vm.live().setTargetDate(null);
            return null;
        });
        slideTo(robot, 10);
        assertThat(onFx(() -> app.vm.analysis().curves().stream().map(PnlCurve::label).toList()))
                .containsExactly("T+0", "T+n", "Expiry", "T+3");
    }

    @Test
    void anEmptyBookHasReadableDollarTicks(FxRobot robot) {
        onFx(() -> {
            app.vm.newScenario();
            return null;
        });
        app.settle();
        NumberAxis axis = (NumberAxis) onFx(() -> app.workstation.riskGraph().chart().getYAxis());
        // A flat P&L gets at least a $100 span: −$50 … $50 in ticks of $20 (Axes.niceStep(100, 6) = 20).
        assertThat(onFx(axis::getLowerBound)).isEqualTo(-60, within(1e-9));
        assertThat(onFx(axis::getUpperBound)).isEqualTo(60, within(1e-9));
        assertThat(onFx(axis::getTickUnit)).isEqualTo(20, within(1e-9));
    }
}
