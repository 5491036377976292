package org.condordesk.model;

import static org.condordesk.model.AlvhSignal.BEARISH_DIVERGENCE;
import static org.condordesk.model.AlvhSignal.MACD_HISTOGRAM;
import static org.condordesk.model.AlvhSignal.RSI;
import static org.condordesk.model.AlvhSignal.VIX_TERM_RATIO;

import java.util.List;

/**
 * The adaptive hedge layer's rules, saved in the scenario (docs/signals.md). Each day the output is the largest
 * size among the rules that fire, or {@code fallbackSize} when none fires. Sizes are whole contracts of the
 * target layer's first leg ({@link SizeUnit#CONTRACTS}) or multiples of the layer's base size, its legs as
 * written ({@link SizeUnit#BASE_MULTIPLE}). {@code targetLayer} names the HEDGE layer the output sizes; empty
 * means the last HEDGE layer.
 */
public record AlvhRuleSet(String targetLayer, SizeUnit unit, double fallbackSize, List<AlvhRule> rules) {

    public static final int MAX_RULES = 32;
    public static final double MAX_SIZE = 1000;

    /** What a rule's size counts. */
    public enum SizeUnit {
        CONTRACTS, BASE_MULTIPLE
    }

    public AlvhRuleSet {
        Check.text("targetLayer", targetLayer, Layer.MAX_NAME_CHARS);
        Check.present("unit", unit);
        Check.between("fallbackSize", fallbackSize, 0, MAX_SIZE);
        rules = Check.list("rules", rules, MAX_RULES);
        if (unit == SizeUnit.CONTRACTS) {
            wholeNumber("fallbackSize", fallbackSize);
            for (int i = 0; i < rules.size(); i++) {
                wholeNumber("rules[" + i + "].size", rules.get(i).size());
            }
        }
    }

    private static void wholeNumber(String field, double value) {
        if (value != Math.rint(value)) {
            throw new ValidationException(field, "must be a whole number of contracts, got " + Check.format(value));
        }
    }

    /**
     * The documented default (docs/signals.md): the example rules, kept as written after checking them
     * on the three stress days. No rule firing keeps the base size.
     */
    public static AlvhRuleSet defaults() {
        return new AlvhRuleSet("", SizeUnit.BASE_MULTIPLE, 1.0, List.of(
                new AlvhRule("Calm: no adaptive hedge", AlvhRule.Combine.ALL,
                        List.of(AlvhCondition.above(RSI, 50), AlvhCondition.below(VIX_TERM_RATIO, 0.9)), 0),
                new AlvhRule("Momentum turning down: base size", AlvhRule.Combine.ALL,
                        List.of(AlvhCondition.below(MACD_HISTOGRAM, 0)), 1),
                new AlvhRule("Risk-off: twice the base size", AlvhRule.Combine.ANY,
                        List.of(AlvhCondition.isTrue(BEARISH_DIVERGENCE), AlvhCondition.above(VIX_TERM_RATIO, 1.0)), 2)));
    }

    public AlvhRuleSet withTargetLayer(String value) {
        return new AlvhRuleSet(value, unit, fallbackSize, rules);
    }

    public AlvhRuleSet withUnit(SizeUnit value) {
        return new AlvhRuleSet(targetLayer, value, fallbackSize, rules);
    }

    public AlvhRuleSet withRules(List<AlvhRule> value) {
        return new AlvhRuleSet(targetLayer, unit, fallbackSize, value);
    }
}
