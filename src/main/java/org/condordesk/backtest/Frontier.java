package org.condordesk.backtest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import org.condordesk.model.ValidationException;

/**
 * The hedge efficiency frontier (docs/backtest.md §frontier): every hedge of a grid of instrument × size (a fraction of
 * vega-neutral) × tenor replayed as a fixed hedge on the same condors, with what it costs — the annual P&L given up
 * against the unhedged condor — against what it buys: the CVaR 95 % of trade P&L, the max drawdown and the P&L on the
 * stress days. A hedge is dominated when another one (or no hedge at all) costs no more and protects at least as well
 * on all three measures, and strictly better on one of the four.
 */
public final class Frontier {

    public static final int MAX_CELLS = 1_000;
    /** The tail of trade P&L the CVaR averages: the worst 5 %. */
    static final double CVAR_TAIL = 0.05;

    private Frontier() {
    }

    /** The grid: instruments, sizes as fractions of vega-neutral, and tenors in days. */
    public record Grid(List<BacktestConfig.HedgeInstrument> instruments, List<Double> hedgeRatios,
                       List<Integer> tenorDays) {

        public Grid {
            instruments = List.copyOf(instruments);
            hedgeRatios = List.copyOf(hedgeRatios);
            tenorDays = List.copyOf(tenorDays);
            if (instruments.isEmpty() || hedgeRatios.isEmpty() || tenorDays.isEmpty()) {
                throw new ValidationException("frontier", "every axis needs at least one value");
            }
            for (double ratio : hedgeRatios) {
                if (!(ratio > 0 && ratio <= 1.5)) {
                    throw new ValidationException("frontier.hedgeRatios", "each must be above 0 and at most 1.5 (150 % of "
                            + "vega-neutral), got " + ratio);
                }
            }
            for (int tenor : tenorDays) {
                if (tenor < 30 || tenor > BacktestConfig.MAX_HEDGE_TENOR_DAYS) {
                    throw new ValidationException("frontier.tenorDays", "each must be between 30 and "
                            + BacktestConfig.MAX_HEDGE_TENOR_DAYS + ", got " + tenor);
                }
            }
            if (cells(instruments, hedgeRatios, tenorDays) > MAX_CELLS) {
                throw new ValidationException("frontier", cells(instruments, hedgeRatios, tenorDays) + " cells, at most "
                        + MAX_CELLS);
            }
        }

        /** Every instrument, a quarter to all of vega-neutral, 30 to 90 days: 36 hedges. */
        public static Grid defaults() {
            // The five VIX-futures instruments; the ETF ones (issue 30 §2) join when asked for (--frontier-instruments).
            return new Grid(List.of(BacktestConfig.HedgeInstrument.CALL_SPREAD, BacktestConfig.HedgeInstrument.VX,
                    BacktestConfig.HedgeInstrument.VXM, BacktestConfig.HedgeInstrument.CALL,
                    BacktestConfig.HedgeInstrument.DIAGONAL), List.of(0.25, 0.5, 0.75, 1.0),
                    List.of(30, 60, 90));
        }

        public int cells() {
            return (int) cells(instruments, hedgeRatios, tenorDays);
        }

        private static long cells(List<?> a, List<?> b, List<?> c) {
            return (long) a.size() * b.size() * c.size();
        }
    }

    /**
     * One point: the hedge (instrument empty for the unhedged condor, the reference), its cost in $ a year, and its
     * protection: CVaR 95 % of trade P&L ($, negative: the mean of the worst 5 % of trades), max drawdown (fraction),
     * the summed P&L of the stress days inside the window ($), and whether another point dominates it.
     */
    public record Point(String instrument, double hedgeRatio, int tenorDays, double costPerYear, double cvar95,
                        double maxDrawdown, double stressPnl, boolean dominated, Optional<LocalDate> wipedOut,
                        VariantMetrics metrics) {

        /** The size rule as a trader reads it. */
        public String sizeRule() {
            return instrument.equals(NONE) ? "none" : Math.round(hedgeRatio * 100) + " % of vega-neutral";
        }
    }

    /** The unhedged reference's instrument name. */
    public static final String NONE = "NONE";

