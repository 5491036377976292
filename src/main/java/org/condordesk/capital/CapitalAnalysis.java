package org.condordesk.capital;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

import org.condordesk.market.Tenor;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Scenario;
import org.condordesk.model.SpotVolMap;
import org.condordesk.risk.PositionValuation;

/**
 * Does the overlay earn its capital? (docs/capital.md §3): margin, the dated cash flows of every layer to the horizon
 * on the base path, on each stress path and on every path of the history's return distribution, and from them return on
 * margin, IRR and NPV at the cost of capital, and each hedge layer's effect on IRR − cost of capital. A pure function.
 */
public final class CapitalAnalysis {

    /** Where the cash flows end. */
    public enum HorizonChoice {
        /** The earliest CORE expiry: one condor cycle, the hedges closed at their model value then. */
        CORE_EXPIRY("core-expiry"),
        /** The last expiry of any leg: every leg held to its settlement. */
        LAST_EXPIRY("last-expiry");

        private final String key;

        HorizonChoice(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** The cost of capital (a given annual rate, else the scenario's) and the horizon. */
    public record Settings(OptionalDouble costOfCapital, HorizonChoice horizon) {
        public static Settings defaults() {
            return new Settings(OptionalDouble.empty(), HorizonChoice.CORE_EXPIRY);
        }
    }

    /**
     * Flows of one path, [layer][date] at size 1, and for all layers and for all but each hedge layer: ln(1 + IRR) and
     * the period return on the capital committed at the open.
     */
    private record Path(double[][] flows, double logIrrAll, double[] logIrrWithout, double returnAll, double[] returnWithout) {
    }

    private CapitalAnalysis() {
    }

    public static CapitalReport run(Scenario scenario, Optional<StressHistory> history, Settings settings) {
        return run(StressValuation.of(scenario), history, settings);
    }

    public static CapitalReport run(StressValuation valuation, Optional<StressHistory> history, Settings settings) {
        Scenario scenario = valuation.scenario();
        double[] weights = valuation.weights();
        Margin.Result margin = Margin.of(scenario);
        double horizon = horizonDays(valuation, settings.horizon());
        CashFlowModel model = CashFlows.model(valuation, horizon);
        Evaluator evaluator = new Evaluator(model, weights, HedgeOptimizer.hedgeLayers(scenario));
        PositionValuation.Dated[] baseSlices = model.slices(valuation.base());
        Path base = evaluator.path(model.flows(baseSlices, valuation.spxSpot(), valuation.vixSpot()));
        Optional<ReturnDistribution> distribution = history.map(h -> ReturnDistribution.of(h.spx(), model.dates));
        List<Path> paths = distribution.map(d -> historyPaths(d, valuation, model, evaluator, baseSlices)).orElse(List.of());
        double[][] expected = paths.isEmpty() ? base.flows() : mean(paths);
        CostOfCapital cost = CostOfCapital.of(scenario, settings.costOfCapital());
        Figures figures = new Figures(scenario, model, margin, cost.annualRate(), horizon);
        List<CapitalReport.LayerFigures> layers = new ArrayList<>();
        for (int l = 0; l < weights.length; l++) {
            layers.add(figures.of(l, expected, base.flows(), weights));
        }
        RiskArray.Result riskArray = RiskArray.of(valuation);
        List<PathWithName> stressPaths = stressPaths(valuation, history, model, evaluator);
        List<CapitalReport.HedgeEffect> effects = new ArrayList<>();
        for (int k : evaluator.hedges) {
            if (weights[k] != 0) { // a disabled or 0-sized layer ties up no capital and changes nothing
                effects.add(effect(k, scenario.layers().get(k), evaluator, expected, paths, stressPaths, margin, riskArray,
                        model.years(), cost.annualRate(), weights));
            }
        }
        return new CapitalReport(margin, cost, new CapitalReport.Horizon(settings.horizon(), horizon, figures.time(horizon)),
                new CapitalReport.Distribution(paths.size(), distribution.map(ReturnDistribution::longestDays).orElse(0),
                        describe(distribution)), layers, figures.of(-1, expected, base.flows(), weights), effects, riskArray);
    }

    /** One path per history window: SPX at each flow date by the window's move, spot VIX by the spot–vol map. */
    private static List<Path> historyPaths(ReturnDistribution distribution, StressValuation valuation, CashFlowModel model,
                                           Evaluator evaluator, PositionValuation.Dated[] slices) {
        SpotVolMap map = valuation.scenario().model().spotVol();
        double[] spxAt = new double[model.dates.length];
        double[] vixAt = new double[model.dates.length];
        List<Path> paths = new ArrayList<>();
        for (int p = 0; p < distribution.size(); p++) {
            double[] moves = distribution.path(p);
            for (int k = 0; k < moves.length; k++) {
                spxAt[k] = valuation.spxSpot() * Math.exp(moves[k] / 100);
                vixAt[k] = map.vixAfter(valuation.vixSpot(), moves[k]);
            }
            paths.add(evaluator.path(model.flows(slices, spxAt, vixAt)));
        }
        return paths;
    }

    private static String describe(Optional<ReturnDistribution> distribution) {
        return distribution.map(d -> d.size() + " real SPX paths of " + d.longestDays() + " calendar days "
                + "read at each flow's date (overlapping windows starting " + d.first() + " to " + d.last()
                + "), spot VIX through the spot–vol map")
                .orElse("no history: the market-unchanged path stands in for the expectation");
    }

    private record PathWithName(String name, Path path) {
    }

    private static List<PathWithName> stressPaths(StressValuation valuation, Optional<StressHistory> history,
                                                  CashFlowModel model, Evaluator evaluator) {
        List<PathWithName> out = new ArrayList<>();
        for (StressLibrary.Entry entry : StressLibrary.entries(valuation, history)) {
            Shock shock = entry.shock();
            double vix = valuation.vixAfter(shock);
            PositionValuation.Dated[] slices = model.slices(valuation.valuationFor(shock, vix));
            out.add(new PathWithName(shock.name(), evaluator.path(model.flows(slices, valuation.spxAfter(shock), vix))));
        }
        return out;
    }

    private static CapitalReport.HedgeEffect effect(int k, Layer layer, Evaluator evaluator, double[][] expected,
                                                    List<Path> paths, List<PathWithName> stressPaths, Margin.Result margin,
                                                    RiskArray.Result riskArray, double[] years, double cost, double[] weights) {
        int slot = evaluator.slot(k);
        Path expectedPath = evaluator.path(expected);
        double npv = Irr.npv(cost, years, scaled(expected[k], weights[k]));
        double share = paths.isEmpty() ? Double.NaN
                : paths.stream().filter(p -> p.logIrrAll() > p.logIrrWithout()[slot]).count() / (double) paths.size();
        double requirement = margin.layer(k).requirement();
        double efficiency = requirement > 0 ? (riskArray.worstLossWithout()[k] - riskArray.worstLoss()) / requirement
                : Double.NaN;
        double downside = requirement > 0
                ? (riskArray.worstDownsideLossWithout()[k] - riskArray.worstDownsideLoss()) / requirement : Double.NaN;
        List<CapitalReport.PathEffect> byStress = stressPaths.stream().map(p -> pathEffect(p, slot,
                Irr.npv(cost, years, scaled(p.path().flows()[k], weights[k])))).toList();
        return new CapitalReport.HedgeEffect(k, layer.name(), requirement, efficiency, downside,
                Math.expm1(expectedPath.logIrrAll()), Math.expm1(expectedPath.logIrrWithout()[slot]),
                CapitalReport.Effect.of(expectedPath.logIrrAll(), expectedPath.logIrrWithout()[slot]), npv, share, npv >= 0,
                byStress);
    }

    private static CapitalReport.PathEffect pathEffect(PathWithName named, int slot, double layerNpv) {
        Path path = named.path();
        return new CapitalReport.PathEffect(named.name(),
                Math.expm1(path.logIrrAll()) - Math.expm1(path.logIrrWithout()[slot]),
                CapitalReport.Effect.of(path.logIrrAll(), path.logIrrWithout()[slot]),
                path.returnAll() - path.returnWithout()[slot], layerNpv);
    }

    /** The IRRs of a path's combinations: all layers, and all but each hedge layer. */
    private static final class Evaluator {
        final CashFlowModel model;
        final double[] years;
        final double[] weights;
        final int[] hedges;

        Evaluator(CashFlowModel model, double[] weights, int[] hedges) {
            this.model = model;
            this.years = model.years();
            this.weights = weights;
            this.hedges = hedges;
        }

        Path path(double[][] flows) {
            boolean[] include = new boolean[weights.length];
            Arrays.fill(include, true);
            double[] all = model.combine(flows, weights, include);
            double[] without = new double[hedges.length];
            double[] returnWithout = new double[hedges.length];
            for (int h = 0; h < hedges.length; h++) {
                include[hedges[h]] = false;
                double[] combined = model.combine(flows, weights, include);
                without[h] = Irr.logIrr(years, combined);
                returnWithout[h] = periodReturn(combined);
                include[hedges[h]] = true;
            }
            return new Path(flows, Irr.logIrr(years, all), without, periodReturn(all), returnWithout);
        }

        /** P&L (the sum of the flows) over the capital committed at the open (minus the first flow); NaN without one. */
        private static double periodReturn(double[] flows) {
            double capital = -flows[0];
            return capital > 0 ? sum(flows) / capital : Double.NaN;
        }

        int slot(int layer) {
            for (int h = 0; h < hedges.length; h++) {
                if (hedges[h] == layer) {
                    return h;
                }
            }
            throw new IllegalArgumentException("layer " + layer + " is not a hedge layer");
        }
    }

    /** A layer's or the position's figures from its expected and base flows. */
    private record Figures(Scenario scenario, CashFlowModel model, Margin.Result margin, double cost, double horizon) {

        /** Layer {@code layer}'s figures from the [layer][date] flows at size 1, or the position's when it is −1. */
        CapitalReport.LayerFigures of(int layer, double[][] expectedFlows, double[][] baseFlows, double[] weights) {
            boolean total = layer < 0;
            boolean[] include = new boolean[weights.length];
            for (int l = 0; l < include.length; l++) {
                include[l] = total || l == layer;
            }
            double[] expected = model.combine(expectedFlows, weights, include);
            double[] base = model.combine(baseFlows, weights, include);
            double requirement = total ? margin.requirement() : margin.layer(layer).requirement();
            double capital = total ? margin.capital() : margin.layer(layer).capital();
            double expectedPnl = sum(expected);
            double rom = capital > 0 ? expectedPnl / capital : Double.NaN;
            double[] years = model.years();
            List<CapitalReport.DatedFlow> flows = new ArrayList<>();
            for (int d = 0; d < expected.length; d++) {
                if (expected[d] != 0) {
                    flows.add(new CapitalReport.DatedFlow(model.dates[d], time(model.dates[d]), expected[d]));
                }
            }
            Layer source = total ? null : scenario.layers().get(layer);
            return new CapitalReport.LayerFigures(layer, total ? "Total" : source.name(),
                    total ? null : source.role(), requirement, capital, expectedPnl, sum(base), rom,
                    Irr.annualise(rom, horizon), Irr.irr(years, expected), Irr.npv(cost, years, expected), flows);
        }

        LocalDateTime time(double days) {
            return Tenor.afterElapsed(scenario.valuationInstant(), days).toLocalDateTime();
        }
    }

    /** Days from the valuation time to the horizon: the earliest CORE expiry (all legs if no CORE), or the last. */
    static double horizonDays(StressValuation valuation, HorizonChoice choice) {
        PositionValuation base = valuation.base();
        List<Layer> layers = valuation.scenario().layers();
        double coreFirst = Double.POSITIVE_INFINITY;
        double anyFirst = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        int leg = 0;
        for (Layer layer : layers) {
            for (int j = 0; j < layer.legs().size(); j++, leg++) {
                double days = base.legExpiryDays(leg);
                if (!Double.isNaN(days)) {
                    anyFirst = Math.min(anyFirst, days);
                    last = Math.max(last, days);
                    if (layer.role() == LayerRole.CORE) {
                        coreFirst = Math.min(coreFirst, days);
                    }
                }
            }
        }
        if (last == Double.NEGATIVE_INFINITY) {
            return DEFAULT_HORIZON_DAYS;
        }
        return choice == HorizonChoice.LAST_EXPIRY ? last : Double.isFinite(coreFirst) ? coreFirst : anyFirst;
    }

    /** The horizon when no leg expires (ETFs only): 30 days. */
    static final double DEFAULT_HORIZON_DAYS = 30;

    private static double[][] mean(List<Path> paths) {
        double[][] first = paths.get(0).flows();
        double[][] sum = new double[first.length][];
        for (int l = 0; l < sum.length; l++) {
            sum[l] = new double[first[l].length];
        }
        for (Path path : paths) {
            for (int l = 0; l < sum.length; l++) {
                for (int d = 0; d < sum[l].length; d++) {
                    sum[l][d] += path.flows()[l][d] / paths.size();
                }
            }
        }
        return sum;
    }

    private static double[] scaled(double[] values, double weight) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * weight;
        }
        return out;
    }

    private static double sum(double[] values) {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }
}
