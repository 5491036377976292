package org.condordesk.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

import org.condordesk.Fixtures;
import org.condordesk.market.MarketState;
import org.condordesk.market.SpxSmile;
import org.condordesk.market.Tenor;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Leg;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Scenario;
import org.condordesk.model.SmileParameters;
import org.condordesk.pricing.Normal;
import org.junit.jupiter.api.Test;

/** docs/model.md §20: probabilities under the smile's risk-neutral distribution, checked against outside figures. */
class ProbabilitiesTest {

    /** The fixture's market with VIX3M = VIX and no skew: a flat 0.9·16.4 % = 14.76 % smile at every tenor. */
    private static final MarketSnapshot FLAT = Fixtures.market().withVix3m(16.4)
            .withSmile(new SmileParameters(0.9, 0, 0));
    private static final double SIGMA = 0.9 * 0.164;
    /** 2026-11-25 10:00 to 2026-12-09 16:00 New York: 14 days and 6 hours, in years of 365 days. */
    private static final double YEARS = 14.25 / Tenor.DAYS_PER_YEAR;
    private static final double SPOT = 7600;
    private static final double FORWARD = SPOT * Math.exp((0.037 - 0.012) * YEARS);

    private static ProbabilityReport report(Scenario scenario, OptionalDouble loss) {
        MarketState market = MarketState.of(scenario);
        Analysis analysis = Analyzer.analyze(scenario, market, AnalysisSettings.defaults().withoutHeatmapAndDecay());
        return Probabilities.of(scenario, market, analysis, loss).orElseThrow();
    }

    private static Scenario shortPut(MarketSnapshot market, double strike, double credit) {
        Layer put = Layer.of("Short put", LayerRole.CORE,
                List.of(Leg.option(Fixtures.spx(OptionRight.PUT, strike), -1, credit, SIGMA)));
        return Fixtures.scenario(List.of(put)).withMarket(market);
    }

    @Test
    void aShortPutsProbabilityOfProfitIsNOfD2AtItsBreakEvenUnderAFlatSmile() {
        // Hand formula: P(S_T > BE) = N(d₂), d₂ = (ln(F/BE) − σ²T/2)/(σ√T), BE = K − credit (Hull, ch. 15: N(d₂) is
        // the risk-neutral probability of finishing above the strike).
        double breakEven = 7400 - 20;
        double d2 = (Math.log(FORWARD / breakEven) - SIGMA * SIGMA * YEARS / 2) / (SIGMA * Math.sqrt(YEARS));
        ProbabilityReport report = report(shortPut(FLAT, 7400, 20), OptionalDouble.empty());
        assertThat(report.profitAtExpiry()).isCloseTo(Normal.cdf(d2), within(2e-5));
        // Max profit is the credit, kept above the strike (within 1 %, $20 of $2,000: S_T > 7400 − 0.2): N(d₂(7399.8)).
        double d2AtStrike = (Math.log(FORWARD / 7399.8) - SIGMA * SIGMA * YEARS / 2) / (SIGMA * Math.sqrt(YEARS));
        assertThat(report.maxProfit()).isCloseTo(Normal.cdf(d2AtStrike), within(2e-5));
        // A loss beyond $3,000 is S_T < 7400 − 20 − 30 = 7350: N(−d₂(7350)).
        ProbabilityReport loss = report(shortPut(FLAT, 7400, 20), OptionalDouble.of(3000));
        double d2Loss = (Math.log(FORWARD / 7350) - SIGMA * SIGMA * YEARS / 2) / (SIGMA * Math.sqrt(YEARS));
        assertThat(loss.lossBeyond().probability()).isCloseTo(Normal.cdf(-d2Loss), within(2e-5));
    }

    @Test
    void theExpectedMoveIsTheAtmStraddleAndOneImpliedStandardDeviation() {
        ProbabilityReport report = report(shortPut(FLAT, 7400, 20), OptionalDouble.empty());
        // Hand: at K = F, d₁ = −d₂ = σ√T/2, so call = put = e^{−rT}·F·(2N(σ√T/2) − 1); one sd = S·σ·√T.
        double straddle = 2 * Math.exp(-0.037 * YEARS) * FORWARD * (2 * Normal.cdf(SIGMA * Math.sqrt(YEARS) / 2) - 1);
        assertThat(report.expectedMove().fromStraddle()).isCloseTo(straddle, within(1e-6));
        assertThat(report.expectedMove().fromImpliedVol()).isCloseTo(SPOT * SIGMA * Math.sqrt(YEARS), within(1e-6));
        assertThat(report.expectedMove().days()).isCloseTo(14.25, within(1e-6));
    }

