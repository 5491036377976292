package org.condordesk.ui.vm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.condordesk.Fixtures;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.Scenario;
import org.condordesk.model.VixFuture;
import org.condordesk.ui.edit.LegField;
import org.junit.jupiter.api.Test;

class ScenarioViewModelTest extends ViewModelTestBase {

    private double strike(int layer, int leg) {
        return vm.scenario().layers().get(layer).legs().get(leg).instrument().optionStrike().getAsDouble();
    }

    @Test
    void strikeEditIsOneUndoableStepAndRedoable() {
        assertThat(vm.legs().editLeg(0, 1, LegField.STRIKE, "7300")).isEmpty();
        assertThat(strike(0, 1)).isEqualTo(7300);
        assertThat(vm.canUndoProperty().get()).isTrue();
        vm.undo();
        assertThat(strike(0, 1)).isEqualTo(7350);
        assertThat(vm.canRedoProperty().get()).isTrue();
        vm.redo();
        assertThat(strike(0, 1)).isEqualTo(7300);
    }

    @Test
    void dirtyFollowsTheSavedScenarioNotTheEditCount() {
        assertThat(vm.isDirty()).isFalse();
        vm.layers().setLayerSize(2, 2.0);
        assertThat(vm.isDirty()).isTrue();
        vm.undo();
        assertThat(vm.isDirty()).as("back at the saved state").isFalse();
        vm.redo();
        vm.markSaved(Path.of("elsewhere.json"));
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.file()).isEqualTo(Path.of("elsewhere.json"));
    }

    @Test
    void negativeStrikeIsRefusedWithItsPathAndChangesNothing() {
        Scenario before = vm.scenario();
        assertThat(vm.legs().editLeg(0, 1, LegField.STRIKE, "-5")).hasValueSatisfying(message ->
                assertThat(message).isEqualTo("Strike must be > 0, got -5"));
        assertThat(vm.messageDetailProperty().get()).isEqualTo("layers[0].legs[1].strike: must be > 0, got -5");
        assertThat(vm.scenario()).isSameAs(before);
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get()).contains("must be > 0");
    }

    @Test
    void textThatIsNoNumberIsRefused() {
        Scenario before = vm.scenario();
        assertThat(vm.legs().editLeg(0, 1, LegField.STRIKE, "abc")).hasValue("Strike must be a number, got 'abc'");
        assertThat(vm.scenario()).isSameAs(before);
    }

    @Test
    void anExpiryBeforeTheValuationTimeIsRefused() {
        assertThat(vm.legs().editLeg(0, 0, LegField.EXPIRY, "2026-11-20")).hasValueSatisfying(message ->
                assertThat(message).startsWith("Expiry settled at 2026-11-20T16:00"));
    }

    @Test
    void impliedVolIsTypedInPercentAndStoredAsDecimal() {
        assertThat(vm.legs().editLeg(0, 0, LegField.IMPLIED_VOL_PCT, "21.5")).isEmpty();
        assertThat(vm.scenario().layers().get(0).legs().get(0).vol()).isEqualTo(0.215, within(1e-12));
        assertThat(vm.legs().editLeg(0, 0, LegField.IMPLIED_VOL_PCT, "900")).hasValueSatisfying(m -> assertThat(m).contains("percent"));
    }

    @Test
    void aDragIsOneUndoStep() {
        vm.beginGesture();
        for (int i = 1; i <= 50; i++) {
            vm.layers().setLayerSize(2, 1 + i * 0.05);
        }
        vm.endGesture();
        assertThat(vm.scenario().layers().get(2).sizeMultiplier()).isEqualTo(3.5);
        vm.undo();
        assertThat(vm.scenario().layers().get(2).sizeMultiplier()).isEqualTo(1.0);
        assertThat(vm.canUndoProperty().get()).isFalse();
    }

    @Test
    void solveSetsTheHedgeSizeThatZeroesNetVixVega() throws InterruptedException {
        double expected = vm.analysis().hedgeSolves().stream().filter(h -> h.layerIndex() == 2).findFirst().orElseThrow().multiplier();
        vm.hedge().solveHedge(2);
        assertThat(vm.scenario().layers().get(2).sizeMultiplier()).isEqualTo(expected, within(1e-4));
        fx.settle(vm);
        assertThat(Math.abs(vm.analysis().netVixVega())).isLessThan(0.5);
        assertThat(vm.hedge().solveMessageProperty().get()).contains("net VIX vega ≈ 0");
        vm.undo();
        assertThat(vm.scenario().layers().get(2).sizeMultiplier()).isEqualTo(1.0);
    }

    @Test
    void solveWaitsForTheAnalysisOfTheCurrentScenario() throws InterruptedException {
        vm.legs().editLeg(0, 1, LegField.STRIKE, "7300");
        vm.hedge().solveHedge(2);
        fx.settle(vm);
        fx.settle(vm);
        assertThat(Math.abs(vm.analysis().netVixVega())).isLessThan(0.5);
    }

    @Test
    void aHedgeThatAddsExposureCannotBeSolvedAndSaysWhy() throws InterruptedException {
        Layer shortFutures = Layer.of("Short VX", LayerRole.HEDGE,
                List.of(Leg.linear(new VixFuture(java.time.LocalDate.of(2027, 1, 20)), -2, 18.5)));
        vm.layers().addLayer(shortFutures);
        fx.settle(vm);
        double size = vm.scenario().layers().get(3).sizeMultiplier();
        vm.hedge().solveHedge(3);
        assertThat(vm.scenario().layers().get(3).sizeMultiplier()).isEqualTo(size);
        assertThat(vm.hedge().solveMessageProperty().get()).contains("Cannot make vega-neutral").contains("negative size");
    }

    @Test
    void layersCanBeAddedDuplicatedRenamedAndDeleted() {
        vm.layers().duplicateLayer(1);
        assertThat(vm.scenario().layers()).hasSize(4);
        assertThat(vm.scenario().layers().get(3).name()).endsWith("(copy)");
        assertThat(vm.selectedLayerProperty().get()).isEqualTo(3);
        assertThat(vm.layers().renameLayer(3, "  Spare  ")).isEmpty();
        assertThat(vm.scenario().layers().get(3).name()).isEqualTo("Spare");
        assertThat(vm.layers().renameLayer(3, " ")).hasValue("Name must not be blank");
        assertThat(vm.messageDetailProperty().get()).startsWith("layers[3].name");
        vm.layers().deleteLayer(3);
        assertThat(vm.scenario().layers()).hasSize(3);
        assertThat(vm.selectedLayerProperty().get()).isEqualTo(2);
    }

    @Test
    void sizeIsTypedAsAMultiplier() {
        assertThat(vm.layers().setLayerSizeText(1, "×2.5")).isEmpty();
        assertThat(vm.scenario().layers().get(1).sizeMultiplier()).isEqualTo(2.5);
        assertThat(vm.layers().setLayerSizeText(1, "-1")).hasValueSatisfying(m -> assertThat(m).startsWith("Size must be between"));
        assertThat(vm.messageDetailProperty().get()).startsWith("layers[1].sizeMultiplier");
    }

    @Test
    void loadAndNewStartAFreshHistory() {
        vm.layers().setLayerSize(2, 2);
        vm.newScenario();
        assertThat(vm.scenario().layers()).isEmpty();
        assertThat(vm.scenario().market()).isEqualTo(Fixtures.market());
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.file()).isNull();
        vm.load(Fixtures.condorOnly(), null, true);
        assertThat(vm.isDirty()).as("a recovered scenario is unsaved").isTrue();
    }

    @Test
    void whatIfSettingsRecomputeButAreNotEdits() throws InterruptedException {
        vm.live().setShiftDays(3);
        vm.live().setVixShift(2);
        fx.settle(vm);
        assertThat(vm.analysis().analysisTime()).isEqualTo(Fixtures.VALUATION.plusDays(3));
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.canUndoProperty().get()).isFalse();
        vm.live().resetShifts();
        fx.settle(vm);
        assertThat(vm.analysis().analysisTime()).isEqualTo(Fixtures.VALUATION);
    }

    @Test
    void everyResultAfterTheFirstIsTimed() throws InterruptedException {
        assertThat(vm.live().latency().count()).as("the start-up result is not an edit").isZero();
        vm.layers().setLayerSize(2, 2);
        fx.settle(vm);
        assertThat(vm.live().latency().count()).isEqualTo(1);
        assertThat(vm.live().latency().quantileMillis(0.5)).isPositive();
    }

    @Test
    void layerAndLegCommandsOnWhatDoesNotExistAreRefusedInWordsNotExceptions() {
        vm.newScenario();
        assertThat(vm.layers().deleteLayer(0)).hasValueSatisfying(m -> assertThat(m).contains("no layer"));
        assertThat(vm.layers().duplicateLayer(0)).isPresent();
        assertThat(vm.legs().addLeg(0, (s, l) -> s.layers().get(0).legs().get(0))).isPresent();
        assertThat(vm.canUndoProperty().get()).isFalse();
        vm.load(Fixtures.hedged(), null);
        assertThat(vm.legs().removeLeg(0, 99)).hasValue("Select a leg first");
        assertThat(vm.legs().editLeg(7, 0, LegField.STRIKE, "7300")).hasValue("Select a layer first");
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
    }

    @Test
    void undoAndRedoNameTheEditAndRefusalsSpeakPlainly() {
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo");
        vm.legs().editLeg(0, 1, LegField.STRIKE, "7300");
        assertThat(vm.undoTextProperty().get()).isEqualTo("Undo change strike");
        vm.undo();
        assertThat(vm.messageProperty().get()).isEqualTo("Undone: change strike");
        assertThat(vm.redoTextProperty().get()).isEqualTo("Redo change strike");
        assertThat(vm.legs().editLeg(0, 1, LegField.QUANTITY, "abc")).hasValueSatisfying(
                m -> assertThat(m).startsWith("Quantity must be a whole number").endsWith("got 'abc'"));
        // The path stays available for the tooltip (and the CLI prints it).
        assertThat(vm.messageDetailProperty().get()).startsWith("layers[0].legs[1].quantity: ");
    }
}
