package org.condordesk.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.condordesk.Fixtures;
import org.condordesk.market.MarketState;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * docs/model.md §6: a leg that settled before the analysis time settled on the held path (the scenario's SPX and
 * VIX) and no shock at the analysis time reaches it; a book whose every leg has settled is flat and final.
 */
class SettledLegsTest {

    private static final Scenario HEDGED = Fixtures.hedged();

    private static Analysis at(double days, double vixShift) {
        return Analyzer.analyze(HEDGED, MarketState.of(HEDGED),
                AnalysisSettings.defaults().withShiftDays(days).withVixShift(vixShift));
    }

    @Test
    void legsSettledBeforeTheAnalysisTimeKeepTheirHeldPathValueUnderAVixShift() {
        // 21 days on: 2026-12-16 10:00. The condor settled on 9 Dec at SPX 7600 (every leg out of the money), the
        // Dec VIX calls at 09:30 on the 16th at VIX 16.4 (out of the money too).
        Analysis held = at(21, 0);
        Analysis shocked = at(21, 10);
        LayerRisk condor = shocked.layers().get(0);
        // Hand: (0 − 15.90)·1000 + (0 − 21.40)·(−1000) + (0 − 12.30)·(−1000) + (0 − 4.50)·1000 = 13 300.
        assertThat(condor.greeks().pnl()).isCloseTo(13_300, within(1e-9));
        assertThat(condor.legs()).allSatisfy(leg -> assertThat(leg.settledBefore()).isTrue());
        LegRisk decCalls = shocked.layers().get(1).legs().get(0);
        assertThat(decCalls.settledBefore()).isTrue();
        assertThat(decCalls.pricePerUnit()).isZero();
        assertThat(decCalls.greeks().pnl()).isCloseTo(held.layers().get(1).legs().get(0).greeks().pnl(), within(0.0));
        // The live Feb calls do move with the shift.
        assertThat(shocked.layers().get(1).legs().get(1).greeks().pnl())
                .isGreaterThan(held.layers().get(1).legs().get(1).greeks().pnl());
    }

    @Test
    void aSettledBookIsFlatWithItsFinalPnl() {
        // 2027-03-01: after the last expiry (Feb VIX calls, 17 Feb). Everything settled at SPX 7600, VIX 16.4:
        // condor 13 300; Dec 22 calls (−40) worthless: +1 400; Feb 20 calls (+40) worthless: −10 400;
        // two Jan futures at 16.4: 2·(16.4 − 18.50)·1000 = −4 200. Final P&L: 100.
        Analysis analysis = at(96, 5);
        assertThat(analysis.settled()).isTrue();
        assertThat(analysis.position().pnl()).isCloseTo(100, within(1e-9));
        assertThat(analysis.position().spxDelta()).isZero();
        assertThat(analysis.spxDeltaWithSpotVol()).isZero();
        assertThat(analysis.position().thetaPerDay()).isZero();
        assertThat(analysis.netVixVega()).isZero();
        for (PnlCurve curve : analysis.curves()) {
            assertThat(curve.breakEvens()).as(curve.label()).isEmpty();
            assertThat(curve.maxProfit()).isCloseTo(100, within(1e-9));
            assertThat(curve.maxLoss()).isCloseTo(100, within(1e-9));
        }
    }

    @Test
    void aLiveBookIsNotSettled() {
        assertThat(at(0, 0).settled()).isFalse();
        assertThat(at(21, 0).settled()).isFalse();
    }

    @Test
    void aVixShiftBelowTheScenarioMinimumIsRefused() {
        // Spot VIX 16.4 may go down to 1.0, the lowest a scenario may hold: −15.4 is the limit.
        assertThat(at(0, -15.4).position()).isNotNull();
        assertThatThrownBy(() -> at(0, -20)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("takes spot VIX from 16.4 to -3.6").hasMessageContaining("-15.4");
    }
}
