package org.condordesk.ui.perf;

import static org.assertj.core.api.Assertions.assertThat;


import javafx.stage.Stage;

import org.condordesk.ui.FxTestSupport;
import org.condordesk.ui.Workstation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Edit-to-frame latency while dragging each slider (hedge size, analysis date, VIX shift), headless (Monocle,
 * software rendering). The target, p95 ≤ 50 ms, is measured by {@link LatencyReport} on a quiet machine
 * (docs/performance.md); here the bound is a gross-regression guard only, since CI shares its CPU.
 */
@Tag("slow")
@ExtendWith(ApplicationExtension.class)
class SliderLatencyTest {

    /** Twenty times the 50 ms target: only a broken worker (analysis on the FX thread, requests queued) gets here. */
    private static final double GROSS_REGRESSION_P95_MILLIS = 1000;

    private FxTestSupport app;
    private Workstation workstation;

    @Start
    void start(Stage stage) {
        app = FxTestSupport.open(stage);
        workstation = app.workstation;
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @ParameterizedTest
    @EnumSource(DragLatencyHarness.Target.class)
    void draggingASliderRepaintsWithinAFewFrames(DragLatencyHarness.Target target) throws InterruptedException {
        DragLatencyHarness.run(workstation, target, 60);
        DragLatencyHarness.Result result = DragLatencyHarness.run(workstation, target, 240);
        System.out.println("SliderLatencyTest: " + result.report());
        assertThat(result.editToFrame().count()).isEqualTo(240);
        assertThat(result.editToFrame().quantileMillis(0.95)).isLessThan(GROSS_REGRESSION_P95_MILLIS);
    }
}
