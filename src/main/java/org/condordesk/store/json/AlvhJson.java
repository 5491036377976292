package org.condordesk.store.json;

import java.io.IOException;
import java.util.List;

import org.condordesk.model.AlvhCondition;
import org.condordesk.model.AlvhRule;
import org.condordesk.model.AlvhRuleSet;
import org.condordesk.model.AlvhSignal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/** The scenario's optional {@code alvh} object (schemaVersion 3, docs/scenario-format.md): read and written. */
public final class AlvhJson {

    private AlvhJson() {
    }

    /** The rule set at {@code path} (the scenario's {@code alvh}, the backtest config's), strictly. */
    public static AlvhRuleSet read(JsonNode node, String path) {
        JsonFields set = JsonFields.of(node, path).allowOnly("alvh", "targetLayer", "unit", "fallbackSize", "rules");
        String targetLayer = set.textOr("targetLayer", "");
        AlvhRuleSet.SizeUnit unit = set.choice("unit", AlvhRuleSet.SizeUnit.class);
        double fallbackSize = set.number("fallbackSize");
        List<AlvhRule> rules = set.list("rules", AlvhRuleSet.MAX_RULES, AlvhJson::rule);
        return JsonFields.build(path, () -> new AlvhRuleSet(targetLayer, unit, fallbackSize, rules));
    }

    private static AlvhRule rule(JsonNode node, String path) {
        JsonFields rule = JsonFields.of(node, path).allowOnly("a rule", "name", "combine", "conditions", "size");
        String name = rule.text("name");
        AlvhRule.Combine combine = rule.choice("combine", AlvhRule.Combine.class);
        List<AlvhCondition> conditions = rule.list("conditions", AlvhRule.MAX_CONDITIONS, AlvhJson::condition);
        double size = rule.number("size");
        return JsonFields.build(path, () -> new AlvhRule(name, combine, conditions, size));
    }

    private static AlvhCondition condition(JsonNode node, String path) {
        JsonFields condition = JsonFields.of(node, path).allowOnly("a condition", "signal", "op", "value");
        AlvhSignal signal = condition.choice("signal", AlvhSignal.class);
        AlvhCondition.Comparison op = condition.choice("op", AlvhCondition.Comparison.class);
        // A comparison with no value read as "> 0" (issue 26 §5): only IS_TRUE/IS_FALSE go without one.
        // (A flag signal with ABOVE/BELOW is refused by the model with its own message.)
        boolean needsValue = op != null && !op.isFlagTest() && signal != null && !signal.isFlag();
        double value = needsValue ? condition.number("value") : condition.numberOr("value", 0);
        return JsonFields.build(path, () -> new AlvhCondition(signal, op, value));
    }

    static void write(JsonGenerator json, AlvhRuleSet set) throws IOException {
        json.writeObjectFieldStart("alvh");
        json.writeStringField("targetLayer", set.targetLayer());
        json.writeStringField("unit", set.unit().name());
        json.writeNumberField("fallbackSize", set.fallbackSize());
        json.writeArrayFieldStart("rules");
        for (AlvhRule rule : set.rules()) {
            json.writeStartObject();
            json.writeStringField("name", rule.name());
            json.writeStringField("combine", rule.combine().name());
            json.writeArrayFieldStart("conditions");
            for (AlvhCondition condition : rule.conditions()) {
                json.writeStartObject();
                json.writeStringField("signal", condition.signal().name());
                json.writeStringField("op", condition.op().name());
                if (!condition.op().isFlagTest()) {
                    json.writeNumberField("value", condition.value());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeNumberField("size", rule.size());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
