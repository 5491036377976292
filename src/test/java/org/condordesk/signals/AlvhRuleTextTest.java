package org.condordesk.signals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.condordesk.model.AlvhRule;
import org.condordesk.model.AlvhRuleSet;
import org.junit.jupiter.api.Test;

/** The Signals window's one-line condition text reads back what describeConditions prints. */
class AlvhRuleTextTest {

    @Test
    void everyDefaultRuleRoundTripsThroughItsText() {
        for (AlvhRule rule : AlvhRuleSet.defaults().rules()) {
            assertThat(AlvhRuleText.parse(rule.name(), rule.describeConditions(), rule.size())).isEqualTo(rule);
        }
        assertThat(AlvhRuleText.parse("x", "not bullish_divergence", 1).describeConditions()).isEqualTo("not BULLISH_DIVERGENCE");
    }

    @Test
    void mixedOrUnknownTextIsRefusedWithTheReason() {
        assertThatThrownBy(() -> AlvhRuleText.parse("x", "RSI > 50 AND VIX > 20 OR VIX < 12", 1))
                .hasMessageStartingWith("conditions: use either AND or OR in one rule");
        assertThatThrownBy(() -> AlvhRuleText.parse("x", "RSI >> 50", 1))
                .hasMessage("conditions: 'RSI >> 50' is not SIGNAL > number, SIGNAL < number, SIGNAL or not SIGNAL");
        assertThatThrownBy(() -> AlvhRuleText.parse("x", "RSI > 50", 1).withConditions(java.util.List.of()))
                .hasMessage("conditions: a rule needs at least one condition");
    }
}
