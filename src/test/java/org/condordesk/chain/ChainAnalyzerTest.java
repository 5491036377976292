package org.condordesk.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

import org.condordesk.market.OptionChain;
import org.condordesk.market.OptionRoot;
import org.condordesk.market.OptionQuote;
import org.condordesk.model.OptionRight;
import org.junit.jupiter.api.Test;

/**
 * Chains generated from a known spot, rate, dividend yield and SSVI smile (SampleChains) give them back: the
 * forward S·e^{(r−q)T}, the discount factor e^{−rT}, every quote's implied vol and the raw SVI parameters of each
 * slice (Gatheral–Jacquier's Lemma 3.2 maps SSVI onto raw SVI exactly).
 */
class ChainAnalyzerTest {

    private static OptionChain exactSample() {
        OptionChain sample = SampleChains.spx();
        // the same expiries and strikes, priced exactly (no spread, no tick) by the same model
        return regenerate(sample, SyntheticChain.Quoting.exact());
    }

    static OptionChain regenerate(OptionChain sample, SyntheticChain.Quoting quoting) {
        List<SyntheticChain.Expiry> expiries = ExpiryQuotes.split(sample).stream()
                .map(e -> new SyntheticChain.Expiry(e.root(), e.expiry(), SampleChains.spxForward(e.root(), e.expiry()),
                        e.strikes()))
                .toList();
        return SyntheticChain.generate("SPX", OptionalDouble.of(SampleChains.SPX_SPOT), SampleChains.QUOTE_TIME,
                SampleChains.RATE, expiries, SampleChains.SPX_SURFACE, quoting);
    }

    @Test
    void exactQuotesGiveBackForwardDiscountFactorVolsAndSvi() {
        ChainAnalysis analysis = ChainAnalyzer.analyze(exactSample());
        assertThat(analysis.skipped()).isEmpty();
        assertThat(analysis.expiries()).hasSize(9);
        for (ExpiryAnalysis e : analysis.expiries()) {
            double years = e.years();
            double forward = SampleChains.spxForward(e.root(), e.expiry());
            assertThat(e.forward().forward()).as(e.quotes().label()).isCloseTo(forward, within(1e-6 * forward));
            assertThat(e.forward().discountFactor()).isCloseTo(Math.exp(-SampleChains.RATE * years), within(1e-9));
            assertThat(e.rate()).isCloseTo(SampleChains.RATE, within(2e-5));
            SviParameters truth = SampleChains.SPX_SURFACE.slice(years);
            SviParameters fitted = e.svi().orElseThrow().parameters();
            // the fitted smile is the generating one: compare total variance on the quoted range
            for (double k = -0.2; k <= 0.1; k += 0.01) {
                assertThat(fitted.totalVariance(k)).isCloseTo(truth.totalVariance(k), within(1e-6 * truth.totalVariance(k) + 1e-9));
            }
            assertThat(fitted.rho()).isCloseTo(truth.rho(), within(1e-3));
            assertThat(fitted.b()).isCloseTo(truth.b(), within(1e-3 * truth.b()));
            assertThat(e.checks().orElseThrow().arbitrageFree()).isTrue();
            assertThat(e.atmVol()).isCloseTo(SampleChains.SPX_SURFACE.atmVol(), within(1e-5));
        }
        assertThat(analysis.calendarViolations()).isEmpty();
    }

