package org.condordesk.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.condordesk.market.OptionRoot;
import org.condordesk.market.VxSettlement;
import org.condordesk.model.FuturesQuote;
import org.condordesk.model.Leg;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.Scenario;
import org.condordesk.model.SpxOption;
import org.condordesk.model.VixOption;
import org.condordesk.store.json.ScenarioJson;
import org.junit.jupiter.api.Test;

/** "Set market from chain" on the sample scenario with the sample chains of the same day. */
class ChainMarketTest {

    private static Scenario sample() {
        return ScenarioJson.read(Path.of("samples/condor-vix-hedge.json"));
    }

    @Test
    void anExactChainGivesBackSpotRateAndDividendYield() {
        ChainAnalysis exact = ChainAnalyzer.analyze(ChainAnalyzerTest.regenerate(SampleChains.spx(), SyntheticChain.Quoting.exact()));
        Scenario scenario = sample().withMarket(sample().market().withRiskFreeRate(0.05).withDividendYield(0.02).withSpxSpot(7000));
        MarketSnapshot market = ChainMarket.apply(scenario, exact, Optional.empty()).scenario().market();
        assertThat(market.spxSpot()).isEqualTo(SampleChains.SPX_SPOT);
        assertThat(market.riskFreeRate()).isCloseTo(SampleChains.RATE, within(1e-5));     // stored to 5 decimals
        assertThat(market.dividendYield()).isCloseTo(SampleChains.DIVIDEND_YIELD, within(1e-5));
    }

    @Test
    void theSampleChainUpdatesMarketVixAndEveryCondorLeg() {
        ChainAnalysis analysis = ChainAnalyzer.analyze(SampleChains.spx());
        VixFromChain.Result vix = VixFromChain.compute(analysis.chain(), e -> ForwardFit.fit(e).rate(e.years()));
        ChainMarket.Applied applied = ChainMarket.apply(sample(), analysis, Optional.of(vix));
        Scenario after = applied.scenario();
        assertThat(after.valuationTime()).isEqualTo(SampleChains.QUOTE_TIME.toLocalDateTime());
        // 0.05-point ticks leave the discount factors good to ~1e-5: the fitted rate to a few basis points
        assertThat(after.market().riskFreeRate()).isCloseTo(SampleChains.RATE, within(5e-4));
        assertThat(after.market().dividendYield()).isCloseTo(SampleChains.DIVIDEND_YIELD, within(5e-4));
        assertThat(after.market().vixSpot()).isEqualTo(Math.round(vix.vix() * 100) / 100.0);
        assertThat(applied.legsUpdated()).isEqualTo(4);                  // the condor; VIX legs need a VIX chain
        for (Leg leg : after.layers().get(0).legs()) {
            SpxOption option = (SpxOption) leg.instrument();
            double truth = SampleChains.SPX_SURFACE.vol(Math.log(option.strike()
                    / SampleChains.spxForward(OptionRoot.SPXW, option.expiry())), 14.25 / 365);
            assertThat(leg.vol()).as(option.label()).isCloseTo(truth, within(0.005));
            assertThat(leg.quote()).isPresent();
        }
        // quantities and entry prices are the trader's: unchanged
        assertThat(after.layers().get(0).legs()).extracting(Leg::entryPrice)
                .containsExactlyElementsOf(sample().layers().get(0).legs().stream().map(Leg::entryPrice).toList());
        // the file's quotes: Wed Dec 09 2026 7350 put 25.65/25.95 in samples/chains/spx-quotedata-sample.csv
        assertThat(after.layers().get(0).legs().get(1).quote().get().bid()).isEqualTo(25.65);
        assertThat(after.layers().get(0).legs().get(1).quote().get().ask()).isEqualTo(25.95);
    }

    @Test
    void aVixChainUpdatesTheVixOptionLegsOnTheScenariosCurve() {
        ChainMarket.Applied applied = ChainMarket.apply(sample(), ChainAnalyzer.analyze(SampleChains.vix()), Optional.empty());
        assertThat(applied.legsUpdated()).isEqualTo(2);
        for (Leg leg : applied.scenario().layers().get(1).legs()) {
            VixOption option = (VixOption) leg.instrument();
            double future = option.expiry().equals(LocalDate.of(2026, 12, 16)) ? 17.45 : 19.20;
            double years = org.condordesk.market.Tenor.years(SampleChains.QUOTE_TIME,
                    OptionRoot.VIX.settlementTime(option.expiry()));
            assertThat(leg.vol()).isCloseTo(SampleChains.VIX_SURFACE.vol(Math.log(option.strike() / future), years), within(0.02));
        }
        assertThat(applied.scenario().market()).isEqualTo(sample().market());
    }

    @Test
    void vxSettlementsReplaceTheFuturesCurve() {
        List<VxSettlement> settlements = List.of(new VxSettlement("VX/X6", LocalDate.of(2026, 11, 18), 16.0),
                new VxSettlement("VX/Z6", LocalDate.of(2026, 12, 16), 17.6), new VxSettlement("VX/F7", LocalDate.of(2027, 1, 20), 18.7));
        Scenario after = ChainMarket.withFutures(sample(), settlements);
        // November's future settled before the valuation time (2026-11-25) and is left out
        assertThat(after.market().vixFutures()).containsExactly(new FuturesQuote(LocalDate.of(2026, 12, 16), 17.6),
                new FuturesQuote(LocalDate.of(2027, 1, 20), 18.7));
    }
}
