package org.condordesk.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.condordesk.Fixtures;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.VixOption;
import org.junit.jupiter.api.Test;

class LayerPreviewTest {

    @Test
    void aCondorReadsShortLongStrikesCreditAndMaxLoss() {
        // The sample condor: long 7275P 15.90, short 7350P 21.40, short 7800C 12.30, long 7875C 4.50, ten lots.
        // Credit 21.40 + 12.30 − 15.90 − 4.50 = 13.30; wings 75 wide: max loss 75 − 13.30 = 61.70.
        assertThat(LayerPreview.describe(Fixtures.sampleCondor(), -2936.4))
                .isEqualTo("7350/7275P · 7800/7875C · credit 13.30 · max loss 61.70 · VIX vega -$2,936");
    }

    @Test
    void aVixCallSpreadReadsItsDebitAndMaxGain() {
        LocalDate jan = LocalDate.of(2027, 1, 20);
        Layer spread = Layer.of("spread", LayerRole.HEDGE, List.of(
                Leg.option(new VixOption(OptionRight.CALL, 19, jan), 10, 2.10, 0.85),
                Leg.option(new VixOption(OptionRight.CALL, 24, jan), -10, 0.95, 0.85)));
        // Debit 2.10 − 0.95 = 1.15 a spread; 5 points wide: max gain 5 − 1.15 = 3.85.
        assertThat(LayerPreview.describe(spread, 450.2)).isEqualTo("Jan 20 19/24C ×10 · debit 1.15 · max gain 3.85 · VIX vega $450");
    }

    @Test
    void anythingElseListsItsLegsAndPremium() {
        String futures = LayerPreview.describe(Fixtures.futures(), 867.4);
        assertThat(futures).startsWith("+2 ").endsWith(" · VIX vega $867").doesNotContain("credit").doesNotContain("debit");
        // The diagonal: short 40 Dec 22C at 0.35, long 40 Feb 20C at 2.60: debit 2.60 − 0.35 = 2.25 per diagonal.
        assertThat(LayerPreview.describe(Fixtures.diagonal(), 381)).contains("debit 2.25");
    }

    @Test
    void theEngineGivesTheLayersOwnVixVega() {
        // Valued alone, the condor has the VIX vega the engine gives its layer inside the whole hedged book.
        org.condordesk.model.Scenario hedged = Fixtures.hedged();
        double inBook = org.condordesk.risk.Analyzer.analyze(hedged).layers().get(0).greeks().vixVega();
        String line = LayerPreview.of(hedged, Fixtures.sampleCondor());
        assertThat(line).endsWith("VIX vega " + org.condordesk.ui.format.Fmt.usd0(inBook));
    }
}
