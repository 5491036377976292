package org.condordesk.backtest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

import org.apache.commons.math3.stat.StatUtils;
import org.condordesk.model.AlvhCondition;
import org.condordesk.model.AlvhRule;
import org.condordesk.model.AlvhRuleSet;
import org.condordesk.model.AlvhSignal;
import org.condordesk.model.ValidationException;

/**
 * Walk-forward test of the ALVH rules' thresholds (docs/backtest.md §walk-forward): for each calendar year after the
 * first {@code inSampleYears}, every candidate rule set is run on the preceding {@code inSampleYears} years, the one
 * with the best Sharpe is kept, and it alone trades the next year out of sample. The in-sample Sharpe of the chosen
 * rules against their out-of-sample Sharpe shows how much of an ALVH backtest is fitted to its own history. The
 * condors and hedge sizes are the run's own (entry plans computed once for the whole window and shared).
 */
public final class WalkForward {

    /** How far each steppable signal's thresholds move in the grid (one step down, none, one step up). */
    private static final Map<AlvhSignal, Double> STEPS = new EnumMap<>(Map.of(AlvhSignal.RSI, 10.0,
            AlvhSignal.VIX_TERM_RATIO, 0.05, AlvhSignal.VIX, 2.0, AlvhSignal.VIX3M, 2.0, AlvhSignal.REALISED_VOL_20, 2.0,
            AlvhSignal.VIX_MINUS_REALISED_VOL, 1.0, AlvhSignal.SPX_OVER_SMA200, 0.02, AlvhSignal.SPX_OVER_EMA20, 0.01));
    private static final int MAX_GRID_SIGNALS = 2;

    private WalkForward() {
    }

    /** A rule set to try, named by its shifts. */
    public record Candidate(String label, AlvhRuleSet rules) {
    }

    /** One out-of-sample year: the rules chosen on the years before it, their Sharpe there and in this year. */
    public record Year(int year, String chosen, double inSampleSharpe, double outOfSampleSharpe,
                       double outOfSampleTotalPnl) {
    }

    /** Every out-of-sample year and the means of in-sample and out-of-sample Sharpe over them. */
    public record Result(String variant, int inSampleYears, List<Candidate> candidates, List<Year> years,
                         double meanInSampleSharpe, double meanOutOfSampleSharpe) {
        public Result {
            candidates = List.copyOf(candidates);
            years = List.copyOf(years);
        }
    }

    /**
     * The grid around {@code base}: for the first two signals of its rules that have a threshold step, every
     * combination of moving all of that signal's thresholds one step down, not at all, or one step up (at most 9).
     */
    public static List<Candidate> grid(AlvhRuleSet base) {
        Set<AlvhSignal> signals = new LinkedHashSet<>();
        for (AlvhRule rule : base.rules()) {
            for (AlvhCondition condition : rule.conditions()) {
                if (STEPS.containsKey(condition.signal()) && signals.size() < MAX_GRID_SIGNALS) {
                    signals.add(condition.signal());
                }
            }
        }
        List<Candidate> out = new ArrayList<>(List.of(new Candidate("as written", base)));
        List<AlvhSignal> list = List.copyOf(signals);
        int combinations = (int) Math.pow(3, list.size());
        for (int c = 0; c < combinations; c++) {
            Map<AlvhSignal, Integer> shifts = new EnumMap<>(AlvhSignal.class);
            int code = c;
            for (AlvhSignal signal : list) {
                shifts.put(signal, code % 3 - 1);
                code /= 3;
            }
            if (shifts.values().stream().allMatch(s -> s == 0)) {
                continue;
            }
            out.add(new Candidate(label(shifts), shifted(base, shifts)));
        }
        return out;
    }

    private static String label(Map<AlvhSignal, Integer> shifts) {
        List<String> parts = new ArrayList<>();
        shifts.forEach((signal, shift) -> {
            if (shift != 0) {
                parts.add(signal.name() + (shift > 0 ? " +" : " −") + format(STEPS.get(signal)));
            }
        });
        return String.join(", ", parts);
    }

