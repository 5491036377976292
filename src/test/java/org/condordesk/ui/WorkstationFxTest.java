package org.condordesk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.condordesk.ui.FxTestSupport.dollars;
import static org.condordesk.ui.FxTestSupport.onFx;
import static org.condordesk.ui.FxTestSupport.sampleNetVixVega;
import static org.condordesk.ui.FxTestSupport.sampleNeutralSize;
import static org.condordesk.ui.FxTestSupport.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

import org.condordesk.model.Scenario;
import org.condordesk.risk.SampleOracle;
import org.condordesk.ui.export.CsvExport;
import org.condordesk.ui.export.PngExport;
import org.condordesk.ui.format.Fmt;
import org.condordesk.ui.widget.EditCell;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** End-to-end: the workstation on the bundled sample, driven through its controls as a trader would. */
@Tag("slow")
class WorkstationFxTest extends WorkstationFxBase {

    private double strike(int layer, int leg) {
        return onFx(() -> app.vm.scenario().layers().get(layer).legs().get(leg).instrument().optionStrike().getAsDouble());
    }

    @Test
    void opensTheSampleAnalysed(FxRobot robot) {
        app.settle();
        assertThat(onFx(() -> app.workstation.stage().getTitle())).isEqualTo("CondorDesk — SPX 14-DTE iron condor + 2-layer VIX hedge");
        assertThat(text(robot, "#netVixVega")).isEqualTo(sampleNetVixVega());
        assertThat(text(robot, "#maxProfit")).startsWith("Max profit +$");
        assertThat(FxTestSupport.cell(robot, "legs-strike-1").getText()).isEqualTo("7,350");
    }

    @Test
    void editingAStrikeInTheLegsTableMovesTheGreeks(FxRobot robot) {
        app.settle();
        String deltaBefore = text(robot, "#delta");
        String vegaBefore = text(robot, "#netVixVega");
        robot.doubleClickOn(FxTestSupport.cell(robot, "legs-strike-1"));
        robot.write("7300").type(KeyCode.ENTER);
        app.settle();
        assertThat(strike(0, 1)).isEqualTo(7300);
        assertThat(text(robot, "#delta")).isNotEqualTo(deltaBefore);
        assertThat(text(robot, "#netVixVega")).isNotEqualTo(vegaBefore);
        assertThat(onFx(() -> app.workstation.stage().getTitle())).endsWith(" *");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        app.settle();
        assertThat(strike(0, 1)).as("undo restores the previous value").isEqualTo(7350);
        assertThat(text(robot, "#delta")).isEqualTo(deltaBefore);
        assertThat(onFx(() -> app.workstation.stage().getTitle())).doesNotEndWith("*");
    }

    @Test
    void theTuningPanelShowsTheNeutralSizeUnderBothVolResponses(FxRobot robot) {
        app.settle();
        // tools/sample_oracle.py: Hedge 2 is neutral at 1.54 (proportional) and 2.61 (parallel).
        String expected = "Neutral size " + Fmt.multiplier(SampleOracle.get("neutralSize", "proportional:2"))
                + " (proportional) · " + Fmt.multiplier(SampleOracle.get("neutralSize", "parallel:2")) + " if parallel";
        assertThat(text(robot, "#neutralSizes")).isEqualTo(expected);
        assertThat(text(robot, "#value")).isEqualTo(Fmt.usd(SampleOracle.get("positionValue")));
        assertThat(text(robot, "#notional")).isEqualTo(Fmt.usd(SampleOracle.get("notional")));
    }

    @Test
    void anExpiryOnASaturdayIsMarkedInTheLegsTable(FxRobot robot) {
        app.settle();
        // The date picker is tested elsewhere; here the edit goes through the view model as a typed date would.
        assertThat(onFx(() -> app.vm.legs().editLeg(0, 0, org.condordesk.ui.edit.LegField.EXPIRY, "2026-12-12"))).isEmpty();
        app.settle();
        EditCell<?> cell = FxTestSupport.cell(robot, "legs-expiry-0");
        assertThat(onFx(cell::getText)).isEqualTo("⚠ 2026-12-12");
        assertThat(onFx(() -> cell.getTooltip().getText())).startsWith("Warning: 2026-12-12 is a Saturday");
    }

