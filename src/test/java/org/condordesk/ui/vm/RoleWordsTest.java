package org.condordesk.ui.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.condordesk.Fixtures;
import org.condordesk.capital.HedgeOptimizer;
import org.condordesk.capital.StressLibrary;
import org.condordesk.capital.StressValuation;
import org.condordesk.model.Scenario;
import org.condordesk.ui.format.WindowWords;
import org.junit.jupiter.api.Test;

/**
 * Refusals about a layer's role reach the window in the trader's words (issue 27 §4): "no hedge layer", not the
 * enum's "no HEDGE layer". Each case drives the real command and checks the line the window shows.
 */
class RoleWordsTest extends ViewModelTestBase {

    @Test
    void alvhApplyWithoutAHedgeLayerSaysHedgeInWords() {
        vm.load(Fixtures.condorOnly(), null);
        String shown = vm.hedge().applyAlvhSize(2).orElseThrow();
        assertThat(shown).contains("no hedge layer");
        assertThat(WindowWords.internals(shown)).as(shown).isFalse();
    }

    @Test
    void alvhApplyOnACoreTargetSaysCoreInWords() {
        Scenario hedged = Fixtures.hedged();
        String core = hedged.layers().get(0).name(); // the fixture's first layer is the condor (CORE)
        vm.load(hedged.withAlvh(hedged.alvh().withTargetLayer(core)), null);
        String shown = vm.hedge().applyAlvhSize(2).orElseThrow();
        assertThat(shown).contains("is a core layer, not a hedge layer");
        assertThat(WindowWords.internals(shown)).as(shown).isFalse();
    }

    @Test
    void solvingTheCoreLayerIsRefusedInWords() throws InterruptedException {
        fx.settle(vm);
        vm.hedge().solveHedge(0); // layer 1 of the fixture is the condor: no hedge solve for it
        fx.settle(vm);
        String shown = vm.hedge().solveMessageProperty().get();
        assertThat(shown).startsWith("Choose a hedge layer to solve");
        assertThat(WindowWords.internals(shown)).as(shown).isFalse();
    }

    @Test
    void theOptimizersNoteWithoutAHedgeLayerIsInWords() {
        StressValuation valuation = StressValuation.of(Fixtures.condorOnly());
        for (HedgeOptimizer.Mode mode : List.of(HedgeOptimizer.Mode.VEGA, HedgeOptimizer.Mode.MIN_VARIANCE)) {
            String note = HedgeOptimizer.solve(valuation, StressLibrary.run(valuation, Optional.empty()), mode, 3).note();
            assertThat(note).isEqualTo("no hedge layer to size");
            assertThat(WindowWords.internals(note)).as(note).isFalse();
        }
    }

    @Test
    void theCheckCatchesTheOldWording() {
        // The line the window showed before this change, so the checks above can fail.
        assertThat(WindowWords.internals("The scenario has no HEDGE layer for the rules to size")).isTrue();
        assertThat(WindowWords.internals("'Core 1' is a CORE layer, not a HEDGE layer")).isTrue();
        assertThat(WindowWords.internals("VIX call spread at the condor's break-even")).isFalse();
    }
}
