package org.condordesk.signals;

import java.time.LocalDate;
import java.util.List;

import org.condordesk.model.AlvhRuleSet;

/**
 * The ALVH output on one day with its reasons: the size asked for, in the rule set's unit, and for every rule
 * whether it fired and each condition's reading. {@code fallback} is true when no rule fired.
 */
public record AlvhDecision(LocalDate date, int day, double size, AlvhRuleSet.SizeUnit unit, boolean fallback,
                           List<RuleOutcome> rules) {

    public AlvhDecision {
        rules = List.copyOf(rules);
    }

    /** One rule on that day: fired or not, the size it asks for, and each condition with its reading. */
    public record RuleOutcome(int index, String name, boolean fired, double size, List<ConditionOutcome> conditions) {
        public RuleOutcome {
            conditions = List.copyOf(conditions);
        }
    }

    /** A condition, the signal's reading that day (NaN when missing) and whether it held. */
    public record ConditionOutcome(String condition, double reading, boolean held) {
        /** {@code RSI > 50: 57.31 yes}, {@code VIX3M: no data}. */
        public String describe() {
            String value = Double.isNaN(reading) ? "no data" : String.format(java.util.Locale.ROOT, "%.4g", reading);
            return condition + ": " + value + (held ? " (holds)" : " (does not hold)");
        }
    }

    /** The rules that fired, in rule order. */
    public List<RuleOutcome> fired() {
        return rules.stream().filter(RuleOutcome::fired).toList();
    }
}
