package org.condordesk.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;

import org.condordesk.Fixtures;
import org.condordesk.market.MarketState;
import org.condordesk.market.Tenor;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.model.VixEtf;
import org.condordesk.model.VixEtfOption;
import org.condordesk.pricing.Bsm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * docs/model.md §16: options on a VIX ETF are BSM on the ETF's price with their own vol (no yield), and their
 * VIX vega runs through the ETF: {@code Δ_BSM · P·L·b(c)/F_c · 100 · qty}. Checked against pricing.Bsm directly,
 * put–call parity and finite differences of the engine's own valuation.
 */
class EtfOptionTest {

    private static final LocalDate EXPIRY = LocalDate.of(2027, 1, 15);
    private static final VixEtf VXX = new VixEtf("VXX", 30, 1.0);
    private static final VixEtf UVXY = new VixEtf("VXX", 30, 1.5); // a 1.5× product priced off the same quote

    private static Scenario with(VixEtf etf, double strike, double vol) {
        return Fixtures.condorOnly().plusLayer(Layer.of("ETF options", LayerRole.HEDGE, List.of(
                Leg.option(new VixEtfOption(etf, OptionRight.CALL, strike, EXPIRY), 20, 3.0, vol),
                Leg.option(new VixEtfOption(etf, OptionRight.PUT, strike, EXPIRY), -20, 4.0, vol))));
    }

    private static double years(MarketState market) {
        return market.daysTo(EXPIRY.atTime(16, 0).atZone(org.condordesk.model.Instrument.NEW_YORK)) / Tenor.DAYS_PER_YEAR;
    }

