package org.condordesk.ui.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.condordesk.backtest.BacktestConfig;
import org.condordesk.model.LayerRole;
import org.condordesk.ui.format.Fmt;
import org.junit.jupiter.api.Test;

/** The backtest form's hedge instruments and the layers' roles read in words, not enum names (issue 27 §4). */
class HedgeRowsWordsTest {

    @Test
    void everyHedgeInstrumentHasWordsOfItsOwn() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (BacktestConfig.HedgeInstrument instrument : BacktestConfig.HedgeInstrument.values()) {
            String words = HedgeRows.INSTRUMENT_WORDS.toString(instrument);
            assertThat(words).as(instrument.name()).isNotBlank().doesNotContain("_").isNotEqualTo(instrument.name());
            assertThat(seen.add(words)).as("two instruments read '%s'", words).isTrue();
        }
        assertThat(HedgeRows.INSTRUMENT_WORDS.toString(BacktestConfig.HedgeInstrument.CALL_SPREAD)).isEqualTo("Call spread");
    }

    @Test
    void rolesReadCoreAndHedge() {
        assertThat(Fmt.role(LayerRole.CORE)).isEqualTo("Core");
        assertThat(Fmt.role(LayerRole.HEDGE)).isEqualTo("Hedge");
    }
}
