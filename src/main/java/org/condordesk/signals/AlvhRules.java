package org.condordesk.signals;

import java.util.ArrayList;
import java.util.List;

import org.condordesk.model.AlvhCondition;
import org.condordesk.model.AlvhRule;
import org.condordesk.model.AlvhRuleSet;

/**
 * Evaluates an {@link AlvhRuleSet} on a precomputed {@link SignalSeries}: the output on day d is the largest size
 * among the rules whose conditions hold on d (ALL = AND, ANY = OR; a missing reading never holds), or the
 * fallback size when none fires. Pure and cheap: {@link #sizeAt} allocates nothing, for day-by-day replays.
 */
public final class AlvhRules {

    private final AlvhRuleSet set;
    private final AlvhRule[] rules;

    public AlvhRules(AlvhRuleSet set) {
        this.set = set;
        this.rules = set.rules().toArray(AlvhRule[]::new);
    }

    /** The output size on {@code day} (in the rule set's unit), using data up to that day only. */
    public double sizeAt(SignalSeries series, int day) {
        double best = Double.NEGATIVE_INFINITY;
        for (AlvhRule rule : rules) {
            if (rule.size() > best && fires(rule, series, day)) {
                best = rule.size();
            }
        }
        return best == Double.NEGATIVE_INFINITY ? set.fallbackSize() : best;
    }

    /** The output on {@code day} with every rule's outcome and every condition's reading. */
    public AlvhDecision evaluate(SignalSeries series, int day) {
        List<AlvhDecision.RuleOutcome> outcomes = new ArrayList<>(rules.length);
        for (int r = 0; r < rules.length; r++) {
            AlvhRule rule = rules[r];
            List<AlvhDecision.ConditionOutcome> conditions = new ArrayList<>();
            for (AlvhCondition condition : rule.conditions()) {
                double reading = series.value(condition.signal(), day);
                conditions.add(new AlvhDecision.ConditionOutcome(condition.describe(), reading, condition.test(reading)));
            }
            outcomes.add(new AlvhDecision.RuleOutcome(r, rule.name(), fires(rule, series, day), rule.size(), conditions));
        }
        boolean anyFired = outcomes.stream().anyMatch(AlvhDecision.RuleOutcome::fired);
        return new AlvhDecision(series.date(day), day, sizeAt(series, day), set.unit(), !anyFired, outcomes);
    }

    private static boolean fires(AlvhRule rule, SignalSeries series, int day) {
        boolean all = rule.combine() == AlvhRule.Combine.ALL;
        for (AlvhCondition condition : rule.conditions()) {
            boolean held = condition.test(series.raw(condition.signal())[day]);
            if (all && !held) {
                return false;
            }
            if (!all && held) {
                return true;
            }
        }
        return all;
    }
}
