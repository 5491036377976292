package org.condordesk.risk;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.condordesk.market.MarketState;
import org.condordesk.market.SmileDistribution;
import org.condordesk.market.Tenor;
import org.condordesk.model.Instrument;
import org.condordesk.model.Layer;
import org.condordesk.model.Leg;
import org.condordesk.model.MarketSnapshot;
import org.condordesk.model.Scenario;
import org.condordesk.model.SpotVolMap;
import org.condordesk.model.SpxOption;
import org.condordesk.pricing.Normal;

/**
 * The position's probabilities (docs/model.md §20) from the public valuation API: SPX at a date follows the
 * risk-neutral distribution of the model's smile ({@link SmileDistribution}, Breeden–Litzenberger), spot VIX
 * follows SPX through the spot–vol map (as on the P&L curves, so VIX legs count), and a probability is the
 * distribution's mass where the P&L passes a level: P&L sign changes found on a log grid plus every SPX strike,
 * refined with Commons Math's Brent solver, then differences of the CDF.
 */
public final class Probabilities {

    /** "Reaching max profit" is a P&L at expiry within this share of the max profit (a hedged book has no plateau). */
    public static final double MAX_PROFIT_SHARE = 0.01;
    static final int GRID_POINTS = 400;
    private static final double ROOT_ACCURACY = 1e-6;
    private static final int MAX_EVALUATIONS = 200;

    private final PositionValuation valuation;
    private final MarketState market;
    private final SpotVolMap spotVol;
    private final double vix;
    private final double analysisDays;
    private final double[] strikes;
    private final List<Layer> layers;

    private Probabilities(Scenario scenario, MarketState market, double analysisDays, double vix) {
        this.valuation = PositionValuation.of(scenario, market, analysisDays);
        this.market = market;
        this.spotVol = scenario.model().spotVol();
        this.vix = vix;
        this.analysisDays = analysisDays;
        this.layers = scenario.layers();
        this.strikes = scenario.layers().stream().flatMap(layer -> layer.legs().stream())
                .filter(leg -> leg.instrument() instanceof SpxOption)
                .mapToDouble(leg -> leg.instrument().optionStrike().getAsDouble()).distinct().sorted().toArray();
    }

    /**
     * The probabilities of {@code scenario} in {@code market} at the dates of {@code analysis} (its analysis time,
     * T+n and core expiry, its spot VIX); {@code lossLevelDollars} is the loss P(loss > level) is asked of, empty
     * for half the max loss at expiry. Empty when the book has settled or its core expiry is the analysis time.
     */
    public static Optional<ProbabilityReport> of(Scenario scenario, MarketState market, Analysis analysis,
                                                 OptionalDouble lossLevelDollars) {
        double analysisDays = days(market, analysis.analysisTime());
        double expiryDays = days(market, analysis.expiryCurve().at());
        if (analysis.settled() || !(expiryDays > analysisDays + 1e-9)) {
            return Optional.empty();
        }
        return Optional.of(new Probabilities(scenario, market, analysisDays, analysis.vixSpot())
                .report(analysis, expiryDays, lossLevelDollars));
    }

    private ProbabilityReport report(Analysis analysis, double expiryDays, OptionalDouble lossLevelDollars) {
        SmileDistribution atExpiry = SmileDistribution.of(market, analysisDays, expiryDays);
        DoubleUnaryOperator expiryPnl = pnlOn(expiryDays);
        double targetDays = days(market, analysis.targetCurve().at());
        double profitAtTarget = targetDays > analysisDays + 1e-9
                ? above(pnlOn(targetDays), 0, SmileDistribution.of(market, analysisDays, targetDays))
                : (analysis.position().pnl() > 0 ? 1 : 0);
        double maxProfit = analysis.expiryCurve().maxProfit();
        double maxLevel = maxProfit - Math.max(MAX_PROFIT_SHARE * Math.abs(maxProfit), 1);
        double lossLevel = lossLevelDollars.orElse(Math.max(-analysis.expiryCurve().maxLoss(), 0) / 2);
        ProbabilityReport.ExpectedMove move = new ProbabilityReport.ExpectedMove(analysis.expiryCurve().at(),
                expiryDays - analysisDays, atExpiry.spot(), atExpiry.atmVol(), atExpiry.straddleMove(market.rate()),
                atExpiry.impliedVolMove());
        return new ProbabilityReport(move, above(expiryPnl, 0, atExpiry), analysis.targetCurve().at(), profitAtTarget,
                maxProfit, above(expiryPnl, maxLevel, atExpiry), touches(),
                new ProbabilityReport.LossBeyond(lossLevel, 1 - above(expiryPnl, -lossLevel, atExpiry)));
    }

    /** P&L ($) on the date {@code days} at SPX {@code s}, spot VIX from the spot–vol map (as {@code Curves.vixAt}). */
    private DoubleUnaryOperator pnlOn(double days) {
        PositionValuation.Dated dated = valuation.on(days);
        double spot = market.spxSpot();
        return s -> dated.pnl(s, Math.max(spotVol.vixAfter(vix, 100 * Math.log(s / spot)), MarketSnapshot.MIN_VIX_SPOT));
    }

