package org.condordesk.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.condordesk.model.Leg;
import org.condordesk.model.OptionRight;
import org.condordesk.model.Settlement;
import org.condordesk.model.SpxOption;
import org.condordesk.model.VixOption;

/** A strike typed far from spot asks first (issue 27 §4: "75 for 7345"). */
class StrikeCheckTest {

    private static final Leg SPX_PUT = Leg.option(new SpxOption(OptionRight.PUT, 7100, LocalDate.of(2026, 12, 18), Settlement.PM),
            -1, 10.0, 0.18);

    @Test
    void aSlipOfTheFingersIsQuestioned() {
        // By hand: 75 / 7345 − 1 = −0.98979…, 99 % below.
        assertThat(StrikeCheck.question(SPX_PUT, "75", 7345)).hasValue("Strike 75 is 99 % below SPX spot 7,345.00. Apply it?");
        // 11,100 / 7,345 − 1 = +0.5112: just past the 50 % band above.
        assertThat(StrikeCheck.question(SPX_PUT, "11100", 7345)).get().asString().contains("51 % above");
    }

    @Test
    void strikesInsideTheBandAndOtherInputsPassWithoutAQuestion() {
        // 3,700 / 7,345 − 1 = −0.4963: inside 50 %; 7,300 is at the money.
        assertThat(StrikeCheck.question(SPX_PUT, "3700", 7345)).isEmpty();
        assertThat(StrikeCheck.question(SPX_PUT, "7,300", 7345)).isEmpty();
        // Not a number: the edit's own refusal speaks, not a question.
        assertThat(StrikeCheck.question(SPX_PUT, "7x", 7345)).isEmpty();
        // A strike that is not positive is refused by the edit with its rule (WorkstationFxTest), never questioned.
        assertThat(StrikeCheck.question(SPX_PUT, "-5", 7345)).isEmpty();
        assertThat(StrikeCheck.question(SPX_PUT, "0", 7345)).isEmpty();
        // A VIX call at 40 with SPX at 7345 is no SPX strike: never asked.
        Leg vixCall = Leg.option(new VixOption(OptionRight.CALL, 40, LocalDate.of(2026, 12, 16)), 1, 0.5, 1.0);
        assertThat(StrikeCheck.question(vixCall, "45", 7345)).isEmpty();
    }
}