    @Test
    void priceIsBsmOnTheEtfPriceWithoutYieldAndParityHolds() {
        Scenario scenario = with(VXX, 45, 0.85);
        MarketState market = MarketState.of(scenario);
        Analysis analysis = Analyzer.analyze(scenario);
        LegRisk call = analysis.layers().get(1).legs().get(0);
        LegRisk put = analysis.layers().get(1).legs().get(1);
        double t = years(market);
        assertThat(call.pricePerUnit()).isCloseTo(Bsm.price(OptionRight.CALL, 42.10, 45, t, 0.037, 0, 0.85), within(1e-10));
        assertThat(put.pricePerUnit()).isCloseTo(Bsm.price(OptionRight.PUT, 42.10, 45, t, 0.037, 0, 0.85), within(1e-10));
        // Put–call parity without yield: C − P = S − K·e^(−rT).
        assertThat(call.pricePerUnit() - put.pricePerUnit()).isCloseTo(42.10 - 45 * Math.exp(-0.037 * t), within(1e-9));
        assertThat(call.underlyingPrice()).isEqualTo(42.10);
        assertThat(call.underlying()).isEqualTo("VXX");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 6, -4, 25})
    void vixVegaIsTheDerivativeOfTheEnginesValuationInSpotVix(double shift) {
        for (VixEtf etf : List.of(VXX, UVXY)) {
            Scenario scenario = with(etf, 45, 0.85);
            MarketState market = MarketState.of(scenario);
            Analysis analysis = Analyzer.analyze(scenario, market, AnalysisSettings.defaults().withVixShift(shift));
            PositionValuation.Dated now = PositionValuation.of(scenario, market, 0).on(0);
            double vix = market.vixSpot() + shift;
            double h = 1e-4;
            double fd = (now.layerPnl(7600, vix + h)[1] - now.layerPnl(7600, vix - h)[1]) / (2 * h);
            LayerRisk layer = analysis.layers().get(1);
            assertThat(layer.greeks().vixVega()).isCloseTo(fd, within(1e-5 * Math.abs(fd) + 1e-6));
        }
    }

    @Test
    void vixVegaIsBsmDeltaTimesTheEtfsVixSensitivity() {
        Scenario scenario = with(VXX, 45, 0.85);
        MarketState market = MarketState.of(scenario);
        LegRisk call = Analyzer.analyze(scenario).layers().get(1).legs().get(0);
        double t = years(market);
        double delta = Bsm.greeks(OptionRight.CALL, 42.10, 45, t, 0.037, 0, 0.85).delta();
        // dP/dVIX = P·L·b(30)/F_30, F_30 the curve at 30 days.
        double dPdVix = 42.10 * 1.0 * market.volFactor().futuresBeta(30) / market.futures().priceAt(30);
        assertThat(call.greeks().vixVega()).isCloseTo(delta * dPdVix * 100 * 20, within(1e-9));
        assertThat(call.greeks().vixOptionVega()).isCloseTo(
                Bsm.greeks(OptionRight.CALL, 42.10, 45, t, 0.037, 0, 0.85).vegaPerVolPoint() * 100 * 20, within(1e-9));
        assertThat(call.greeks().spxDelta()).isZero();
    }

    @Test
    void thetaIsTheOneDayChangeWithTheEtfsRollDecay() {
        Scenario scenario = with(VXX, 45, 0.85);
        MarketState market = MarketState.of(scenario);
        Analysis analysis = Analyzer.analyze(scenario);
        PositionValuation valuation = PositionValuation.of(scenario, market, 0);
        double oneDay = valuation.on(1).layerPnl(7600, 16.4)[1] - valuation.on(0).layerPnl(7600, 16.4)[1];
        assertThat(analysis.layers().get(1).greeks().thetaPerDay()).isCloseTo(oneDay, within(1e-9));
    }

    @Test
    void atExpiryTheOptionIsWorthItsIntrinsicOnTheEtf() {
        Scenario scenario = with(VXX, 40, 0.85);
        Analysis atExpiry = Analyzer.analyze(scenario, MarketState.of(scenario),
                AnalysisSettings.defaults().withShiftDays(
                        MarketState.of(scenario).daysTo(EXPIRY.atTime(16, 0).atZone(org.condordesk.model.Instrument.NEW_YORK))));
        LegRisk call = atExpiry.layers().get(1).legs().get(0);
        // The ETF rolled down the curve to expiry: its price there is the underlying shown; the call is max(P − 40, 0).
        assertThat(call.pricePerUnit()).isCloseTo(Math.max(call.underlyingPrice() - 40, 0), within(1e-9));
        assertThat(call.greeks().vixVega()).isZero();
    }

    @Test
    void onItsLastDayThetaRunsToTheSettlementOnTheEtfAtTheExpiryInstant() {
        // Issue 25 §4: six hours before the close, theta's one day (86,400 s) crosses the expiry; the day after, the
        // calls (+20 ITM, strike 35) are worth their intrinsic on the ETF at the expiry instant, P_0·(1 + roll/F_c)^τ
        // (docs/model.md §16, hand formula), and the puts (−20, 35) nothing: theta = that value less today's.
        Scenario scenario = with(VXX, 35, 0.85);
        MarketState market = MarketState.of(scenario);
        double expiryDays = market.daysTo(EXPIRY.atTime(16, 0).atZone(org.condordesk.model.Instrument.NEW_YORK));
        double lastDay = expiryDays - 0.25;
        Analysis analysis = Analyzer.analyze(scenario, market, AnalysisSettings.defaults().withoutHeatmapAndDecay()
                .withShiftDays(Tenor.clockDays(market.valuationTime(), Tenor.afterElapsed(market.valuationTime(), lastDay))));
        double daily = market.futures().rollDownPerDay(30) / market.futures().priceAt(30);
        double shareAtExpiry = 42.10 * Math.pow(1 + daily, expiryDays);
        double settled = 20 * 100 * Math.max(shareAtExpiry - 35, 0);
        double today = analysis.layers().get(1).greeks().value();
        assertThat(analysis.layers().get(1).greeks().thetaPerDay()).isCloseTo(settled - today, within(1e-6));
    }
}
