package org.condordesk.model;

import java.util.List;

/**
 * One ALVH rule: its conditions combined with AND ({@link Combine#ALL}) or OR ({@link Combine#ANY}); when it
 * fires it asks for {@code size} of the hedge layer (in the rule set's unit).
 */
public record AlvhRule(String name, Combine combine, List<AlvhCondition> conditions, double size) {

    public static final int MAX_CONDITIONS = 16;

    /** AND or OR over the conditions. */
    public enum Combine {
        ALL, ANY
    }

    public AlvhRule {
        Check.name("name", name, 120);
        Check.present("combine", combine);
        conditions = Check.list("conditions", conditions, MAX_CONDITIONS);
        if (conditions.isEmpty()) {
            throw new ValidationException("conditions", "a rule needs at least one condition");
        }
        Check.between("size", size, 0, AlvhRuleSet.MAX_SIZE);
    }

    public AlvhRule withConditions(List<AlvhCondition> value) {
        return new AlvhRule(name, combine, value, size);
    }

    /** {@code RSI > 50 AND VIX_TERM_RATIO < 0.9}. */
    public String describeConditions() {
        String joint = combine == Combine.ALL ? " AND " : " OR ";
        return String.join(joint, conditions.stream().map(AlvhCondition::describe).toList());
    }
}