    @Test
    void everyQuotedMidHasTheModelsImpliedVol() {
        ExpiryAnalysis e = ChainAnalyzer.analyze(exactSample()).find(OptionRoot.SPXW, LocalDate.of(2026, 12, 9)).orElseThrow();
        double forward = e.forward().forward();
        int checked = 0;
        for (int i = 0; i < e.quotes().size(); i++) {
            double strike = e.quotes().strike(i);
            double truth = SampleChains.SPX_SURFACE.vol(Math.log(strike / SampleChains.spxForward(e.root(), e.expiry())), e.years());
            OptionRight otm = QuoteVols.outOfTheMoney(strike, forward);
            double vol = e.vol(otm, PriceSide.MID, i);
            if (vol > 0 && Math.abs(strike / forward - 1) < 0.15) {
                assertThat(vol).as("K=" + strike).isCloseTo(truth, within(1e-7));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void realisticQuotesStillGiveTheForwardRateAndSmileClosely() {
        ChainAnalysis analysis = ChainAnalyzer.analyze(SampleChains.spx());
        for (ExpiryAnalysis e : analysis.expiries()) {
            double forward = SampleChains.spxForward(e.root(), e.expiry());
            // mids are rounded to 0.05-point ticks with 1 % spreads: the regression over 13 strikes pins F to cents
            assertThat(e.forward().forward()).as(e.quotes().label()).isCloseTo(forward, within(0.1));
            assertThat(e.forward().discountFactor()).isCloseTo(Math.exp(-SampleChains.RATE * e.years()), within(2e-4));
            for (double moneyness = 0.97; moneyness <= 1.03; moneyness += 0.01) {
                double strike = forward * moneyness;
                double truth = SampleChains.SPX_SURFACE.vol(Math.log(moneyness), e.years());
                // half a vol point: the tick's worth of vol on a short expiry's wing
                assertThat(e.volAt(strike)).as(e.quotes().label() + " K=" + strike).isCloseTo(truth, within(0.005));
            }
        }
    }

    @Test
    void oneMispricedStrikeDoesNotMoveTheForward() {
        OptionChain exact = exactSample();
        ExpiryAnalysis clean = ChainAnalyzer.analyze(exact).find(OptionRoot.SPXW, LocalDate.of(2026, 12, 9)).orElseThrow();
        double pivot = clean.forward().pivotStrike();
        List<OptionQuote> bumped = exact.quotes().stream().map(q -> q.root() == OptionRoot.SPXW
                && q.expiry().equals(LocalDate.of(2026, 12, 9)) && q.strike() == pivot + 10 && q.right() == OptionRight.CALL
                ? OptionQuote.of(q.root(), q.expiry(), q.strike(), q.right(), q.bid() + 3, q.ask() + 3) : q).toList();
        ExpiryAnalysis dirty = ChainAnalyzer.analyze(new OptionChain("SPX", exact.underlyingPrice(), exact.quoteTime(), bumped))
                .find(OptionRoot.SPXW, LocalDate.of(2026, 12, 9)).orElseThrow();
        assertThat(dirty.forward().strikesUsed()).isEqualTo(clean.forward().strikesUsed() - 1);
        assertThat(dirty.forward().forward()).isCloseTo(clean.forward().forward(), within(1e-6));
    }

    @Test
    void aLaterSmileBelowAnEarlierOneIsACalendarViolation() {
        // 40 % vol for 14 days and 10 % for 23 days: total variance falls with tenor at every strike
        OptionChain sample = SampleChains.spx();
        List<SyntheticChain.Expiry> expiries = ExpiryQuotes.split(sample).stream()
                .filter(e -> e.expiry().equals(LocalDate.of(2026, 12, 9)) || e.root() == OptionRoot.SPX
                        && e.expiry().equals(LocalDate.of(2026, 12, 18)))
                .map(e -> new SyntheticChain.Expiry(e.root(), e.expiry(), SampleChains.spxForward(e.root(), e.expiry()),
                        e.strikes()))
                .toList();
        OptionChain inverted = SyntheticChain.generate("SPX", OptionalDouble.of(SampleChains.SPX_SPOT),
                SampleChains.QUOTE_TIME, SampleChains.RATE, expiries,
                (k, years) -> SampleChains.SPX_SURFACE.vol(k, years) * (years < 0.05 ? 2.5 : 0.6),
                SyntheticChain.Quoting.exact());
        ChainAnalysis analysis = ChainAnalyzer.analyze(inverted);
        assertThat(analysis.calendarViolations()).hasSize(1);
        assertThat(analysis.calendarViolations().get(0).later()).isEqualTo("SPX 2026-12-18");
    }
}