    /**
     * The unhedged condor first, then every cell of {@code grid} (instrument slowest, tenor fastest), each a fixed hedge
     * of the config's first hedged variant's strikes (or the default call spread) on the config's window.
     */
    public static List<Point> run(BacktestConfig config, BacktestMarket market, Grid grid, int threads,
                                  DoubleConsumer progress, BooleanSupplier cancelled) {
        BacktestConfig.Hedge template = config.variants().stream().filter(v -> v.kind() != BacktestConfig.HedgeKind.NONE)
                .map(BacktestConfig.Variant::hedge).findFirst().orElse(BacktestConfig.Hedge.defaults());
        // The hedged window for every point, the unhedged one included, so all compare on the same days.
        BacktestConfig hedged = config.withVariants(List.of(variant("window", template, 1)));
        int[] window = Backtest.window(hedged, market, new ArrayList<>());
        int cells = grid.cells();
        List<BacktestConfig.Variant> variants = new ArrayList<>();
        variants.add(new BacktestConfig.Variant("No hedge", BacktestConfig.HedgeKind.NONE, template,
                BacktestConfig.Sizing.defaults()));
        for (int i = 0; i < cells; i++) {
            variants.add(cellVariant(grid, i, template));
        }
        EntryPlanner.EntryPlan[] plans = plans(config, market, window,
                variants.stream().skip(1).map(BacktestConfig.Variant::hedge).distinct().toList(), threads,
                share -> progress.accept(share / 2), cancelled);
        List<VariantResult> results = Sweep.parallel(cells + 1, index -> Backtest.runVariant(
                config.withVariants(List.of(variants.get(index))), variants.get(index), market, plans, window, cancelled),
                threads, share -> progress.accept(0.5 + share / 2));
        return points(grid, results);
    }

    /**
     * The entry plans of every entry day with every hedge of the grid, made once and shared by all cells (a cell's own
     * plans would repeat the same condor for each of them), the days split over the workers.
     */
    private static EntryPlanner.EntryPlan[] plans(BacktestConfig config, BacktestMarket market, int[] window,
                                                  List<BacktestConfig.Hedge> hedges, int threads, DoubleConsumer progress,
                                                  BooleanSupplier cancelled) {
        List<Integer> days = new ArrayList<>();
        for (int d = window[0]; d <= window[1]; d += config.entry().everyTradingDays()) {
            days.add(d);
        }
        List<EntryPlanner.EntryPlan> planned = Sweep.parallel(days.size(), i -> {
            if (cancelled.getAsBoolean()) {
                throw new java.util.concurrent.CancellationException("frontier cancelled");
            }
            return planInGroups(market, days.get(i), config, hedges);
        }, threads, progress);
        EntryPlanner.EntryPlan[] plans = new EntryPlanner.EntryPlan[market.size()];
        for (int i = 0; i < days.size(); i++) {
            plans[days.get(i)] = planned.get(i);
        }
        return plans;
    }

    /** Hedges a scenario may hold beside its condor (a scenario has at most 32 layers). */
    private static final int HEDGES_PER_PLAN = 31;

    /** One day's plan with every hedge, planned in groups a scenario can hold (the condor is the same in each). */
    private static EntryPlanner.EntryPlan planInGroups(BacktestMarket market, int day, BacktestConfig config,
                                                       List<BacktestConfig.Hedge> hedges) {
        EntryPlanner.EntryPlan first = null;
        java.util.Map<BacktestConfig.Hedge, EntryPlanner.HedgePlan> all = new java.util.LinkedHashMap<>();
        for (int from = 0; from < Math.max(1, hedges.size()); from += HEDGES_PER_PLAN) {
            EntryPlanner.EntryPlan plan = EntryPlanner.plan(market, day, config,
                    hedges.subList(from, Math.min(hedges.size(), from + HEDGES_PER_PLAN)));
            first = first == null ? plan : first;
            all.putAll(plan.hedges());
        }
        return new EntryPlanner.EntryPlan(first.day(), first.condor(), first.condorVixVega(), first.condorCapital(), all);
    }

    private static BacktestConfig.Variant cellVariant(Grid grid, int index, BacktestConfig.Hedge template) {
        int tenors = grid.tenorDays().size();
        int ratios = grid.hedgeRatios().size();
        BacktestConfig.HedgeInstrument instrument = grid.instruments().get(index / (ratios * tenors));
        double ratio = grid.hedgeRatios().get(index / tenors % ratios);
        int tenor = grid.tenorDays().get(index % tenors);
        BacktestConfig.Hedge hedge = new BacktestConfig.Hedge(instrument, tenor, template.longStrikeOffsetPoints(),
                template.widthPoints());
        return variant(instrument + " " + ratio + " " + tenor, hedge, ratio);
    }

