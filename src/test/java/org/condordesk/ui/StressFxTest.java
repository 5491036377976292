package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.condordesk.ui.FxTestSupport.onFx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;

import org.condordesk.app.StressHistories;
import org.condordesk.capital.CapitalAnalysis;
import org.condordesk.capital.CapitalReport;
import org.condordesk.capital.HedgeSolution;
import org.condordesk.capital.StressReport;
import org.condordesk.capital.StressValuation;
import org.condordesk.model.Scenario;
import org.condordesk.ui.export.PngExport;
import org.condordesk.ui.view.StressView;
import org.condordesk.ui.vm.StressModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Stress tab: computed in the background only while shown, the same figures as the capital package computes
 * directly, the chart following the selected row's group, hedge sizes applied as one undoable edit, inputs saved in
 * the scenario, CSV export, and the taller editor area while it is shown.
 */
@Tag("slow")
class StressFxTest extends WorkstationFxBase {

    private StressModel.Result shownFor(Scenario scenario) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> onFx(() -> {
            StressModel.Result result = app.workstation.stress().resultProperty().get();
            return result != null && result.scenario() == scenario;
        }));
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> app.workstation.stress().resultProperty().get());
    }

    @Test
    void theTabShowsTheLibrarysStressesTheCapitalFiguresAndTheChartOfTheSelectedGroup(FxRobot robot) throws Exception {
        app.settle();
        assertThat(onFx(() -> app.workstation.stress().resultProperty().get())).as("nothing computed while hidden").isNull();
        SplitPane middle = onFx(() -> middleColumn(robot));
        double before = onFx(() -> middle.getDividerPositions()[0]);
        robot.clickOn("#tabStress");
        Scenario scenario = onFx(() -> app.vm.scenario());
        StressModel.Result result = shownFor(scenario);
        // The same calls made here directly on the bundled history: the tab shows what the capital package gives.
        StressReport direct = StressReport.of(StressValuation.of(scenario), Optional.of(StressHistories.bundled()));
        TableView<?> table = robot.lookup("#stressTable").queryAs(TableView.class);
        assertThat(onFx(() -> table.getItems().size())).isEqualTo(direct.results().size()).isEqualTo(6 + 2 + 9 + 5);
        for (int i = 0; i < direct.results().size(); i++) {
            assertThat(result.stresses().results().get(i).total()).isCloseTo(direct.results().get(i).total(), within(1e-6));
        }
        StressView view = robot.lookup("#stressPanel").queryAs(StressView.class);
        List<XYChart.Series<Number, String>> series = onFx(() -> view.chart().series());
        assertThat(series).hasSize(3);
        assertThat(onFx(() -> series.get(2).getData().size())).isEqualTo(6);     // the historical group

        // A correlation-slippage row: the chart shows its 9 stresses; at scale 0 the hedge bar is exactly 0.
        onFx(() -> {
            view.table().getSelectionModel().select(8);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> series.get(1).getData().size())).isEqualTo(9);
        assertThat(onFx(() -> series.get(1).getData().get(8).getXValue().doubleValue())).isZero();

        CapitalReport capital = CapitalAnalysis.run(scenario, Optional.of(StressHistories.bundled()),
                CapitalAnalysis.Settings.defaults());
        Label verdict = robot.lookup("#verdict-1").queryAs(Label.class);
        assertThat(onFx(verdict::getText)).startsWith(capital.hedgeEffects().get(0).npvAtCost() >= 0 ? "yes" : "no");
        assertThat(robot.lookup("#vxMarginPlaceholder").queryAs(Label.class).isVisible()).isTrue();
        snapshot("stress-tab.png");

        // The editor area is taller while the tab is shown, and back where it was after.
        assertThat(onFx(() -> middle.getDividerPositions()[0])).isCloseTo(0.48, within(0.02));
        robot.clickOn("#tabLegs");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> middle.getDividerPositions()[0])).isCloseTo(before, within(0.02));
    }

    @Test
    void aLiveBookKeepsTheTabAndApplyTradesToTheSizes(FxRobot robot) throws Exception {
        // Issue 25 §1: a live book's tab stayed on "Computing…"; now it shows the plan's figures, and Apply trades.
        app.settle();
        Scenario plan = onFx(() -> app.vm.scenario());
        onFx(() -> app.vm.positions().markLive());
        Scenario live = onFx(() -> app.vm.scenario());
        assertThat(live.isLive()).isTrue();
        robot.clickOn("#tabStress");
        StressModel.Result result = shownFor(live);
        StressReport direct = StressReport.of(StressValuation.of(plan), Optional.of(StressHistories.bundled()));
        for (int i = 0; i < direct.results().size(); i++) {
            assertThat(result.stresses().results().get(i).total()).isCloseTo(direct.results().get(i).total(), within(1e-6));
        }
        HedgeSolution minVariance = result.hedges().get(1);
        assertThat(minVariance.sizes()).allMatch(size -> size.trades().isPresent());
        robot.clickOn("#viewHedgeSizes");
        robot.clickOn("#applyHedge-min-variance");
        WaitForAsyncUtils.waitForFxEvents();
        Scenario traded = onFx(() -> app.vm.scenario());
        for (HedgeSolution.LayerSize size : minVariance.sizes()) {
            // Every open leg now holds its contracts at the plan's quantity × the solved size.
            for (int j = 0; j < plan.layers().get(size.layerIndex()).legs().size(); j++) {
                assertThat(traded.layers().get(size.layerIndex()).legs().get(j).quantity())
                        .isEqualTo((int) Math.round(plan.layers().get(size.layerIndex()).legs().get(j).quantity() * size.size()));
            }
        }
        onFx(() -> {
            app.vm.undo();
            return null;
        });
        assertThat(onFx(() -> app.vm.scenario()).layers()).isEqualTo(live.layers());
    }

    @Test
    void aHedgeSolutionIsAppliedAsOneUndoableEditAndTheInputsAreSavedInTheScenario(FxRobot robot, @TempDir Path folder)
            throws Exception {
        app.settle();
        robot.clickOn("#tabStress");
        Scenario original = onFx(() -> app.vm.scenario());
        StressModel.Result result = shownFor(original);
        robot.clickOn("#viewHedgeSizes");
        snapshot("stress-hedge-sizes.png");
        HedgeSolution minVariance = result.hedges().get(1);
        robot.clickOn("#applyHedge-min-variance");
        WaitForAsyncUtils.waitForFxEvents();
        Scenario sized = onFx(() -> app.vm.scenario());
        for (HedgeSolution.LayerSize size : minVariance.sizes()) {
            assertThat(sized.layers().get(size.layerIndex()).sizeMultiplier()).isEqualTo(size.size());
        }
        onFx(() -> {
            app.vm.undo();
            return null;
        });
        assertThat(onFx(() -> app.vm.scenario()).layers()).isEqualTo(original.layers());

        robot.clickOn("#viewStressInputs");
        robot.clickOn("#vxInitialMarginPerContract").write("8000").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Scenario withMargin = onFx(() -> app.vm.scenario());
        assertThat(withMargin.capital().vxInitialMarginPerContract()).hasValue(8000);
        StressModel.Result recomputed = shownFor(withMargin);
        // Two Jan futures at $8,000: the margin the tab now uses, no placeholder.
        assertThat(recomputed.capital().margin().layer(2).requirement()).isEqualTo(16_000);
        assertThat(recomputed.capital().margin().vxMarginPlaceholder()).isFalse();
        snapshot("stress-inputs.png");

        Path csv = folder.resolve("stress.csv");
        onFx(() -> {
            app.workstation.stress().exportCsv(csv);
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(csv));
        assertThat(Files.readAllLines(csv)).hasSize(1 + recomputed.stresses().results().size());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> onFx(() -> app.vm.messageProperty().get()).startsWith("Stress table written to"));
    }

    /** The split pane that holds the charts over the editor tabs. */
    private static SplitPane middleColumn(FxRobot robot) {
        javafx.scene.Node node = robot.lookup("#editorTabs").query();
        while (!(node instanceof SplitPane)) {
            node = node.getParent();
        }
        return (SplitPane) node;
    }

    private void snapshot(String name) throws InterruptedException {
        Thread.sleep(300);
        onFx(() -> {
            PngExport.write(app.workstation.scene().getRoot(), Path.of("target", name), 1);
            return null;
        });
    }
}
