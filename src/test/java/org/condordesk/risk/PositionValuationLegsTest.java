package org.condordesk.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;

import org.condordesk.Fixtures;
import org.condordesk.model.Instrument;
import org.condordesk.model.Scenario;
import org.junit.jupiter.api.Test;

/** The per-leg part of the public valuation API the capital package's cash flows use. */
class PositionValuationLegsTest {

    private static final Scenario HEDGED = Fixtures.hedged();

    @Test
    void legValuesAddUpToThePositionsValueAndFollowTheScenarioOrder() {
        PositionValuation valuation = PositionValuation.of(HEDGED);
        assertThat(valuation.legCount()).isEqualTo(4 + 2 + 1);
        for (double days : new double[] {0, 7, 14.25, 30}) {
            PositionValuation.Dated day = valuation.on(days);
            double[] legs = day.legValue(7400, 21);
            double sum = 0;
            for (double leg : legs) {
                sum += leg;
            }
            assertThat(sum).as("day " + days).isCloseTo(day.value(7400, 21), within(1e-6));
        }
    }

    @Test
    void aLegSettledByTheDateIsWorthItsPayoffAndAFutureItsVariationMargin() {
        // On the condor's expiry at SPX 7300: the 7350 put pays 50 points, short 10 → −50 × 100 × 10 = −50,000; the
        // 7275 put expires worthless. The long 2 Jan futures at VIX 21: F − 18.50 points × 1000 × 2 (variation margin).
        PositionValuation valuation = PositionValuation.of(HEDGED);
        double expiry = valuation.legExpiryDays(0);
        assertThat(expiry).isCloseTo(14.25, within(1e-9));
        double[] legs = valuation.on(expiry).legValue(7300, 21);
        assertThat(legs[0]).isZero();
        assertThat(legs[1]).isCloseTo(-50_000, within(1e-9));
        double janDays = Duration.between(Fixtures.VALUATION.atZone(Instrument.NEW_YORK),
                Instrument.vixSettlement(LocalDate.of(2027, 1, 20))).getSeconds() / 86_400.0;
        assertThat(valuation.legExpiryDays(6)).isCloseTo(janDays, within(1e-9));
        double future = valuation.on(janDays).legValue(7300, 21)[6];
        assertThat(future).isCloseTo((21 - 18.50) * 1000 * 2, within(1e-9));
    }
}