    @Test
    void touchingAShortStrikeIsTheClosedFormBarrierProbabilityUnderAFlatSmile() {
        Scenario condor = Fixtures.condorOnly().withMarket(FLAT);
        ProbabilityReport report = report(condor, OptionalDouble.empty());
        assertThat(report.touch()).extracting(ProbabilityReport.Touch::strike).containsExactly(7350.0, 7800.0);
        // Shreve II eq. 7.2.9 (first passage of a drifted Brownian motion), written out again here:
        // ν = (r − q − σ²/2)T, b = ln(H/S); up: N((−b+ν)/σ√T) + e^{2νb/σ²T}·N((−b−ν)/σ√T); down: the mirror image.
        double w = SIGMA * SIGMA * YEARS;
        double nu = (0.037 - 0.012) * YEARS - w / 2;
        double down = Math.log(7350 / SPOT);
        double up = Math.log(7800 / SPOT);
        double pDown = Normal.cdf((down - nu) / Math.sqrt(w)) + Math.exp(2 * nu * down / w) * Normal.cdf((down + nu) / Math.sqrt(w));
        double pUp = Normal.cdf((-up + nu) / Math.sqrt(w)) + Math.exp(2 * nu * up / w) * Normal.cdf((-up - nu) / Math.sqrt(w));
        assertThat(report.touch().get(0).probability()).isCloseTo(pDown, within(1e-12));
        assertThat(report.touch().get(1).probability()).isCloseTo(pUp, within(1e-12));
        // Roughly twice the chance of finishing beyond the strike (the reflection principle's rule of thumb).
        assertThat(pDown).isBetween(1.7 * Normal.cdf(down / Math.sqrt(w)), 2.1 * Normal.cdf(down / Math.sqrt(w)));
    }

    @Test
    void theBarrierFormulaAgreesWithSimulatedPaths() {
        // A second implementation: 20,000 GBM paths in 400 steps, monitored discretely; Broadie–Glasserman–Kou (1997)
        // continuity correction: a discrete barrier H behaves like a continuous one at H·e^{∓0.5826·σ√Δt}.
        int paths = 20_000;
        int steps = 400;
        double dt = YEARS / steps;
        double carry = 0.037 - 0.012;
        double barrier = 7350;
        SplittableRandom random = new SplittableRandom(31);
        int hits = 0;
        for (int p = 0; p < paths; p++) {
            double x = Math.log(SPOT);
            for (int s = 0; s < steps; s++) {
                x += (carry - SIGMA * SIGMA / 2) * dt + SIGMA * Math.sqrt(dt) * gaussian(random);
                if (x <= Math.log(barrier)) {
                    hits++;
                    break;
                }
            }
        }
        double simulated = (double) hits / paths;
        double shifted = barrier * Math.exp(-0.5826 * SIGMA * Math.sqrt(dt));
        double formula = Probabilities.hitProbability(SPOT, shifted, carry * YEARS, SIGMA * SIGMA * YEARS);
        double standardError = Math.sqrt(formula * (1 - formula) / paths);
        assertThat(simulated).isCloseTo(formula, within(4 * standardError));
    }

