package org.condordesk.ui.chain;

import java.util.ArrayList;
import java.util.List;

import org.condordesk.chain.Ladder;
import org.condordesk.model.ValidationException;
import org.condordesk.model.OptionRight;
import org.condordesk.ui.format.Fmt;

/**
 * One strike of the ladder as its table shows it: the row's figures and their texts, formatted once per expiry on the
 * loader's {@code Worker} (issue 31 §1), so a cell that comes into view only sets a string it is handed: no greeks, no
 * number formatting and no lookups on the FX thread while the ladder opens or scrolls. {@code call} and {@code put}
 * hold one text per {@link LadderField}, in its order ("" where the figure is absent).
 */
public record LadderRow(Ladder.Row row, String strikeText, List<String> call, List<String> put) {

    private static final int FIELDS = LadderField.values().length;

    public LadderRow {
        call = List.copyOf(call);
        put = List.copyOf(put);
        if (call.size() != FIELDS || put.size() != FIELDS) {
            throw new ValidationException("ladder row", "needs " + FIELDS + " texts a side, got " + call.size() + " and "
                    + put.size());
        }
    }

    /** The row of {@code row}, formatted. */
    static LadderRow of(Ladder.Row row) {
        return new LadderRow(row, Fmt.number(row.strike(), 2), texts(row.call()), texts(row.put()));
    }

    public double strike() {
        return row.strike();
    }

    /** The text of {@code field} on {@code right}'s side. */
    String text(OptionRight right, LadderField field) {
        return (right == OptionRight.CALL ? call : put).get(field.ordinal());
    }

    private static List<String> texts(Ladder.Side side) {
        List<String> out = new ArrayList<>(FIELDS);
        for (LadderField field : LadderField.values()) {
            double v = field.value(side);
            out.add(Double.isFinite(v) ? Fmt.number(v, field.decimals) : "");
        }
        return out;
    }
}