    private static String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    }

    private static AlvhRuleSet shifted(AlvhRuleSet base, Map<AlvhSignal, Integer> shifts) {
        List<AlvhRule> rules = new ArrayList<>();
        for (AlvhRule rule : base.rules()) {
            List<AlvhCondition> conditions = new ArrayList<>();
            for (AlvhCondition condition : rule.conditions()) {
                int shift = shifts.getOrDefault(condition.signal(), 0);
                conditions.add(shift == 0 ? condition : new AlvhCondition(condition.signal(), condition.op(),
                        condition.value() + shift * STEPS.get(condition.signal())));
            }
            rules.add(rule.withConditions(conditions));
        }
        return base.withRules(rules);
    }

    /**
     * Runs the walk-forward of the ALVH variant {@code variantName} of {@code config} over its window, candidates from
     * {@link #grid} of the config's rules; on {@code threads} workers.
     */
    public static Result run(BacktestConfig config, BacktestMarket market, String variantName, int inSampleYears,
                             int threads, DoubleConsumer progress, BooleanSupplier cancelled) {
        BacktestConfig.Variant variant = config.variants().stream().filter(v -> v.name().equals(variantName)).findFirst()
                .orElseThrow(() -> new ValidationException("--walk-forward", "no variant named '" + variantName + "'"));
        if (variant.kind() != BacktestConfig.HedgeKind.ALVH) {
            throw new ValidationException("--walk-forward", "'" + variantName + "' is not an ALVH variant");
        }
        if (inSampleYears < 1 || inSampleYears > 20) {
            throw new ValidationException("--in-sample-years", "must be between 1 and 20, got " + inSampleYears);
        }
        BacktestConfig single = config.withVariants(List.of(variant));
        int[] window = Backtest.window(single, market, new ArrayList<>());
        EntryPlanner.EntryPlan[] plans = Backtest.plans(single, market, window, share -> { }, cancelled);
        List<Candidate> candidates = grid(config.rules());
        int firstYear = market.date(window[0]).getYear();
        int lastYear = market.date(window[1]).getYear();
        List<Integer> outYears = new ArrayList<>();
        for (int year = firstYear + inSampleYears; year <= lastYear; year++) {
            outYears.add(year);
        }
        if (outYears.isEmpty()) {
            throw new ValidationException("--in-sample-years", "the window " + market.date(window[0]) + " … "
                    + market.date(window[1]) + " has no year after " + inSampleYears + " in-sample years");
        }
        int perYear = candidates.size();
        // Every (out-of-sample year, candidate) in-sample run, then each year's chosen rules out of sample.
        List<Double> inSample = Sweep.parallel(outYears.size() * perYear, index -> {
            int year = outYears.get(index / perYear);
            int[] span = span(market, window, year - inSampleYears, year - 1);
            return sharpe(single, variant, candidates.get(index % perYear), market, plans, span, cancelled);
        }, threads, share -> progress.accept(0.9 * share));
        List<Year> years = new ArrayList<>();
        for (int y = 0; y < outYears.size(); y++) {
            int best = 0;
            for (int c = 1; c < perYear; c++) {
                double s = inSample.get(y * perYear + c);
                if (Double.isFinite(s) && !(s <= inSample.get(y * perYear + best))) {
                    best = c;
                }
            }
            int[] span = span(market, window, outYears.get(y), outYears.get(y));
            VariantResult out = runWith(single, variant, candidates.get(best), market, plans, span, cancelled);
            years.add(new Year(outYears.get(y), candidates.get(best).label(), inSample.get(y * perYear + best),
                    out.metrics().sharpe(), out.metrics().totalPnl()));
            progress.accept(0.9 + 0.1 * (y + 1) / outYears.size());
        }
        return new Result(variantName, inSampleYears, candidates, years,
                mean(years.stream().mapToDouble(Year::inSampleSharpe).toArray()),
                mean(years.stream().mapToDouble(Year::outOfSampleSharpe).toArray()));
    }

    private static double mean(double[] values) {
        double[] finite = java.util.Arrays.stream(values).filter(Double::isFinite).toArray();
        return finite.length == 0 ? Double.NaN : StatUtils.mean(finite);
    }

    /** The window's days from 1 January of {@code fromYear} to 31 December of {@code toYear}. */
    private static int[] span(BacktestMarket market, int[] window, int fromYear, int toYear) {
        int first = Math.max(window[0], market.indexOnOrBefore(LocalDate.of(fromYear, 1, 1).minusDays(1)) + 1);
        int last = Math.min(window[1], market.indexOnOrBefore(LocalDate.of(toYear, 12, 31)));
        return new int[] {first, last};
    }

    private static double sharpe(BacktestConfig config, BacktestConfig.Variant variant, Candidate candidate,
                                 BacktestMarket market, EntryPlanner.EntryPlan[] plans, int[] span,
                                 BooleanSupplier cancelled) {
        return runWith(config, variant, candidate, market, plans, span, cancelled).metrics().sharpe();
    }

    private static VariantResult runWith(BacktestConfig config, BacktestConfig.Variant variant, Candidate candidate,
                                         BacktestMarket market, EntryPlanner.EntryPlan[] plans, int[] span,
                                         BooleanSupplier cancelled) {
        return Backtest.runVariant(config.withRules(candidate.rules()), variant, market, plans, span, cancelled);
    }
}
