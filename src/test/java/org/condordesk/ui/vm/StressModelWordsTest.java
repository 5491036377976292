package org.condordesk.ui.vm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.condordesk.model.Layer;
import org.condordesk.ui.format.WindowWords;
import org.junit.jupiter.api.Test;

/**
 * A stress computation that fails reaches the status line in the trader's words (issue 27 §4): no CLI flag, JSON
 * path or enum name; the worker's own line stays in the tooltip.
 */
class StressModelWordsTest extends ViewModelTestBase {

    @Test
    void aSearchGridTooLargeForTheOptimizerIsRefusedInWords() throws InterruptedException {
        // The fixture's hedges step by 1/40 (the ±40 diagonal) and 1/2 (the 2 futures): up to size 1000 the
        // whole-contract grid has (40 000 + 1) × (2 000 + 1) ≈ 80 M points, over HedgeOptimizer's 5 M limit, so the
        // real optimizer refuses it (a ValidationException on the flag --max-size, as the CLI names the bound).
        StressModel stress = new StressModel(vm, fx, Optional::empty);
        try {
            assertThat(stress.setMaxSize(Layer.MAX_SIZE_MULTIPLIER)).isEmpty();
            stress.setActive(true);
            fx.runUntil(() -> !stress.computingProperty().get());
            String shown = vm.messageProperty().get();
            assertThat(shown).startsWith("Stress and capital: The whole-contract grid up to size 1000 has more than")
                    .endsWith("lower the bound");
            assertThat(WindowWords.internals(shown)).as("internals in '%s'", shown).isFalse();
            assertThat(vm.messageDetailProperty().get()).contains("--max-size");
        } finally {
            stress.close();
        }
    }

    @Test
    void theInternalsPatternCatchesWhatTheOldMessagesShowed() {
        // The lines the window showed before this change (issue 27 §4), so the pattern above can fail.
        assertThat(WindowWords.internals("Stress and capital: --max-size: the whole-contract grid")).isTrue();
        assertThat(WindowWords.internals("Roll mode unknown value \"X\" (allowed: SAME_STRIKES, SAME_DELTAS)")).isTrue();
        assertThat(WindowWords.internals("layers[0].legs[1].quantity: must be a whole number")).isTrue();
        assertThat(WindowWords.internals("Could not reopen the last workspace /home/t/a.json: market.etfQuotes: no price")).isTrue();
        assertThat(WindowWords.internals("Stress and capital: No price for VXX: its uncovered short options cannot be margined")).isFalse();
    }
}
