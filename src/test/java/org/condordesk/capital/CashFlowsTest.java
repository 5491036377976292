package org.condordesk.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;

import org.condordesk.Fixtures;
import org.condordesk.model.Instrument;
import org.condordesk.model.Scenario;
import org.junit.jupiter.api.Test;

/** The public per-trade cash flows the backtest uses, against flows worked by hand. */
class CashFlowsTest {

    @Test
    void theCondorPaysItsPutSpreadWhenSpxSettlesBetweenThePutStrikes() {
        // SPX 7300 at the condor's expiry: the short 7350 put pays 50 points, the long 7275 put nothing, the calls
        // nothing: −50 × 100 × 10 = −50,000 of the 75,000 collateral. Open: credit 13,300 − collateral 75,000.
        CashFlows.Schedule flows = CashFlows.on(Fixtures.condorOnly(), CapitalAnalysis.HorizonChoice.CORE_EXPIRY,
                days -> new double[] {7300, 16.4});
        assertThat(flows.days()).containsExactly(0, 14.25);
        assertThat(flows.total()[0]).isCloseTo(13_300 - 75_000, within(1e-6));
        assertThat(flows.total()[1]).isCloseTo(75_000 - 50_000, within(1e-6));
        // IRR: (25,000 / 61,700)^(365/14.25) − 1; NPV at 5 %: −61,700 + 25,000 × 1.05^(−14.25/365).
        assertThat(flows.irr()).isCloseTo(Math.pow(25_000 / 61_700.0, 365 / 14.25) - 1, within(1e-12));
        assertThat(flows.npv(0.05)).isCloseTo(-61_700 + 25_000 * Math.pow(1.05, -14.25 / 365), within(1e-6));
    }

    @Test
    void eachLegPaysOnItsOwnSettlementAndTheLayerSizeScalesItsFlows() {
        // Held to the last expiry at SPX 7600, VIX 25 (the same levels every date), the futures layer doubled: the Jan
        // future settles on VIX, (25 − 18.50) × 1000 × 2 × 2 = 26,000, with its collateral (placeholder 10,000 × 4)
        // back the same day.
        Scenario doubled = Fixtures.hedged().mapLayer(2, layer -> layer.withSize(2));
        CashFlows.Schedule flows = CashFlows.on(doubled, CapitalAnalysis.HorizonChoice.LAST_EXPIRY, days -> new double[] {7600, 25});
        double janDays = Duration.between(Fixtures.VALUATION.atZone(Instrument.NEW_YORK),
                Instrument.vixSettlement(LocalDate.of(2027, 1, 20))).getSeconds() / 86_400.0;
        int jan = Arrays.binarySearch(flows.days(), janDays);
        assertThat(jan).isPositive();
        assertThat(flows.byLayer()[2][0]).isCloseTo(-40_000, within(1e-6));
        assertThat(flows.byLayer()[2][jan]).isCloseTo(26_000 + 40_000, within(1e-6));
        assertThat(flows.days()).hasSize(1 + 4);   // the condor's expiry, Dec-16, Jan-20 and Feb-17 settlements
    }
}