    /** {@code P(pnl(S) > level)} under {@code distribution}. */
    static double above(DoubleUnaryOperator pnl, double level, SmileDistribution distribution, double... kinks) {
        double[] grid = grid(distribution, kinks);
        DoubleUnaryOperator excess = s -> pnl.applyAsDouble(s) - level;
        double[] values = Arrays.stream(grid).map(excess).toArray();
        double mass = values[0] > 0 ? distribution.cdf(grid[0]) : 0;
        BrentSolver solver = new BrentSolver(ROOT_ACCURACY);
        for (int i = 0; i + 1 < grid.length; i++) {
            boolean left = values[i] > 0;
            boolean right = values[i + 1] > 0;
            if (left && right) {
                mass += distribution.cdf(grid[i + 1]) - distribution.cdf(grid[i]);
            } else if (left != right) {
                double root = solver.solve(MAX_EVALUATIONS, excess::applyAsDouble, grid[i], grid[i + 1]);
                mass += left ? distribution.cdf(root) - distribution.cdf(grid[i])
                        : distribution.cdf(grid[i + 1]) - distribution.cdf(root);
            }
        }
        if (values[grid.length - 1] > 0) {
            mass += 1 - distribution.cdf(grid[grid.length - 1]);
        }
        return Math.min(Math.max(mass, 0), 1);
    }

    private double above(DoubleUnaryOperator pnl, double level, SmileDistribution distribution) {
        return above(pnl, level, distribution, strikes);
    }

    /** {@value #GRID_POINTS} points even in log SPX over the distribution's grid, plus the kinks inside it. */
    private static double[] grid(SmileDistribution distribution, double[] kinks) {
        double low = Math.log(distribution.low());
        double high = Math.log(distribution.high());
        double[] points = new double[GRID_POINTS + kinks.length];
        for (int i = 0; i < GRID_POINTS; i++) {
            points[i] = Math.exp(low + (high - low) * i / (GRID_POINTS - 1));
        }
        int n = GRID_POINTS;
        for (double kink : kinks) {
            if (kink > points[0] && kink < points[GRID_POINTS - 1]) {
                points[n++] = kink;
            }
        }
        return Arrays.stream(points, 0, n).sorted().distinct().toArray();
    }

    /** Each open short SPX option strike of an enabled layer, once per (right, strike, expiry). */
    private List<ProbabilityReport.Touch> touches() {
        Map<String, ProbabilityReport.Touch> byLabel = new LinkedHashMap<>();
        for (Layer layer : layers) {
            if (!layer.enabled()) {
                continue;
            }
            for (Leg leg : layer.legs()) {
                if (leg.quantity() < 0 && leg.instrument() instanceof SpxOption option) {
                    double expiryDays = market.daysTo(option.expiryTime().orElseThrow());
                    if (expiryDays > analysisDays) {
                        byLabel.computeIfAbsent(option.label(), key -> touch(option, expiryDays));
                    }
                }
            }
        }
        return new ArrayList<>(byLabel.values());
    }

    /**
     * The probability that SPX reaches the strike before expiry: the first-passage probability of a Brownian motion
     * with drift (Shreve, "Stochastic Calculus for Finance II", §7.2.2 and eq. 7.2.9; the reflection principle), with
     * {@code ln S} drifting {@code ν = (r − q)T − w/2} over the total variance {@code w = σ(K)²·T_var} of the smile's
     * vol at that strike: for a barrier above spot, {@code b = ln(K/S) > 0},
     * {@code P = N((−b + ν)/√w) + e^{2νb/w}·N((−b − ν)/√w)}; below, the mirror image. Under a flat smile it is the
     * exact continuous-monitoring probability; under the skew it is the strike's own vol held flat.
     */
    ProbabilityReport.Touch touch(SpxOption option, double expiryDays) {
        double tenor = expiryDays - analysisDays;
        double calendarYears = tenor / Tenor.DAYS_PER_YEAR;
        double varianceYears = market.varianceClock().years(analysisDays, expiryDays);
        double forward = market.spxForward(calendarYears);
        double vol = market.smile().vol(option.strike(), forward, tenor);
        double probability = hitProbability(market.spxSpot(), option.strike(),
                (market.rate() - market.dividendYield()) * calendarYears, vol * vol * varianceYears);
        return new ProbabilityReport.Touch(option.label(), option.right(), option.strike(), option.expiry(), vol,
                probability);
    }

    /** First-passage probability of {@code ln S} to {@code ln barrier} with total drift {@code carry − w/2}. */
    static double hitProbability(double spot, double barrier, double carry, double totalVariance) {
        double b = Math.log(barrier / spot);
        if (b == 0 || !(totalVariance > 0)) {
            return b == 0 ? 1 : 0;
        }
        double nu = carry - totalVariance / 2;
        double root = Math.sqrt(totalVariance);
        double reflected = Math.exp(2 * nu * b / totalVariance);
        double p = b > 0
                ? Normal.cdf((-b + nu) / root) + reflected * Normal.cdf((-b - nu) / root)
                : Normal.cdf((b - nu) / root) + reflected * Normal.cdf((b + nu) / root);
        return Math.min(Math.max(p, 0), 1);
    }

    private static double days(MarketState market, LocalDateTime at) {
        return market.daysTo(at.atZone(Instrument.NEW_YORK));
    }
}