    @Test
    void withTheSampleSmileTheProbabilitiesAgreeWithAMonteCarloOfTheSmilesTerminalDistribution() {
        Scenario hedged = Fixtures.hedged();
        MarketState market = MarketState.of(hedged);
        Analysis analysis = Analyzer.analyze(hedged, market, AnalysisSettings.defaults().withoutHeatmapAndDecay());
        ProbabilityReport report = Probabilities.of(hedged, market, analysis, OptionalDouble.of(20_000)).orElseThrow();
        double expiryDays = 14.25;
        double targetDays = market.daysTo(analysis.targetCurve().at().atZone(org.condordesk.model.Instrument.NEW_YORK));
        Sampler atExpiry = new Sampler(market, expiryDays);
        Sampler atTarget = new Sampler(market, targetDays);
        PositionValuation valuation = PositionValuation.of(hedged, market, 0);
        PositionValuation.Dated expiry = valuation.on(expiryDays);
        PositionValuation.Dated target = valuation.on(targetDays);
        int n = 100_000;
        SplittableRandom random = new SplittableRandom(2026);
        double maxLevel = report.maxProfitDollars() - 0.01 * Math.abs(report.maxProfitDollars());
        int profit = 0;
        int max = 0;
        int loss = 0;
        int profitTarget = 0;
        for (int i = 0; i < n; i++) {
            double s = atExpiry.sample(random.nextDouble());
            double pnl = expiry.pnl(s, vixAlong(hedged, s));
            profit += pnl > 0 ? 1 : 0;
            max += pnl > maxLevel ? 1 : 0;
            loss += pnl < -20_000 ? 1 : 0;
            double t = atTarget.sample(random.nextDouble());
            profitTarget += target.pnl(t, vixAlong(hedged, t)) > 0 ? 1 : 0;
        }
        assertWithinStandardErrors(report.profitAtExpiry(), profit, n);
        assertWithinStandardErrors(report.maxProfit(), max, n);
        assertWithinStandardErrors(report.lossBeyond().probability(), loss, n);
        assertWithinStandardErrors(report.profitAtTarget(), profitTarget, n);
        // The skew matters: without it (the same ATM vols) less mass lies below the put wing, and the test would see it.
        Scenario noSkew = hedged.withMarket(hedged.market().withSmile(new SmileParameters(0.9, 0, 0)));
        double lossNoSkew = report(noSkew, OptionalDouble.of(20_000)).lossBeyond().probability();
        assertThat(report.lossBeyond().probability() - lossNoSkew).isGreaterThan(5 * Math.sqrt(lossNoSkew / n));
    }

    private static void assertWithinStandardErrors(double probability, int count, int n) {
        double simulated = (double) count / n;
        double standardError = Math.sqrt(Math.max(simulated * (1 - simulated), 1e-6) / n);
        assertThat(probability).isCloseTo(simulated, within(4 * standardError));
    }

    /** Spot VIX along SPX through the scenario's spot–vol map (docs/model.md §4), as the P&L curves use it. */
    private static double vixAlong(Scenario scenario, double spx) {
        return Math.max(scenario.model().spotVol().vixAfter(16.4, 100 * Math.log(spx / SPOT)), 1);
    }

    /**
     * A second route to the smile's terminal distribution: the density e^{rT}·∂²C/∂K² from central second differences
     * of Black prices at the smile's vols on a fine strike grid (Breeden–Litzenberger), negative parts set to zero,
     * summed into a table and sampled by inversion. It shares the smile, not the code, with SmileDistribution.
     */
    private static final class Sampler {
        private final double[] strikes;
        private final double[] cumulative;

        Sampler(MarketState market, double days) {
            double years = days / Tenor.DAYS_PER_YEAR;
            double forward = market.spxForward(years);
            SpxSmile smile = market.smile();
            int n = 40_000;
            strikes = new double[n];
            cumulative = new double[n];
            double low = forward * 0.4;
            double high = forward * 1.6;
            double h = (high - low) / (n - 1);
            double total = 0;
            for (int i = 0; i < n; i++) {
                strikes[i] = low + i * h;
                double k = strikes[i];
                double density = (call(forward, k + h, years, smile, days) - 2 * call(forward, k, years, smile, days)
                        + call(forward, k - h, years, smile, days)) / (h * h);
                total += Math.max(density, 0) * h;
                cumulative[i] = total;
            }
            for (int i = 0; i < n; i++) {
                cumulative[i] /= total;
            }
        }

        private static double call(double forward, double strike, double years, SpxSmile smile, double days) {
            double total = smile.vol(strike, forward, days) * Math.sqrt(years);
            double d1 = Math.log(forward / strike) / total + total / 2;
            return forward * Normal.cdf(d1) - strike * Normal.cdf(d1 - total);
        }

        double sample(double u) {
            int index = java.util.Arrays.binarySearch(cumulative, u);
            int i = index >= 0 ? index : Math.min(-index - 1, strikes.length - 1);
            return strikes[i];
        }
    }

    /** A standard normal draw by Box–Muller (one of the pair). */
    private static double gaussian(SplittableRandom random) {
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