    @Test
    void aBadStrikeIsRefusedInTheCellAndChangesNothing(FxRobot robot) {
        app.settle();
        Scenario before = onFx(app.vm::scenario);
        robot.doubleClickOn(FxTestSupport.cell(robot, "legs-strike-1"));
        robot.write("-5").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        EditCell<?> cell = FxTestSupport.cell(robot, "legs-strike-1");
        assertThat(onFx(cell::isEditing)).as("the editor stays open on the refused value").isTrue();
        assertThat(onFx(cell::errorText)).hasValue("Strike must be > 0, got -5");
        assertThat(text(robot, "#statusMessage")).isEqualTo("Strike must be > 0, got -5");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(cell::errorText)).hasValue("Strike must be a number, got 'abc'");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(app.vm::scenario)).isSameAs(before);
        assertThat(onFx(app.vm::isDirty)).isFalse();
        assertThat(FxTestSupport.cell(robot, "legs-strike-1").getText()).isEqualTo("7,350");
    }

    @Test
    void draggingTheHedgeSliderCrossesVegaNeutralAndUndoesInOneStep(FxRobot robot) {
        app.settle();
        assertThat(dollars(text(robot, "#netVixVega"))).isNegative();
        Slider slider = robot.lookup("#hedgeSlider-2").queryAs(Slider.class);
        Node thumb = slider.lookup(".thumb");
        robot.drag(thumb, MouseButton.PRIMARY).moveTo(robot.point(slider).atPosition(Pos.CENTER_RIGHT));
        // Still holding the mouse: the charts have followed the drag already.
        assertThat(onFx(slider::isValueChanging)).isTrue();
        app.settle();
        double sizeWhileDragging = onFx(() -> app.vm.scenario().layers().get(2).sizeMultiplier());
        assertThat(sizeWhileDragging).isGreaterThan(3.5);
        assertThat(dollars(text(robot, "#netVixVega"))).as("past the neutral point").isPositive();
        robot.drop();
        app.settle();
        robot.drag(thumb, MouseButton.PRIMARY).moveTo(robot.point(slider).atPosition(Pos.CENTER_LEFT)).drop();
        app.settle();
        assertThat(onFx(() -> app.vm.scenario().layers().get(2).sizeMultiplier())).isLessThan(0.5);
        assertThat(dollars(text(robot, "#netVixVega"))).isNegative();
        robot.clickOn("#netVixVega");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        app.settle();
        assertThat(onFx(() -> app.vm.scenario().layers().get(2).sizeMultiplier())).as("one drag, one undo")
                .isGreaterThan(3.5);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        app.settle();
        assertThat(onFx(() -> app.vm.scenario().layers().get(2).sizeMultiplier())).isEqualTo(1.0);
        assertThat(text(robot, "#netVixVega")).isEqualTo(sampleNetVixVega());
    }

    @Test
    void makeVegaNeutralZeroesNetVixVegaAndUndoRestoresIt(FxRobot robot) {
        app.settle();
        robot.clickOn("#makeNeutral");
        // The dialog offers whole contracts; the plan's fractional size is the marked what-if.
        robot.clickOn("#wholeSize-whatIf").clickOn("#wholeSizeOk");
        app.settle();
        assertThat(Math.abs(dollars(text(robot, "#netVixVega")))).isLessThan(1);
        assertThat(onFx(() -> app.vm.scenario().layers().get(2).sizeMultiplier())).isEqualTo(sampleNeutralSize(), within(1e-4));
        assertThat(text(robot, "#solveMessage")).contains("net VIX vega ≈ 0");
        assertThat(onFx(() -> robot.lookup("#hedgeSlider-2").queryAs(Slider.class).getValue())).isEqualTo(sampleNeutralSize(), within(1e-4));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        app.settle();
        assertThat(text(robot, "#netVixVega")).isEqualTo(sampleNetVixVega());
    }

    @Test
    void makeVegaNeutralOffersWholeContractsWithTheNetVegaEachLeaves(FxRobot robot) {
        app.settle();
        org.condordesk.risk.HedgeSolve solve = onFx(() -> app.vm.analysis().selectedHedge().orElseThrow());
        org.condordesk.risk.WholeContractSize upper = solve.wholeContracts().get(1);
        robot.clickOn("#makeNeutral");
        assertThat(robot.lookup("#wholeSize-1").queryLabeled().getText())
                .endsWith("net VIX vega " + Fmt.usd0(upper.netVixVega()) + "/pt");
        robot.clickOn("#wholeSize-1").clickOn("#wholeSizeOk");
        app.settle();
        // The 2-lot Jan VX layer at ×2 becomes 4 contracts at size 1; the engine's net is the residual shown.
        assertThat(onFx(() -> app.vm.scenario().layers().get(2).legs().get(0).quantity()))
                .isEqualTo(upper.legContracts().get(0));
        assertThat(onFx(() -> app.vm.scenario().layers().get(2).sizeMultiplier())).isEqualTo(1.0);
        assertThat(onFx(() -> app.vm.analysis().netVixVega())).isCloseTo(upper.netVixVega(), within(1e-6));
    }

    @Test
    void disablingALayerValuesItAtZero(FxRobot robot) {
        app.settle();
        robot.clickOn("#layerEnabled-2");
        app.settle();
        assertThat(onFx(() -> app.vm.scenario().layers().get(2).enabled())).isFalse();
        // Without the 2 long Jan futures the net is core + diagonal only (the oracle's layer vegas).
        String key = org.condordesk.model.VolFactorModel.DEFAULT_VOL_RESPONSE.key();
        assertThat(text(robot, "#netVixVega")).isEqualTo(org.condordesk.ui.format.Fmt.usd0(
                SampleOracle.get("layerVixVega", key + ":0") + SampleOracle.get("layerVixVega", key + ":1")));
    }

    @Test
    void aLayerIsAddedFromATemplateWithMarketDefaults(FxRobot robot) {
        app.settle();
        robot.clickOn("#addLayer");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Add layer");
        app.settle();
        assertThat(onFx(() -> app.vm.scenario().layers())).hasSize(4);
        assertThat(onFx(() -> app.vm.scenario().layers().get(3).name())).isEqualTo("Hedge 3: VIX call spread");
        assertThat(robot.lookup("#hedgeSlider-3").tryQuery()).isPresent();
        assertThat(robot.lookup("#legsTitle").queryLabeled().getText()).endsWith("Hedge 3: VIX call spread");
    }

    @Test
    void theWhatIfSlidersMoveTheAnalysisNotTheScenario(FxRobot robot) {
        app.settle();
        Scenario before = onFx(app.vm::scenario);
        robot.interact(() -> robot.lookup("#dateSlider").queryAs(Slider.class).setValue(7));
        robot.interact(() -> robot.lookup("#vixShiftSlider").queryAs(Slider.class).setValue(4));
        app.settle();
        assertThat(onFx(() -> app.vm.analysis().analysisTime())).isEqualTo(before.valuationTime().plusDays(7));
        assertThat(text(robot, "#whatIf")).isEqualTo("WHAT-IF T+7d · VIX +4.0");
        assertThat(onFx(app.vm::scenario)).isSameAs(before);
        robot.clickOn("#resetShifts");
        app.settle();
        assertThat(onFx(() -> app.vm.analysis().analysisTime())).isEqualTo(before.valuationTime());
    }

    @Test
    void marketFieldsCommitOnEnterAndRefuseTextThatIsNoNumber(FxRobot robot) {
        app.settle();
        robot.clickOn("#tabMarket");
        WaitForAsyncUtils.waitForFxEvents();
        robot.doubleClickOn("#spxSpot").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("7650").type(KeyCode.ENTER);
        app.settle();
        assertThat(onFx(() -> app.vm.scenario().market().spxSpot())).isEqualTo(7650);
        assertThat(robot.lookup("#spxSpot").queryTextInputControl().getText()).isEqualTo("7,650.00");
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("abc").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#statusMessage")).isEqualTo("SPX spot must be a number, got 'abc'");
        assertThat(onFx(() -> ((org.condordesk.ui.widget.ValueField) robot.lookup("#spxSpot").query()).isInvalid())).isTrue();
        assertThat(onFx(() -> app.vm.scenario().market().spxSpot())).isEqualTo(7650);
        robot.doubleClickOn("#riskFreeRate").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write("4.5").type(KeyCode.ENTER);
        app.settle();
        assertThat(onFx(() -> app.vm.scenario().market().riskFreeRate())).as("typed in percent").isEqualTo(0.045, within(1e-12));
    }

    @Test
    void ctrlZInATextFieldUndoesTheTypingNotTheScenario(FxRobot robot) {
        app.settle();
        robot.clickOn("#tabNotes");
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> app.vm.layers().setLayerSize(2, 2));
        robot.clickOn("#notes").write("abc");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> app.vm.scenario().layers().get(2).sizeMultiplier())).isEqualTo(2.0);
    }

    @Test
    void eventsAreAddedToTheCalendarAndMarkedOnTheDecayChart(FxRobot robot) {
        app.settle();
        int before = onFx(() -> app.vm.scenario().events().size());
        robot.clickOn("#tabEvents");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#events-add");
        app.settle();
        assertThat(onFx(() -> app.vm.scenario().events())).hasSize(before + 1);
        // A week after the January FOMC the two markers are close: their labels may share one ("FOMC · OTHER").
        assertThat(onFx(() -> app.workstation.decayChart().lookupAll(".marker-label").stream()
                .filter(n -> n.isVisible() && List.of(((Label) n).getText().split(" · ")).contains("OTHER")).count()))
                .isEqualTo(1);
    }

    @Test
    void chartsExportAsPngAndTablesAsCsv(FxRobot robot, @TempDir Path folder) throws Exception {
        app.settle();
        Path risk = folder.resolve("risk.png");
        Path decay = folder.resolve("decay.png");
        robot.interact(() -> {
            try {
                PngExport.write(app.workstation.riskGraph(), risk, 2);
                PngExport.write(app.workstation.decayChart(), decay, 1);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        for (Path png : new Path[] {risk, decay}) {
            byte[] head = Files.readAllBytes(png);
            assertThat(head.length).isGreaterThan(5000);
            assertThat(new String(head, 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        }
        assertThat(CsvExport.write(onFx(app.vm::scenario), onFx(app.vm::analysis), folder, "sample")).hasSize(6);
    }
}
