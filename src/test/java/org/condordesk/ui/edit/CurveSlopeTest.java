package org.condordesk.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.condordesk.Fixtures;
import org.condordesk.model.MarketSnapshot;
import org.junit.jupiter.api.Test;

class CurveSlopeTest {

    /** The sample: VIX 16.40, front (Dec 16) future 17.45, VIX3M 18.60. */
    private final MarketSnapshot market = Fixtures.market();

    @Test
    void spotBelowBothIsContangoAndAboveBothIsBackwardation() {
        assertThat(CurveSlope.of(market).word()).isEqualTo("contango");
        assertThat(CurveSlope.of(market.withVixSpot(25)).word()).isEqualTo("backwardation");
    }

    @Test
    void anIndexOnlyEditThatSplitsTheInputsSaysSo() {
        // VIX 18 typed alone: above the front future (17.45), below VIX3M (18.60).
        CurveSlope split = CurveSlope.of(market.withVixSpot(18));
        assertThat(split.word()).isEqualTo("mixed: VIX > front");
        assertThat(split.reason()).contains("front future 17.45").contains("VIX3M 18.60");
    }
}
