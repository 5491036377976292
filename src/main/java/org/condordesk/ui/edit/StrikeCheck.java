package org.condordesk.ui.edit;

import java.util.Optional;

import org.condordesk.model.InstrumentKind;
import org.condordesk.model.Leg;
import org.condordesk.model.ValidationException;
import org.condordesk.ui.format.Fmt;

/**
 * A typed SPX strike far from spot is most likely a slip (75 for 7345): the window asks before it applies one.
 * Far is more than {@link #FAR_FRACTION} of spot away; real SPX strikes listed within a few months sit well inside
 * that band (a 50 % move of the index is beyond any listed tail the desk trades), so no honest edit is slowed.
 */
public final class StrikeCheck {

    /** |strike / spot − 1| above this asks for confirmation. */
    public static final double FAR_FRACTION = 0.5;

    private StrikeCheck() {
    }

    /**
     * The question to ask before {@code text} becomes the strike of {@code leg} with SPX at {@code spxSpot}, or
     * empty when it needs none (not an SPX option, near spot, or no positive number: the edit's own refusal says so).
     */
    public static Optional<String> question(Leg leg, String text, double spxSpot) {
        if (leg.instrument().kind() != InstrumentKind.SPX_OPTION || !(spxSpot > 0)) {
            return Optional.empty();
        }
        double strike;
        try {
            strike = LegEdits.number("strike", text);
        } catch (ValidationException e) {
            return Optional.empty();
        }
        double away = strike / spxSpot - 1;
        // A strike that is not positive is refused by the edit itself with its rule: no question before the refusal.
        if (!(strike > 0) || Math.abs(away) <= FAR_FRACTION) {
            return Optional.empty();
        }
        return Optional.of("Strike " + Fmt.number(strike, 0) + " is " + Fmt.number(Math.abs(away) * 100, 0) + " % "
                + (away < 0 ? "below" : "above") + " SPX spot " + Fmt.number(spxSpot, 2) + ". Apply it?");
    }
}