    private static BacktestConfig.Variant variant(String name, BacktestConfig.Hedge hedge, double ratio) {
        return new BacktestConfig.Variant(name, BacktestConfig.HedgeKind.FIXED, hedge,
                BacktestConfig.Sizing.defaults().withHedgeRatio(ratio));
    }

    /** The points of {@code results} (the unhedged reference first, then the grid's cells in order), dominance marked. */
    static List<Point> points(Grid grid, List<VariantResult> results) {
        VariantResult reference = results.get(0);
        double referencePerYear = perYear(reference);
        int n = results.size();
        double[][] measures = new double[n][];
        for (int i = 0; i < n; i++) {
            VariantResult result = results.get(i);
            measures[i] = new double[] {referencePerYear - perYear(result), cvar(result.trades()),
                result.metrics().maxDrawdown(), stressPnl(result)};
        }
        // Only a hedge whose account survived can dominate: a wiped-out one's stress days after its stop are empty.
        boolean[] survivors = new boolean[n];
        for (int i = 0; i < n; i++) {
            survivors[i] = results.get(i).metrics().stoppedOn().isEmpty();
        }
        List<Point> points = new ArrayList<>();
        int tenors = grid.tenorDays().size();
        int ratios = grid.hedgeRatios().size();
        for (int i = 0; i < n; i++) {
            int cell = i - 1;
            String instrument = i == 0 ? NONE : grid.instruments().get(cell / (ratios * tenors)).name();
            double ratio = i == 0 ? 0 : grid.hedgeRatios().get(cell / tenors % ratios);
            int tenor = i == 0 ? 0 : grid.tenorDays().get(cell % tenors);
            double[] m = measures[i];
            Optional<LocalDate> ruin = results.get(i).metrics().stoppedOn();
            // A hedge whose account was wiped out stopped trading: its stress days after that show no loss because it
            // held nothing, not because it protected. It is dominated by the unhedged condor when that one survived.
            boolean wipedOutAlone = ruin.isPresent() && reference.metrics().stoppedOn().isEmpty();
            points.add(new Point(instrument, ratio, tenor, m[0], m[1], m[2], m[3],
                    wipedOutAlone || dominated(i, measures, survivors), ruin, results.get(i).metrics()));
        }
        return points;
    }

    /**
     * True when another point (one of {@code candidates}) costs no more and protects no worse on every measure, and is
     * strictly better on one.
     */
    static boolean dominated(int i, double[][] measures, boolean[] candidates) {
        double[] me = measures[i];
        for (int j = 0; j < measures.length; j++) {
            double[] other = measures[j];
            if (j == i || !candidates[j] || Arrays.stream(other).anyMatch(Double::isNaN)) {
                continue;
            }
            // Lower cost and drawdown are better; higher (less negative) CVaR and stress P&L are better.
            boolean noWorse = other[0] <= me[0] && other[1] >= me[1] && other[2] <= me[2] && other[3] >= me[3];
            boolean better = other[0] < me[0] || other[1] > me[1] || other[2] < me[2] || other[3] > me[3];
            if (noWorse && better) {
                return true;
            }
        }
        return false;
    }

    /** Total P&L over the window's calendar years ($ a year). */
    private static double perYear(VariantResult result) {
        LocalDate[] dates = result.dates();
        double years = ChronoUnit.DAYS.between(dates[0], dates[dates.length - 1]) / 365.25;
        return years > 0 ? result.metrics().totalPnl() / years : Double.NaN;
    }

    /**
     * The conditional value at risk of trade P&L at 95 %: the mean of the worst ⌈5 % · n⌉ trades' P&L ($; negative is a
     * loss), the expected shortfall of Acerbi and Tasche (2002) on the empirical distribution.
     */
    static double cvar(List<TradeRecord> trades) {
        if (trades.isEmpty()) {
            return Double.NaN;
        }
        double[] pnl = trades.stream().mapToDouble(TradeRecord::pnl).sorted().toArray();
        int tail = (int) Math.ceil(CVAR_TAIL * pnl.length);
        double sum = 0;
        for (int i = 0; i < tail; i++) {
            sum += pnl[i];
        }
        return sum / tail;
    }

    /** The summed P&L of the stress days inside the window ($; 0 when none is). */
    private static double stressPnl(VariantResult result) {
        return result.metrics().stressPnl().values().stream().filter(Double::isFinite).mapToDouble(Double::doubleValue)
                .sum();
    }
}
