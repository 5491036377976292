package org.condordesk.capital;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.condordesk.market.MarketState;
import org.condordesk.model.Check;
import org.condordesk.model.Layer;
import org.condordesk.model.LayerRole;
import org.condordesk.model.Scenario;
import org.condordesk.model.ValidationException;
import org.condordesk.risk.WholeContracts;
import org.condordesk.risk.AnalysisSettings;
import org.condordesk.risk.Analyzer;
import org.condordesk.risk.HedgeSolve;
import org.condordesk.risk.PositionValuation;

/**
 * Hedge-layer sizes in whole contracts (docs/capital.md §5). {@code vega}: the engine's vega-neutral size of the last
 * HEDGE layer (the others held), rounded to the nearest whole-contract size. {@code min-variance} and
 * {@code min-worst}: every combination of whole-contract sizes of all HEDGE layers from 0 to {@code maxSize} is tried
 * (exact enumeration: the grid is small, and the worst case is not smooth in the sizes, so a continuous optimiser
 * would need rounding that can miss the integer optimum); the one with the least variance of total P&L over the
 * stress set, or the largest worst-case total, wins; ties go to the smaller sizes. Total P&L is linear in each
 * layer's size, so one valuation of every stress at size 1 serves the whole grid.
 */
public final class HedgeOptimizer {

    /** The largest grid the enumeration walks. */
    public static final long MAX_GRID_POINTS = 5_000_000;
    /** The default upper bound of every hedge layer's size multiplier. */
    public static final double DEFAULT_MAX_SIZE = 3;

    /** What the sizes minimise. */
    public enum Mode {
        VEGA("vega"), MIN_VARIANCE("min-variance"), MIN_WORST("min-worst");

        private final String key;

