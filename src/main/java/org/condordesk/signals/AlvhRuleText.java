package org.condordesk.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.condordesk.model.AlvhCondition;
import org.condordesk.model.AlvhRule;
import org.condordesk.model.AlvhSignal;
import org.condordesk.model.ValidationException;

/**
 * A rule's conditions as one line of text, the form the Signals window edits and {@link AlvhRule#describeConditions}
 * prints: {@code RSI > 50 AND VIX_TERM_RATIO < 0.9}, {@code BEARISH_DIVERGENCE OR VIX_TERM_RATIO > 1},
 * {@code not BULLISH_DIVERGENCE}. AND and OR may not be mixed in one rule.
 */
public final class AlvhRuleText {

    private AlvhRuleText() {
    }

    /** The rule {@code name} with the conditions of {@code text} and {@code size}. */
    public static AlvhRule parse(String name, String text, double size) {
        String upper = " " + text.strip() + " ";
        boolean and = upper.toUpperCase(Locale.ROOT).contains(" AND ");
        boolean or = upper.toUpperCase(Locale.ROOT).contains(" OR ");
        if (and && or) {
            throw new ValidationException("conditions", "use either AND or OR in one rule, not both: split it into two rules");
        }
        String[] parts = text.strip().split("(?i)\\s+(AND|OR)\\s+");
        List<AlvhCondition> conditions = new ArrayList<>();
        for (String part : parts) {
            conditions.add(condition(part.strip()));
        }
        return new AlvhRule(name, or ? AlvhRule.Combine.ANY : AlvhRule.Combine.ALL, conditions, size);
    }

    private static AlvhCondition condition(String text) {
        if (text.isEmpty()) {
            throw new ValidationException("conditions", "a condition is empty");
        }
        String[] tokens = text.split("\\s+");
        if (tokens.length == 1) {
            return new AlvhCondition(signal(tokens[0]), AlvhCondition.Comparison.IS_TRUE, 0);
        }
        if (tokens.length == 2 && tokens[0].equalsIgnoreCase("not")) {
            return new AlvhCondition(signal(tokens[1]), AlvhCondition.Comparison.IS_FALSE, 0);
        }
        if (tokens.length == 3 && (tokens[1].equals(">") || tokens[1].equals("<"))) {
            double value;
            try {
                value = Double.parseDouble(tokens[2]);
            } catch (NumberFormatException e) {
                throw new ValidationException("conditions", "'" + tokens[2] + "' is not a number in '" + text + "'");
            }
            return new AlvhCondition(signal(tokens[0]), tokens[1].equals(">") ? AlvhCondition.Comparison.ABOVE
                    : AlvhCondition.Comparison.BELOW, value);
        }
        throw new ValidationException("conditions", "'" + text + "' is not SIGNAL > number, SIGNAL < number, SIGNAL or not SIGNAL");
    }

    private static AlvhSignal signal(String name) {
        try {
            return AlvhSignal.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("conditions", "unknown signal '" + name + "' (signals: "
                    + String.join(", ", java.util.Arrays.stream(AlvhSignal.values()).map(Enum::name).toList()) + ")");
        }
    }
}
