package org.condordesk.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

import org.condordesk.market.OptionChain;
import org.condordesk.market.OptionQuote;
import org.condordesk.market.OptionRoot;
import org.condordesk.model.OptionRight;
import org.junit.jupiter.api.Test;

/**
 * On a clean chain every parity package loses at executable prices (each buys at an ask above fair value and sells
 * at a bid below it); a conversion planted by raising one call's bid above fair value is found first, with the edge a
 * hand computation from the generating model gives.
 */
class ParityScannerTest {

    private static final LocalDate DEC18 = LocalDate.of(2026, 12, 18);
    private static final double STRIKE = 7500;

    @Test
    void aCleanChainHasNoOpportunity() {
        ParityScanner.Scan scan = ParityScanner.scan(ChainAnalyzer.analyze(SampleChains.spx()), OptionalDouble.empty(),
                ParityCosts.none(), 0);
        assertThat(scan.opportunities()).isEmpty();
    }

    @Test
    void aPlantedConversionIsFoundWithItsEdgeAndEverythingFoundUsesThePlantedQuote() {
        OptionChain sample = SampleChains.spx();
        double callBid = fairCall() + 3.0;                       // three points over fair value
        OptionChain planted = plant(sample, callBid);
        ParityScanner.Scan scan = ParityScanner.scan(ChainAnalyzer.analyze(planted), OptionalDouble.empty(),
                ParityCosts.none(), 0);

        // the mispriced call also makes every box that sells it pay; nothing found leaves the planted strike
        assertThat(scan.opportunities()).allMatch(o -> o.root() == OptionRoot.SPX && o.expiry().equals(DEC18)
                && (o.strike() == STRIKE || o.upperStrike() == STRIKE));
        assertThat(scan.opportunities()).filteredOn(o -> o.kind() != ParityOpportunity.Kind.BOX).hasSize(1);
        ParityOpportunity found = scan.opportunities().get(0);
        assertThat(found.kind()).isEqualTo(ParityOpportunity.Kind.CONVERSION);
        assertThat(found.root()).isEqualTo(OptionRoot.SPX);
        assertThat(found.expiry()).isEqualTo(DEC18);
        assertThat(found.strike()).isEqualTo(STRIKE);
        // hand: C_bid − P_ask − e^{−rT}(F − K) with the model's F and r (the fit recovers them to ~0.01 point)
        double years = years();
        double forward = SampleChains.spxForward(OptionRoot.SPX, DEC18);
        double expected = callBid - putAsk(sample) - Math.exp(-SampleChains.RATE * years) * (forward - STRIKE);
        assertThat(found.edgePoints()).isCloseTo(expected, within(0.02));

        // $20 a contract is 0.20 points per option: two options cost 0.40 points of edge
        ParityScanner.Scan withCommission = ParityScanner.scan(ChainAnalyzer.analyze(planted), OptionalDouble.empty(),
                new ParityCosts(20, 0), 0);
        assertThat(withCommission.opportunities().get(0).edgePoints()).isCloseTo(found.edgePoints() - 0.40, within(1e-9));
    }

    @Test
    void boxesAtMidsEarnTheGeneratingRate() {
        OptionChain exact = ChainAnalyzerTest.regenerate(SampleChains.spx(), SyntheticChain.Quoting.exact());
        ParityScanner.Scan scan = ParityScanner.scan(ChainAnalyzer.analyze(exact), OptionalDouble.empty(),
                ParityCosts.none(), 1e-6);
        for (ParityScanner.BoxRate rate : scan.boxRates()) {
            if (rate.boxes() > 0 && rate.years() > 7 / 365.0) {
                assertThat(rate.medianRate()).as(rate.expiry()).isCloseTo(SampleChains.RATE, within(1e-6));
            }
        }
        assertThat(scan.opportunities()).isEmpty();
    }

    @Test
    void aFinancingRateBelowTheChainsMakesLendingInBoxesPay() {
        // financing at 1 % while the chain earns 3.7 %: buying a box lends at 3.7 %, worth DF₁%·W − DF₃.₇%·W
        OptionChain exact = ChainAnalyzerTest.regenerate(SampleChains.spx(), SyntheticChain.Quoting.exact());
        ParityScanner.Scan scan = ParityScanner.scan(ChainAnalyzer.analyze(exact), OptionalDouble.of(0.01),
                ParityCosts.none(), 0.5);
        assertThat(scan.opportunities()).isNotEmpty();
        ParityOpportunity best = scan.opportunities().get(0);
        assertThat(best.kind()).isIn(ParityOpportunity.Kind.BOX, ParityOpportunity.Kind.CONVERSION);
        ExpiryAnalysis expiry = ChainAnalyzer.analyze(exact).find(best.root(), best.expiry()).orElseThrow();
        if (best.kind() == ParityOpportunity.Kind.BOX) {
            double width = best.upperStrike() - best.strike();
            double expected = width * (Math.exp(-0.01 * expiry.years()) - Math.exp(-SampleChains.RATE * expiry.years()));
            assertThat(best.edgePoints()).isCloseTo(expected, within(1e-6 * width));
            assertThat(best.impliedRate()).isCloseTo(SampleChains.RATE, within(1e-6));
        }
        // every box of every expiry pays here: the scan keeps the largest MAX_RESULTS and counts them all
        assertThat(scan.found()).isGreaterThan(ParityScanner.MAX_RESULTS);
        assertThat(scan.opportunities()).hasSize(ParityScanner.MAX_RESULTS);
        List<Double> edges = scan.opportunities().stream().map(ParityOpportunity::edgePoints).toList();
        assertThat(edges).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    private static double years() {
        return org.condordesk.market.Tenor.years(SampleChains.QUOTE_TIME, OptionRoot.SPX.settlementTime(DEC18));
    }

    private static double fairCall() {
        double forward = SampleChains.spxForward(OptionRoot.SPX, DEC18);
        double vol = SampleChains.SPX_SURFACE.vol(Math.log(STRIKE / forward), years());
        return org.condordesk.pricing.Black76.price(OptionRight.CALL, forward, STRIKE, years(), SampleChains.RATE, vol);
    }

    private static double putAsk(OptionChain chain) {
        return chain.quotes().stream().filter(ParityScannerTest::isPlantedStrike).filter(q -> q.right() == OptionRight.PUT)
                .findFirst().orElseThrow().ask();
    }

    private static boolean isPlantedStrike(OptionQuote q) {
        return q.root() == OptionRoot.SPX && q.expiry().equals(DEC18) && q.strike() == STRIKE;
    }

    private static OptionChain plant(OptionChain chain, double callBid) {
        List<OptionQuote> quotes = chain.quotes().stream().map(q -> isPlantedStrike(q) && q.right() == OptionRight.CALL
                ? OptionQuote.of(q.root(), q.expiry(), q.strike(), q.right(), callBid, callBid + 0.5) : q).toList();
        return new OptionChain("SPX", chain.underlyingPrice(), chain.quoteTime(), quotes);
    }
}