        Mode(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    private HedgeOptimizer() {
    }

    /** The sizes {@code mode} picks for {@code valuation}'s position over {@code stresses}. */
    public static HedgeSolution solve(StressValuation valuation, List<StressResult> stresses, Mode mode, double maxSize) {
        Check.between("maxSize", maxSize, 0, Layer.MAX_SIZE_MULTIPLIER);
        Scenario scenario = valuation.scenario();
        int[] hedges = hedgeLayers(scenario);
        double[] sizes = valuation.weights();
        String note;
        if (mode == Mode.VEGA) {
            note = vegaNeutral(scenario, valuation.market(), sizes);
        } else {
            note = enumerate(scenario, stresses, hedges, sizes, maxSize, mode);
        }
        return solution(valuation, stresses, mode, hedges, sizes, note);
    }

    private static String vegaNeutral(Scenario scenario, MarketState market, double[] sizes) {
        AnalysisSettings settings = AnalysisSettings.defaults().withoutHeatmapAndDecay();
        Optional<HedgeSolve> solve = Analyzer.analyze(scenario, market, settings).selectedHedge();
        if (solve.isEmpty()) {
            return "no hedge layer to size";
        }
        HedgeSolve hedge = solve.get();
        if (!hedge.feasible()) {
            return "sizes kept: " + hedge.layerName() + " — " + hedge.message();
        }
        Layer layer = scenario.layers().get(hedge.layerIndex());
        double step = WholeContracts.step(layer);
        sizes[hedge.layerIndex()] = Math.round(hedge.multiplier() / step) * step;
        return "vega-neutral size " + Check.format(Math.round(hedge.multiplier() * 1000) / 1000.0) + " of "
                + hedge.layerName() + " rounded to whole contracts; other hedge layers held";
    }

    private static String enumerate(Scenario scenario, List<StressResult> stresses, int[] hedges, double[] sizes,
                                    double maxSize, Mode mode) {
        if (hedges.length == 0) {
            return "no hedge layer to size";
        }
        int n = stresses.size();
        double[] base = new double[n];
        double[][] perStep = new double[hedges.length][n];
        long[] limits = new long[hedges.length];
        long grid = 1;
        for (int h = 0; h < hedges.length; h++) {
            double step = WholeContracts.step(scenario.layers().get(hedges[h]));
            limits[h] = (long) Math.floor(maxSize / step + 1e-9);
            grid = Math.multiplyExact(grid, limits[h] + 1);
            if (grid > MAX_GRID_POINTS) {
                throw new ValidationException("--max-size", "the whole-contract grid up to size " + Check.format(maxSize)
                        + " has more than " + MAX_GRID_POINTS + " points: lower the bound");
            }
            for (int s = 0; s < n; s++) {
                perStep[h][s] = stresses.get(s).unitLayerPnl()[hedges[h]] * step;
            }
        }
        for (int s = 0; s < n; s++) {
            double[] unit = stresses.get(s).unitLayerPnl();
            for (int l = 0; l < unit.length; l++) {
                if (scenario.layers().get(l).role() != LayerRole.HEDGE) {
                    base[s] += unit[l] * sizes[l];
                }
            }
        }
        Search search = new Search(perStep, limits, mode);
        search.walk(0, base);
        for (int h = 0; h < hedges.length; h++) {
            sizes[hedges[h]] = search.best[h] * WholeContracts.step(scenario.layers().get(hedges[h]));
        }
        return "exact enumeration of " + grid + " whole-contract size combinations (each hedge layer 0 to "
                + Check.format(maxSize) + ") over " + n + " stresses";
    }

    /** The odometer over the grid, keeping the best point by the mode's objective. */
    private static final class Search {
        final double[][] perStep;
        final long[] limits;
        final Mode mode;
        final long[] current;
        long[] best;
        double bestScore = Double.POSITIVE_INFINITY;

        Search(double[][] perStep, long[] limits, Mode mode) {
            this.perStep = perStep;
            this.limits = limits;
            this.mode = mode;
            this.current = new long[limits.length];
        }

        void walk(int depth, double[] totals) {
            if (depth == limits.length) {
                double score = mode == Mode.MIN_VARIANCE ? variance(totals) : -min(totals);
                if (best == null || score < bestScore - 1e-9 * Math.max(1, Math.abs(bestScore))) {
                    bestScore = score;
                    best = current.clone();
                }
                return;
            }
            double[] running = totals.clone();
            for (long k = 0; k <= limits[depth]; k++) {
                current[depth] = k;
                walk(depth + 1, running);
                for (int s = 0; s < running.length; s++) {
                    running[s] += perStep[depth][s];
                }
            }
        }
    }

    private static HedgeSolution solution(StressValuation valuation, List<StressResult> stresses, Mode mode, int[] hedges,
                                          double[] sizes, String note) {
        Scenario scenario = valuation.scenario();
        double[] totals = new double[stresses.size()];
        for (int s = 0; s < totals.length; s++) {
            double[] unit = stresses.get(s).unitLayerPnl();
            for (int l = 0; l < unit.length; l++) {
                totals[s] += unit[l] * sizes[l];
            }
        }
        Scenario sized = scenario;
        List<HedgeSolution.LayerSize> layerSizes = new ArrayList<>();
        PositionValuation.Dated today = null;
        for (int h : hedges) {
            Layer layer = scenario.layers().get(h);
            Optional<HedgeSolution.Trades> trades = Optional.empty();
            if (layer.isLive()) {
                if (today == null) {
                    today = PositionValuation.of(scenario, valuation.market(), 0).on(0);
                }
                HedgeSolution.Trades live = LiveHedgeTrades.of(scenario, today, h, sizes[h]);
                trades = Optional.of(live);
                sized = sized.mapLayer(h, ignored -> LiveHedgeTrades.traded(scenario, h, live).withEnabled(true));
            } else {
                double size = sizes[h];
                sized = sized.mapLayer(h, l -> size > 0 ? l.withSize(size).withEnabled(true) : l.withSize(0));
            }
            layerSizes.add(new HedgeSolution.LayerSize(h, layer.name(), layer.weight(), sizes[h],
                    WholeContracts.step(layer), firstLegContracts(layer, sizes[h]), trades));
        }
        Margin.Result margin = Margin.of(sized);
        double netVega = Analyzer.analyze(sized, valuation.market(), AnalysisSettings.defaults().withoutHeatmapAndDecay())
                .position().vixVega();
        return new HedgeSolution(mode, layerSizes, stresses.stream().map(StressResult::name).toList(), totals,
                mean(totals), variance(totals), min(totals), margin.requirement(), margin.capital(), netVega, note);
    }

    static int[] hedgeLayers(Scenario scenario) {
        return IntStream.range(0, scenario.layers().size())
                .filter(i -> scenario.layers().get(i).role() == LayerRole.HEDGE).toArray();
    }

    static double mean(double[] values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    /** Population variance (each stress weighs the same). */
    static double variance(double[] values) {
        double mean = mean(values);
        double sum = 0;
        for (double value : values) {
            sum += (value - mean) * (value - mean);
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
        }
        return min;
    }

    /** Contracts of the layer's first leg at {@code size}: the unit a trader counts a one-leg hedge in. */
    private static double firstLegContracts(Layer layer, double size) {
        return layer.legs().isEmpty() ? 0 : Math.abs(layer.legs().get(0).quantity()) * size;
    }
}
